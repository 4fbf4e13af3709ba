package uk.graduated.server.console.audit;

import java.util.Optional;

/** What a person did with a pupil's record that the access log keeps; the codes are the table's. */
public enum AccessAction {
    VIEWED_PUPIL("viewed_pupil", "Viewed the pupil's record"),
    DOWNLOADED_TRANSFER_PDF("downloaded_transfer_pdf", "Downloaded the transfer pack (PDF)"),
    EXPORTED_CTF("exported_ctf", "Exported the CTF SEN section (XML)"),
    IMPORTED_CSV("imported_csv", "Written by a CSV import from the MIS");

    private final String code;
    private final String label;

    AccessAction(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public static Optional<AccessAction> fromCode(String code) {
        for (AccessAction a : values()) {
            if (a.code.equals(code)) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }
}
