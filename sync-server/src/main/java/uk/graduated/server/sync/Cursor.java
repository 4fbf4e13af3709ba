package uk.graduated.server.sync;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import uk.graduated.model.school.Role;
import uk.graduated.server.auth.Principal;

/**
 * A pull cursor, {@code v1.<version>.<generation>.<scope>}: the last version the tablet has
 * applied, the {@code device_scope} generation it holds, and a fingerprint of the scope it was
 * issued for (school, person, device and roles). Opaque to clients; a cursor of another scope, or
 * of the same person before a change of role, does not fit and the tablet must resync.
 */
record Cursor(long version, long generation, String scope) {
    private static final Pattern FORM = Pattern.compile("v1\\.(0|[1-9][0-9]{0,18})\\.(0|[1-9][0-9]{0,18})\\.([0-9a-f]{16})");

    String encode() {
        return "v1." + version + "." + generation + "." + scope;
    }

    /** The cursor, or empty when the text is not one this server issues. */
    static Optional<Cursor> parse(String text) {
        Matcher m = FORM.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Cursor(Long.parseLong(m.group(1)), Long.parseLong(m.group(2)), m.group(3)));
        } catch (NumberFormatException e) {
            return Optional.empty(); // more digits than a long holds
        }
    }

    /** Which scope a cursor belongs to: 16 hex digits of SHA-256 over who is pulling. */
    static String scopeOf(Principal principal) {
        String roles = principal.roles().stream().map(Role::code).sorted().collect(Collectors.joining(","));
        String who = principal.schoolId() + "|" + text(principal.staffId()) + "|" + text(principal.deviceId()) + "|" + roles;
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(who.getBytes(StandardCharsets.UTF_8));
            StringBuilder hex = new StringBuilder();
            for (int i = 0; i < 8; i++) {
                hex.append(String.format(Locale.ROOT, "%02x", hash[i]));
            }
            return hex.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static String text(UUID id) {
        return id == null ? "-" : id.toString();
    }
}
