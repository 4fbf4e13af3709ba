package uk.graduated.server.console.reviews;

import io.javalin.http.Context;
import java.util.UUID;
import uk.graduated.server.auth.PathIds;
import uk.graduated.server.console.pdf.PdfDownload;
import uk.graduated.server.console.web.ConsoleUser;

/** {@code GET /console/pupils/{id}/annual-review.pdf}: the pupil's annual review pack as a download. */
public final class AnnualReviewPackPage {
    private final AnnualReviewPack packs;
    private final RecordAccess access;

    public AnnualReviewPackPage(AnnualReviewPack packs, RecordAccess access) {
        this.packs = packs;
        this.access = access;
    }

    public void download(Context ctx, ConsoleUser user) {
        UUID pupilId = PathIds.of(ctx, "id");
        PackView view = packs.load(user.principal(), pupilId);
        byte[] pdf = AnnualReviewPdf.render(view, user.schoolName());
        access.packDownloaded(user.principal(), pupilId);
        PdfDownload.send(ctx, "annual-review-" + view.today() + ".pdf", pdf);
    }
}
