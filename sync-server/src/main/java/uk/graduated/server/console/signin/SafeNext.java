package uk.graduated.server.console.signin;

/** Where sign-in may send the browser afterwards: console pages of this server only, never another site. */
final class SafeNext {
    private SafeNext() {
    }

    /** {@code next} when it is a console path of this server, else null. */
    static String of(String next) {
        if (next == null || !next.startsWith("/console/") || next.startsWith("/console/sign-")
                || next.contains("\\") || next.contains("//") || next.length() > 500
                || next.chars().anyMatch(c -> c < 0x21 || c == 0x7f)) {
            return null;
        }
        return next;
    }
}
