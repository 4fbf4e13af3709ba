package uk.graduated.server.console.audit;

import io.javalin.http.Context;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import uk.graduated.server.auth.Principal;

/**
 * Records who opened, exported or imported which pupil's record, from where, for the audit page. It
 * keeps ids, the action, the address and the browser's name; never anything from the record itself.
 */
public final class PupilAccessLog {
    /** A browser's user agent is kept only as far as it helps tell one computer from another. */
    static final int USER_AGENT_LIMIT = 200;
    static final int ADDRESS_LIMIT = 64;

    /** Where a request came from, as the access log keeps it. */
    public record Origin(String ip, String userAgent) {
        public Origin {
            ip = trimmed(ip, ADDRESS_LIMIT);
            userAgent = trimmed(userAgent, USER_AGENT_LIMIT);
        }

        public static Origin of(Context ctx) {
            return new Origin(ctx.ip(), ctx.userAgent());
        }
    }

    private final Jdbi jdbi;
    private final Clock clock;

    public PupilAccessLog(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    public void record(Principal who, UUID pupilId, AccessAction action, Origin origin) {
        record(who, List.of(pupilId), action, origin);
    }

    /** One entry per pupil, all at the same moment: e.g. every pupil one import wrote. */
    public void record(Principal who, Collection<UUID> pupilIds, AccessAction action, Origin origin) {
        jdbi.useTransaction(h -> new AccessLogDao(h).append(who.schoolId(), who.staffId(), pupilIds, action,
                clock.instant(), origin.ip(), origin.userAgent()));
    }

    private static String trimmed(String value, int limit) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String stripped = value.strip();
        return stripped.length() <= limit ? stripped : stripped.substring(0, limit);
    }
}
