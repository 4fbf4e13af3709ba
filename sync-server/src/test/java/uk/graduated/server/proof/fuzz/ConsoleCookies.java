package uk.graduated.server.proof.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import uk.graduated.server.console.web.Csrf;
import uk.graduated.server.console.web.SessionCookies;
import uk.graduated.server.proof.ProofSchool;

/**
 * The cookies a console route is sent with: the one it serves, and those it must refuse (no session,
 * garbage, a device's token, a tablet session, an expired session, a person without a console role,
 * an admin on a SENCO's page, another school's SENCO on this school's ids). Each wrong cookie comes
 * with the form token that matches it, so only the cookie is at fault.
 */
final class ConsoleCookies {
    /** A {@code Cookie} header (null: none), the form token matching it, and what it is. */
    record Cookie(String header, String csrf, String fault) {
    }

    /**
     * Who a route serves, which decides which cookies are wrong for it: {@code SENCO_SECTION} a SENCO's
     * form without ids (another school's SENCO uses it for their own school), {@code ADMIN_ON_A_SENCO}
     * an admin's valid-looking form on a SENCO's account, which only a SENCO may change.
     */
    enum Serves { SENCO_RECORD, SENCO_SECTION, STAFF_SECTION_RECORD, STAFF_SECTION, ANY_CONSOLE_SESSION, SIGN_IN,
        ADMIN_ON_A_SENCO }

    private final Cookie valid;
    private final List<Cookie> wrong = new ArrayList<>();
    private final List<Cookie> all = new ArrayList<>();

    private ConsoleCookies(Cookie valid) {
        this.valid = valid;
    }

    static ConsoleCookies of(ProofSchool school, Serves serves) {
        return of(school, serves, null);
    }

    /**
     * With {@code sencoSession} (null: a new one of the school's SENCO) as the valid session. For ids
     * bound to one session (an import's upload) another session of the school's SENCO is wrong too.
     */
    static ConsoleCookies of(ProofSchool school, Serves serves, String sencoSession) {
        String senco = sencoSession == null ? school.accounts.consoleSession(school.school.senco()) : sencoSession;
        String admin = school.accounts.consoleSession(school.admin);
        String ta = school.accounts.consoleSession(school.fixture.ta);
        String other = school.accounts.consoleSession(school.otherSchool.senco());
        String signInSecret = "fuzz-sign-in-secret-0123456789abcdefghijklmno";
        ConsoleCookies cookies = new ConsoleCookies(switch (serves) {
            case SIGN_IN -> new Cookie(SessionCookies.SIGN_IN + "=" + signInSecret, Csrf.tokenFor(signInSecret),
                    "sign-in cookie");
            case ADMIN_ON_A_SENCO -> session(admin, "an admin's session");
            default -> session(senco, "the SENCO's session");
        });
        cookies.addWrong(new Cookie(null, null, "no cookie"));
        cookies.addWrong(new Cookie(SessionCookies.SESSION + "=garbage", Csrf.tokenFor("garbage"), "garbage session"));
        cookies.addWrong(new Cookie(SessionCookies.SESSION + "=gss1.Zm9vYmFyYmF6cXV1eGNvcmdlZ3JhdWx0Z2FycGx5d2Fs",
                Csrf.tokenFor("gss1.Zm9vYmFyYmF6cXV1eGNvcmdlZ3JhdWx0Z2FycGx5d2Fs"), "unknown session"));
        cookies.addWrong(session(school.fixture.tablet.token(), "a device token"));
        cookies.addWrong(session(school.accounts.sessionOnDevice(school.school.senco(), school.fixture.tablet),
                "a tablet session"));
        cookies.addWrong(session(school.expiredSession(school.school.senco(), null), "an expired session"));
        cookies.addWrong(session(school.sessionOnRevokedTablet(), "a session on a revoked tablet"));
        if (serves != Serves.ANY_CONSOLE_SESSION) {
            cookies.addWrong(session(ta, "a teaching assistant's session"));
        }
        if (serves == Serves.SENCO_RECORD || serves == Serves.SENCO_SECTION) {
            cookies.addWrong(session(admin, "an admin's session"));
        } else if (serves == Serves.ADMIN_ON_A_SENCO) {
            cookies.all.add(session(senco, "the SENCO's session"));
        } else {
            cookies.all.add(session(admin, "an admin's session"));
        }
        if (serves == Serves.SENCO_RECORD || serves == Serves.STAFF_SECTION_RECORD || serves == Serves.ADMIN_ON_A_SENCO) {
            cookies.addWrong(session(other, "another school's SENCO"));
        } else {
            cookies.all.add(session(other, "another school's SENCO"));
        }
        if (sencoSession != null && serves == Serves.SENCO_RECORD) {
            cookies.addWrong(session(school.accounts.consoleSession(school.school.senco()),
                    "another session of the school's SENCO"));
        }
        if (serves == Serves.SIGN_IN) {
            cookies.addWrong(new Cookie(SessionCookies.SIGN_IN + "=another-secret", Csrf.tokenFor(signInSecret),
                    "another browser's sign-in cookie"));
        }
        cookies.all.add(cookies.valid);
        return cookies;
    }

    private static Cookie session(String token, String what) {
        return new Cookie(SessionCookies.SESSION + "=" + token, Csrf.tokenFor(token), what);
    }

    private void addWrong(Cookie cookie) {
        wrong.add(cookie);
        all.add(cookie);
    }

    Cookie valid() {
        return valid;
    }

    Cookie wrong(Random random) {
        return wrong.get(random.nextInt(wrong.size()));
    }

    Cookie any(Random random) {
        return all.get(random.nextInt(all.size()));
    }
}
