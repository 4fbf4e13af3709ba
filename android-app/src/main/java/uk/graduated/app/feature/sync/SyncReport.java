package uk.graduated.app.feature.sync;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import uk.graduated.app.sync.engine.MergedChange;
import uk.graduated.app.sync.engine.SyncError;
import uk.graduated.app.sync.engine.SyncResult;
import uk.graduated.model.sync.EntityType;

/**
 * What a sync run did, in sentences for the person at the tablet, in plain Java: how much went each
 * way, which of their edits met someone else's, and what stopped the run and what to do about it.
 */
public final class SyncReport {
    private SyncReport() {
    }

    /** One line per thing worth saying, in the order the rounds ran. */
    public static List<String> lines(List<SyncResult> results) {
        List<String> lines = new ArrayList<>();
        if (results.isEmpty()) {
            lines.add("This tablet is not enrolled, so there is nothing to sync.");
            return lines;
        }
        int pushed = 0;
        int pulled = 0;
        int photos = 0;
        int rejected = 0;
        for (SyncResult result : results) {
            pushed += result.pushed();
            pulled += result.pulled() + result.removed();
            photos += result.photosUploaded();
            rejected += result.rejected();
        }
        lines.add(String.format(Locale.UK, "Sent %s%s, received %s.", count(pushed, "change"),
                photos == 0 ? "" : " and " + count(photos, "photo"), count(pulled, "update")));
        if (rejected > 0) {
            lines.add(count(rejected, "change") + " refused by the server: see below to fix or discard.");
        }
        for (SyncResult result : results) {
            for (MergedChange merged : result.merged()) {
                lines.add(merged(merged));
            }
            if (!result.succeeded()) {
                lines.add(stopped(result.error()));
            }
        }
        return lines;
    }

    /** Whether the run ended in the school removing this tablet, or forgetting it: the tablet must be wiped. */
    public static boolean mustWipe(List<SyncResult> results) {
        return results.stream().anyMatch(r -> !r.succeeded() && (r.error().kind() == SyncError.Kind.NEEDS_ENROLMENT
                || (r.error().kind() == SyncError.Kind.DEVICE_REVOKED && r.error().wipe())));
    }

    static String merged(MergedChange merged) {
        String what = label(merged.entityType());
        if (merged.keptBoth()) {
            return "Your edit of a " + what + " met an edit from another device. Both versions of the longer text were"
                    + " kept, and the SENCO has been asked to check them.";
        }
        return "Your edit of a " + what + " met an edit from another device; your values were kept and the earlier"
                + " ones are in the record's history.";
    }

    static String stopped(SyncError error) {
        switch (error.kind()) {
            case NETWORK:
                return "The server could not be reached. Your work is safe on this tablet and will be sent when it is online.";
            case SERVER_BUSY:
                return "The server is busy. Sync will try again by itself in a few minutes.";
            case SERVER_OUTDATED:
                return "The school's server needs an update before this tablet can sync. Your work is kept meanwhile.";
            case UPGRADE_REQUIRED:
                return "This app needs updating before it can sync. Your work is kept and will be sent after the update.";
            case NEEDS_SIGN_IN:
                return "A session has ended: sign in again with your PIN to send your changes.";
            case DEVICE_SUSPENDED:
                return "The school has suspended this tablet, so it cannot sync. Your work stays on it.";
            case DEVICE_REVOKED:
            case NEEDS_ENROLMENT:
                return "The school has removed this tablet.";
            case FORBIDDEN:
                return "Your role does not allow this: " + error.message();
            case LOCAL_STORE:
                return "This tablet could not save what it received (is its storage full?). Sync will try again.";
            case STOPPED:
                return "Sync stopped before it finished; it carries on next time.";
            default:
                return "Sync stopped: " + error.message();
        }
    }

    /** An entity type as a person says it: {@code session_log} is "session log". */
    public static String label(EntityType type) {
        return type.wireName().replace('_', ' ');
    }

    private static String count(int n, String thing) {
        return n + " " + thing + (n == 1 ? "" : "s");
    }
}
