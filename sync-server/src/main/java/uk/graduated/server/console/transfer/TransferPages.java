package uk.graduated.server.console.transfer;

import io.javalin.http.Context;
import java.util.Map;
import uk.graduated.server.auth.PathIds;
import uk.graduated.server.console.audit.PupilAccessLog;
import uk.graduated.server.console.pdf.PdfDownload;
import uk.graduated.server.console.pupil.PupilView;
import uk.graduated.server.console.web.ConsoleUser;
import uk.graduated.server.console.web.Page;
import uk.graduated.server.console.web.Section;
import uk.graduated.server.console.web.Templates;

/**
 * {@code GET /console/pupils/{id}/transfer}: what goes to a leaving pupil's next school;
 * {@code POST .../transfer/ctf.xml} and {@code POST .../transfer/pack.pdf} make the documents. They
 * are posted forms, not links, so a prefetch or a link followed elsewhere never makes one (each is audited).
 */
public final class TransferPages {
    private final TransferService transfers;
    private final Templates templates;

    public TransferPages(TransferService transfers, Templates templates) {
        this.transfers = transfers;
        this.templates = templates;
    }

    public void show(Context ctx, ConsoleUser user) {
        PupilView view = transfers.pupil(user.principal(), PathIds.of(ctx, "id"));
        templates.send(ctx, "console/transfer.jte", Map.of("page",
                Page.of(user, "Transfer records: " + view.pupil().ref().name(), Section.REGISTER), "view", view));
    }

    public void ctf(Context ctx, ConsoleUser user) {
        TransferService.Document xml = transfers.ctfSenSection(user.principal(), PathIds.of(ctx, "id"),
                PupilAccessLog.Origin.of(ctx));
        ctx.header("Content-Disposition", "attachment; filename=\"" + xml.fileName() + "\"");
        ctx.header("Cache-Control", "no-store");
        ctx.contentType("application/xml; charset=utf-8").result(xml.bytes());
    }

    public void pack(Context ctx, ConsoleUser user) {
        TransferService.Document pdf = transfers.transferPack(user.principal(), PathIds.of(ctx, "id"),
                user.schoolName(), PupilAccessLog.Origin.of(ctx));
        PdfDownload.send(ctx, pdf.fileName(), pdf.bytes());
    }
}
