package uk.graduated.server.console.audit;

/**
 * A browser's user agent as a person reads it: "Chrome on Windows", "Safari on iPad". The log keeps
 * the (trimmed) user agent itself; the page shows this shorter form, which is what tells one computer
 * from another in a school.
 */
final class BrowserNames {
    private BrowserNames() {
    }

    static String describe(String userAgent) {
        if (userAgent == null || userAgent.isBlank()) {
            return "Browser not known";
        }
        return browser(userAgent) + " on " + system(userAgent);
    }

    private static String browser(String ua) {
        if (ua.contains("Edg/")) {
            return "Edge";
        }
        if (ua.contains("Firefox/")) {
            return "Firefox";
        }
        if (ua.contains("Chrome/") || ua.contains("Chromium/")) {
            return "Chrome";
        }
        if (ua.contains("Safari/")) {
            return "Safari";
        }
        return "A browser";
    }

    private static String system(String ua) {
        if (ua.contains("iPad")) {
            return "iPad";
        }
        if (ua.contains("iPhone")) {
            return "iPhone";
        }
        if (ua.contains("Android")) {
            return "Android";
        }
        if (ua.contains("CrOS")) {
            return "ChromeOS";
        }
        if (ua.contains("Windows")) {
            return "Windows";
        }
        if (ua.contains("Mac OS X") || ua.contains("Macintosh")) {
            return "macOS";
        }
        if (ua.contains("Linux")) {
            return "Linux";
        }
        return "an unknown system";
    }
}
