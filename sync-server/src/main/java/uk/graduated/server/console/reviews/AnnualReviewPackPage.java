package uk.graduated.server.console.reviews;

import io.javalin.http.Context;
import java.util.UUID;
import uk.graduated.server.auth.PathIds;
import uk.graduated.server.console.audit.AccessAction;
import uk.graduated.server.console.audit.PupilAccessLog;
import uk.graduated.server.console.pdf.PdfDownload;
import uk.graduated.server.console.web.ConsoleUser;

/**
 * {@code GET /console/pupils/{id}/annual-review.pdf}: the pupil's annual review pack as a download. The
 * pack shows the pupil's record, so the download is kept in the access log as a view of it.
 */
public final class AnnualReviewPackPage {
    private final AnnualReviewPack packs;
    private final PupilAccessLog accessLog;

    public AnnualReviewPackPage(AnnualReviewPack packs, PupilAccessLog accessLog) {
        this.packs = packs;
        this.accessLog = accessLog;
    }

    public void download(Context ctx, ConsoleUser user) {
        UUID pupilId = PathIds.of(ctx, "id");
        PackView view = packs.load(user.principal(), pupilId);
        byte[] pdf = AnnualReviewPdf.render(view, user.schoolName());
        accessLog.record(user.principal(), pupilId, AccessAction.VIEWED_PUPIL, PupilAccessLog.Origin.of(ctx));
        PdfDownload.send(ctx, "annual-review-" + view.today() + ".pdf", pdf);
    }
}
