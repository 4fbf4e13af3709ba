package uk.graduated.server.proof.fuzz;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import uk.graduated.server.proof.ProofSchool;

/** The ways a request's credentials, headers and path ids are wrong, shared by every route's strategy. */
final class Faults {
    /** An {@code Authorization} header value (null: none sent) and what is wrong with it. */
    record Auth(String header, String fault) {
    }

    static final List<String> CONTENT_TYPES = List.of("", "text/plain", "application/json; charset=iso-8859-1",
            "application/x-www-form-urlencoded", "multipart/form-data; boundary=xyz", "application/xml",
            "application/json, text/plain", "application/jsonx", "json", "application/json; charset=utf-16",
            "application/json; boundary=1");
    static final List<String> PROTOCOL_HEADERS = List.of("", "0", "999", "abc", "1.5", "-1", "1, 1", "99999999999999999999");
    /** What an id in a path is replaced with: traversal, encoded separators, NUL, injections, wrong forms. */
    static final List<String> PATH_IDS = List.of("..", "../../../etc/passwd", "..%2F..%2F..%2Fetc%2Fpasswd",
            "%2e%2e%2f%2e%2e%2fetc", "%2e%2e", "abc%00", "%00", "%00.jpg", "%252e%252e%252f", "..%5C..%5Cwindows",
            "'%20OR%201=1%20--", "%27%20OR%201%3D1--", "%3Cscript%3Ealert(1)%3C%2Fscript%3E", "-1", "0", "null",
            "%C3%A9", "%FF%FE", "%", "%zz", "x;jsessionid=1", "a".repeat(5_000), "{id}", "%7Bid%7D", "%20", "~root",
            "00000000-0000-0000-0000-000000000000", "12345678-1234-1234-1234-1234567890AB".toLowerCase() + "0",
            "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdeF", "0123456789abcdef", "*", "?x=1");

    private final ProofSchool school;
    private final List<Auth> bad = new ArrayList<>();

    Faults(ProofSchool school, Random random) {
        this.school = school;
        String expired = school.expiredSession(school.fixture.senco, school.fixture.tablet);
        String expiredConsole = school.expiredSession(school.school.senco(), null);
        String valid = school.accounts.consoleSession(school.school.senco());
        bad.add(new Auth(null, "no token"));
        bad.add(new Auth("", "empty Authorization"));
        bad.add(new Auth("Bearer", "Bearer without token"));
        bad.add(new Auth("Bearer " + randomToken("", random), "garbage token"));
        bad.add(new Auth("Basic dXNlcjpwYXNzd29yZA==", "Basic credentials"));
        bad.add(new Auth("Bearer " + randomToken("gss1.", random), "unknown session token"));
        bad.add(new Auth("Bearer " + randomToken("gdv1.", random), "unknown device token"));
        bad.add(new Auth("Bearer " + expired, "expired tablet session"));
        bad.add(new Auth("Bearer " + expiredConsole, "expired console session"));
        bad.add(new Auth("Bearer " + school.revokedTablet.token(), "revoked device token"));
        bad.add(new Auth("Bearer " + school.sessionOnRevokedTablet(), "session on a revoked tablet"));
        bad.add(new Auth("Bearer " + valid.substring(0, valid.length() - 1) + "A", "altered session token"));
        bad.add(new Auth("Bearer " + valid + "x", "session token with a character added"));
        bad.add(new Auth("Bearer " + "a".repeat(8_000), "8,000-character token"));
        bad.add(new Auth("Bearer gss1.' OR '1'='1' --xxxxxxxxxxxxxxxxxxxxxxxxxxx", "SQL in the token"));
        bad.add(new Auth("Token " + valid, "wrong scheme"));
    }

    Auth badAuth(Random random) {
        return bad.get(random.nextInt(bad.size()));
    }

    String contentType(Random random) {
        return CONTENT_TYPES.get(random.nextInt(CONTENT_TYPES.size()));
    }

    String protocolHeader(Random random) {
        return PROTOCOL_HEADERS.get(random.nextInt(PROTOCOL_HEADERS.size()));
    }

    String pathId(Random random) {
        return PATH_IDS.get(random.nextInt(PATH_IDS.size()));
    }

    ProofSchool school() {
        return school;
    }

    private static String randomToken(String prefix, Random random) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return prefix + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
