package uk.graduated.server.console.staff;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;
import uk.graduated.model.sync.DevicePlatform;

/**
 * The staff and devices page.
 *
 * @param showGroups whether the groups column and the workload are shown: intervention groups are the SENCO's to see
 * @param workload   planned and delivered intervention time per member of staff; empty for an admin
 */
public record StaffView(List<Person> staff, boolean showGroups, List<Tablet> devices, List<WorkloadLine> workload) {
    /**
     * A staff account with the groups they run.
     *
     * @param editHref the account's change page, or null when the viewer may not change it (an admin and a SENCO's account)
     */
    public record Person(String name, String email, String roles, List<String> classes, boolean active,
            boolean hasPassword, boolean hasPin, List<String> groups, String editHref) {
        public Person {
            classes = List.copyOf(classes);
            groups = List.copyOf(groups);
        }
    }

    /** An enrolled tablet. */
    public record Tablet(UUID id, String name, String platform, String appVersion, ZonedDateTime enrolledAt,
            ZonedDateTime lastSyncAt, ZonedDateTime revokedAt) {
        public boolean revoked() {
            return revokedAt != null;
        }

        public String revokeHref() {
            return "/console/devices/" + id + "/revoke";
        }

        static String platformLabel(String code) {
            return DevicePlatform.fromCode(code).filter(DevicePlatform.ANDROID::equals).map(p -> "Android").orElse(code);
        }
    }

    public StaffView {
        staff = List.copyOf(staff);
        devices = List.copyOf(devices);
        workload = List.copyOf(workload);
    }

    public long activeDevices() {
        return devices.stream().filter(d -> !d.revoked()).count();
    }
}
