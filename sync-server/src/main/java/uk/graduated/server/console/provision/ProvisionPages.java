package uk.graduated.server.console.provision;

import io.javalin.http.Context;
import java.util.Map;
import java.util.UUID;
import uk.graduated.server.auth.PathIds;
import uk.graduated.server.console.pdf.PdfDownload;
import uk.graduated.server.console.web.ConsoleUser;
import uk.graduated.server.console.web.Page;
import uk.graduated.server.console.web.Section;
import uk.graduated.server.console.web.Templates;

/**
 * The provision map ({@code GET /console/provision}, {@code .csv}), one intervention
 * ({@code GET /console/provision/{id}}) and a pupil's costed provision map
 * ({@code GET /console/pupils/{id}/provision-map}, {@code .csv}, {@code .pdf}). Each takes {@code period}:
 * {@code term}, {@code year} (the default) or {@code last-year}.
 */
public final class ProvisionPages {
    private final ProvisionMapService provision;
    private final PupilProvisionService pupils;
    private final Templates templates;

    public ProvisionPages(ProvisionMapService provision, PupilProvisionService pupils, Templates templates) {
        this.provision = provision;
        this.pupils = pupils;
        this.templates = templates;
    }

    public void map(Context ctx, ConsoleUser user) {
        ProvisionMapView view = provision.map(user.principal(), ctx.queryParam("period"));
        templates.send(ctx, "console/provision.jte", Map.of("page", Page.of(user, "Provision map", Section.PROVISION),
                "view", view));
    }

    public void mapCsv(Context ctx, ConsoleUser user) {
        ProvisionMapView view = provision.map(user.principal(), ctx.queryParam("period"));
        CsvFile.send(ctx, "provision-map-" + view.period().key() + "-" + view.period().today() + ".csv",
                ProvisionCsv.schoolMap(view));
    }

    public void intervention(Context ctx, ConsoleUser user) {
        InterventionView view = provision.intervention(user.principal(), PathIds.of(ctx, "id"));
        templates.send(ctx, "console/intervention.jte", Map.of(
                "page", Page.of(user, view.line().intervention().name(), Section.PROVISION), "view", view));
    }

    public void pupilMap(Context ctx, ConsoleUser user) {
        PupilProvisionMap map = pupilMapOf(ctx, user);
        templates.send(ctx, "console/pupil-provision-map.jte", Map.of(
                "page", Page.of(user, "Costed provision map: " + map.pupil().name(), Section.REGISTER), "view", map));
    }

    public void pupilMapCsv(Context ctx, ConsoleUser user) {
        PupilProvisionMap map = pupilMapOf(ctx, user);
        CsvFile.send(ctx, map.fileStem() + ".csv", ProvisionCsv.pupilMap(map));
    }

    public void pupilMapPdf(Context ctx, ConsoleUser user) {
        PupilProvisionMap map = pupilMapOf(ctx, user);
        PdfDownload.send(ctx, map.fileStem() + ".pdf", ProvisionPdf.pupilMap(map, user.schoolName()));
    }

    private PupilProvisionMap pupilMapOf(Context ctx, ConsoleUser user) {
        UUID pupilId = PathIds.of(ctx, "id");
        return pupils.load(user.principal(), pupilId, ctx.queryParam("period"));
    }
}
