package uk.graduated.app.feature.enrol;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * What a person typed on the enrol screen, checked before anything leaves the tablet. Plain Java so
 * the rules are tested without Android.
 */
public final class EnrolForm {
    public static final String FIELD_SERVER = "serverAddress";
    public static final String FIELD_CODE = "enrolmentCode";
    public static final String FIELD_NAME = "deviceName";

    /** Codes avoid 0/O and 1/I/L so they can be read aloud and typed from a screen. */
    private static final String CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    private static final int CODE_LENGTH = 8;
    private static final int MAX_NAME = 60;

    private final String serverAddress;
    private final String enrolmentCode;
    private final String deviceName;
    private final Map<String, String> errors;

    private EnrolForm(String serverAddress, String enrolmentCode, String deviceName, Map<String, String> errors) {
        this.serverAddress = serverAddress;
        this.enrolmentCode = enrolmentCode;
        this.deviceName = deviceName;
        this.errors = errors;
    }

    public static EnrolForm check(String rawServer, String rawCode, String rawName) {
        Map<String, String> errors = new LinkedHashMap<>();
        String server = normaliseServer(rawServer == null ? "" : rawServer.trim(), errors);
        String code = normaliseCode(rawCode == null ? "" : rawCode, errors);
        String name = rawName == null ? "" : rawName.trim();
        if (name.isEmpty()) {
            errors.put(FIELD_NAME, "Give this tablet a name staff will recognise, such as \"Nursery room tablet\".");
        } else if (name.length() > MAX_NAME) {
            errors.put(FIELD_NAME, "The tablet name can be at most " + MAX_NAME + " characters.");
        }
        return new EnrolForm(server, code, name, errors);
    }

    private static String normaliseServer(String raw, Map<String, String> errors) {
        if (raw.isEmpty()) {
            errors.put(FIELD_SERVER, "Enter the server address your school gave you.");
            return raw;
        }
        String withScheme = raw.contains("://") ? raw : "https://" + raw;
        try {
            URI uri = new URI(withScheme);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            String host = uri.getHost();
            if (host == null || host.isEmpty() || !(scheme.equals("https") || scheme.equals("http"))) {
                errors.put(FIELD_SERVER, "The server address should look like https://graduated.yourschool.org.uk");
                return raw;
            }
            // Pupil records must never cross a network unencrypted; plain http only reaches this tablet or a developer's machine.
            if (scheme.equals("http") && !isLocalHost(host)) {
                errors.put(FIELD_SERVER, "The server address must start with https:// so records travel encrypted.");
                return raw;
            }
            String path = uri.getPath() == null ? "" : uri.getPath().replaceAll("/+$", "");
            return scheme + "://" + host + (uri.getPort() > 0 ? ":" + uri.getPort() : "") + path;
        } catch (URISyntaxException e) {
            errors.put(FIELD_SERVER, "The server address should look like https://graduated.yourschool.org.uk");
            return raw;
        }
    }

    private static boolean isLocalHost(String host) {
        return host.equals("localhost") || host.equals("127.0.0.1") || host.equals("10.0.2.2");
    }

    private static String normaliseCode(String raw, Map<String, String> errors) {
        String code = raw.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        if (code.isEmpty()) {
            errors.put(FIELD_CODE, "Enter the enrolment code from the Graduated console.");
            return code;
        }
        if (code.length() != CODE_LENGTH) {
            errors.put(FIELD_CODE, "An enrolment code has " + CODE_LENGTH + " letters and digits, like ABCD-2345.");
            return code;
        }
        for (int i = 0; i < code.length(); i++) {
            if (CODE_ALPHABET.indexOf(code.charAt(i)) < 0) {
                errors.put(FIELD_CODE, "Enrolment codes never contain " + code.charAt(i) + ": check the code on the console.");
                return code;
            }
        }
        return code;
    }

    public boolean isValid() {
        return errors.isEmpty();
    }

    /** Errors keyed by field, in the order the fields appear on screen. */
    public Map<String, String> errors() {
        return errors;
    }

    public String serverAddress() {
        return serverAddress;
    }

    public String enrolmentCode() {
        return enrolmentCode;
    }

    public String deviceName() {
        return deviceName;
    }
}
