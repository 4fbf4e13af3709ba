package uk.graduated.server.console.imports;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import uk.graduated.server.auth.ApiException;
import uk.graduated.server.console.audit.PupilAccessLog;
import uk.graduated.server.console.web.ConsoleUser;
import uk.graduated.server.console.web.ErrorPages;
import uk.graduated.server.console.web.Page;
import uk.graduated.server.console.web.Section;
import uk.graduated.server.console.web.Templates;

/**
 * Importing pupils from the MIS: {@code GET /console/import} (the upload form and what the columns
 * mean), {@code POST /console/import} (upload, then to the preview), {@code GET|POST /console/import/{id}}
 * (preview, confirm), {@code GET /console/import/{id}/done} and {@code GET /console/import/template.csv}.
 */
public final class ImportPages {
    /** An MIS export of a large secondary school is well under 1 MB. */
    public static final long MAX_FILE_BYTES = 5L * 1024 * 1024;
    private static final String FIELD = "file";

    private final ImportService imports;
    private final PendingImports pending;
    private final Templates templates;
    private final ErrorPages errors;

    public ImportPages(ImportService imports, Clock clock, Templates templates, ErrorPages errors) {
        this.imports = imports;
        this.pending = new PendingImports(clock);
        this.templates = templates;
        this.errors = errors;
    }

    public void form(Context ctx, ConsoleUser user) {
        sendForm(ctx, 200, user, null);
    }

    public void template(Context ctx, ConsoleUser user) {
        ctx.header("Content-Disposition", "attachment; filename=\"graduated-import-template.csv\"");
        ctx.header("Cache-Control", "no-store");
        ctx.contentType("text/csv; charset=utf-8").result(ImportTemplate.bytes());
    }

    /** Whether a request declares a body larger than an upload may be: refused before it is read. */
    public static boolean isTooLarge(Context ctx) {
        return ctx.req().getContentLengthLong() > MAX_FILE_BYTES + 64 * 1024;
    }

    public void refuseTooLarge(Context ctx, ConsoleUser user) {
        errors.send(ctx, 413, user, "The file is too large", "An import file may be at most 5 MB; an MIS export of "
                + "a whole school is far smaller. Check you chose the CSV export, not a spreadsheet with pictures.");
    }

    public void upload(Context ctx, ConsoleUser user) throws IOException {
        UploadedFile file = ctx.uploadedFile(FIELD);
        if (file == null || file.size() == 0) {
            sendForm(ctx, 400, user, "Choose the CSV file exported from the MIS.");
            return;
        }
        if (file.size() > MAX_FILE_BYTES) {
            refuseTooLarge(ctx, user);
            return;
        }
        byte[] bytes;
        try (InputStream in = file.content()) {
            bytes = in.readAllBytes();
        }
        try {
            MisCsvReader.read(bytes);
        } catch (ImportFileException e) {
            sendForm(ctx, 400, user, e.getMessage());
            return;
        }
        String id = pending.put(user, fileName(file), bytes);
        ctx.redirect("/console/import/" + id, HttpStatus.SEE_OTHER);
    }

    public void preview(Context ctx, ConsoleUser user) {
        PendingImports.Pending upload = pendingOf(ctx, user);
        if (upload.isDone()) {
            ctx.redirect("/console/import/" + upload.id() + "/done", HttpStatus.SEE_OTHER);
            return;
        }
        sendPreview(ctx, 200, user, upload, imports.preview(user.principal(), upload.bytes()), List.of());
    }

    public void confirm(Context ctx, ConsoleUser user) {
        PendingImports.Pending upload = pendingOf(ctx, user);
        if (upload.isDone() || !pending.claim(upload)) {
            ctx.redirect("/console/import/" + upload.id() + "/done", HttpStatus.SEE_OTHER);
            return;
        }
        boolean validRowsOnly = "valid".equals(ctx.formParam("rows"));
        ImportService.Confirmation outcome;
        try {
            outcome = imports.confirm(user.principal(), upload.fileName(), upload.bytes(), validRowsOnly,
                    PupilAccessLog.Origin.of(ctx));
        } catch (RuntimeException e) {
            pending.release(upload);
            throw e;
        }
        switch (outcome.status()) {
            case WRITTEN -> {
                pending.complete(upload, outcome.result());
                ctx.redirect("/console/import/" + upload.id() + "/done", HttpStatus.SEE_OTHER);
            }
            case HAS_ERRORS -> {
                pending.release(upload);
                sendPreview(ctx, 409, user, upload, outcome.plan(), List.of("Nothing was imported: some rows have "
                        + "errors. Correct them and upload the file again, or import the valid rows only."));
            }
            case NOTHING_TO_WRITE -> {
                pending.release(upload);
                sendPreview(ctx, 200, user, upload, outcome.plan(), List.of("Nothing was imported: every pupil in "
                        + "the file is already on the register as the file gives them."));
            }
            case REFUSED -> {
                pending.release(upload);
                sendPreview(ctx, 409, user, upload, outcome.plan(), outcome.refusals());
            }
        }
    }

    public void done(Context ctx, ConsoleUser user) {
        PendingImports.Pending upload = pendingOf(ctx, user);
        if (!upload.isDone()) {
            ctx.redirect("/console/import/" + upload.id(), HttpStatus.SEE_OTHER);
            return;
        }
        templates.send(ctx, "console/import-done.jte", Map.of("page",
                Page.of(user, "Import finished", Section.IMPORT).withNotice("The import was saved."),
                "result", upload.result()));
    }

    /** The upload named in the path, for this session only; anything else is "not found". */
    private PendingImports.Pending pendingOf(Context ctx, ConsoleUser user) {
        return pending.find(user, ctx.pathParam("id")).orElseThrow(ApiException::notFound);
    }

    private void sendForm(Context ctx, int status, ConsoleUser user, String problem) {
        templates.send(ctx, status, "console/import.jte", Map.of("page",
                Page.of(user, "Import pupils from the MIS", Section.IMPORT), "problem", problem == null ? "" : problem,
                "maxMegabytes", MAX_FILE_BYTES / (1024 * 1024)));
    }

    private void sendPreview(Context ctx, int status, ConsoleUser user, PendingImports.Pending upload, ImportPlan plan,
            List<String> problems) {
        templates.send(ctx, status, "console/import-preview.jte", Map.of("page",
                Page.of(user, "Check the import", Section.IMPORT),
                "view", new ImportPreviewView(upload.id(), upload.fileName(), plan, problems)));
    }

    private static String fileName(UploadedFile file) {
        String name = file.filename() == null ? "" : file.filename().replaceAll("[\\p{Cntrl}]", "").strip();
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        name = name.substring(slash + 1);
        if (name.isEmpty()) {
            return "the uploaded file";
        }
        return name.length() > 100 ? name.substring(0, 100) : name;
    }
}
