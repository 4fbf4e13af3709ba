package uk.graduated.server.console.web;

import java.util.ArrayList;
import java.util.List;

/** The console's areas, as the navigation lists them; each says who may open it. */
public enum Section {
    HOME("What needs attention", "/console/home", true),
    REGISTER("Register", "/console/register", true),
    PROVISION("Provision map", "/console/provision", true),
    IMPACT("Impact", "/console/impact", true),
    REVIEWS("Reviews", "/console/reviews", true),
    REPORTS("Reports", "/console/reports", true),
    IMPORT("Import", "/console/import", true),
    AUDIT("Audit", "/console/audit", true),
    STAFF("Staff and devices", "/console/staff", false),
    SCHOOL("School and term dates", "/console/school", false);

    private final String label;
    private final String href;
    private final boolean sencoOnly;

    Section(String label, String href, boolean sencoOnly) {
        this.label = label;
        this.href = href;
        this.sencoOnly = sencoOnly;
    }

    public String label() {
        return label;
    }

    public String href() {
        return href;
    }

    /** Whether {@code user} may open pages of this section. */
    public boolean isOpenTo(ConsoleUser user) {
        return sencoOnly ? user.isSenco() : user.managesStaffAndDevices();
    }

    /** The sections {@code user} may open, in navigation order. */
    public static List<Section> openTo(ConsoleUser user) {
        List<Section> open = new ArrayList<>();
        for (Section section : values()) {
            if (section.isOpenTo(user)) {
                open.add(section);
            }
        }
        return List.copyOf(open);
    }
}
