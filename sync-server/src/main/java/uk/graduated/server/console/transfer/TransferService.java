package uk.graduated.server.console.transfer;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import uk.graduated.server.auth.ApiException;
import uk.graduated.server.auth.Principal;
import uk.graduated.server.console.audit.AccessAction;
import uk.graduated.server.console.audit.PupilAccessLog;
import uk.graduated.server.console.pupil.PupilService;
import uk.graduated.server.console.pupil.PupilView;

/**
 * The documents that go with a pupil who leaves: the CTF's SEN section and the confidential transfer
 * pack. Each one made is recorded in the access log with who, when and from where.
 */
public final class TransferService {
    /** A document to download. */
    public record Document(String fileName, byte[] bytes) {
    }

    private final PupilService pupils;
    private final PupilAccessLog accessLog;
    private final Clock clock;

    public TransferService(PupilService pupils, PupilAccessLog accessLog, Clock clock) {
        this.pupils = pupils;
        this.accessLog = accessLog;
        this.clock = clock;
    }

    /** @throws ApiException 404 for no such pupil at the caller's school */
    public PupilView pupil(Principal senco, UUID pupilId) {
        return pupils.load(senco, pupilId);
    }

    public Document ctfSenSection(Principal senco, UUID pupilId, PupilAccessLog.Origin origin) {
        PupilView view = pupils.load(senco, pupilId);
        LocalDate today = LocalDate.now(clock);
        String about = "CTF SEN section for " + view.pupil().legalName() + ", UPN "
                + (view.pupil().upn() == null ? "not recorded" : view.pupil().upn()) + ", produced " + today
                + " by Graduated";
        byte[] xml = CtfSenHistory.xml(about, view.provisions(), view.needs());
        accessLog.record(senco, pupilId, AccessAction.EXPORTED_CTF, origin);
        return new Document("ctf-sen-history-" + fileKey(view) + "-" + today + ".xml", xml);
    }

    public Document transferPack(Principal senco, UUID pupilId, String schoolName, PupilAccessLog.Origin origin) {
        PupilView view = pupils.load(senco, pupilId);
        LocalDate today = LocalDate.now(clock);
        byte[] pdf = TransferPack.pdf(view, schoolName, today);
        accessLog.record(senco, pupilId, AccessAction.DOWNLOADED_TRANSFER_PDF, origin);
        return new Document("transfer-pack-" + fileKey(view) + "-" + today + ".pdf", pdf);
    }

    /** The UPN names the pupil's files without putting their name in a downloads folder. */
    private static String fileKey(PupilView view) {
        return view.pupil().upn() != null ? view.pupil().upn() : view.pupil().ref().id().toString().substring(0, 8);
    }
}
