package uk.graduated.server.console.staff;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Jdbi;
import uk.graduated.model.school.Role;
import uk.graduated.server.auth.ApiException;
import uk.graduated.server.auth.PathIds;
import uk.graduated.server.console.web.ConsoleUser;
import uk.graduated.server.console.web.Dates;
import uk.graduated.server.console.web.Page;
import uk.graduated.server.console.web.RoleLabels;
import uk.graduated.server.console.web.Section;
import uk.graduated.server.console.web.Templates;
import uk.graduated.server.device.Device;
import uk.graduated.server.device.DeviceAdmin;
import uk.graduated.server.device.Enrolment;
import uk.graduated.server.staff.StaffAccount;
import uk.graduated.server.staff.StaffAdmin;

/**
 * Staff accounts and tablets, for the SENCO and admins: {@code GET /console/staff}, a new enrolment
 * code ({@code POST /console/enrolment-codes}, shown once), and revoking a tablet after a
 * confirmation page ({@code GET|POST /console/devices/{id}/revoke}).
 */
public final class StaffPages {
    private static final Map<String, String> NOTICES = Map.of(
            "device-revoked", "The tablet was revoked. Its data is wiped the next time it connects.",
            "staff-added", "The member of staff was added.",
            "staff-changed", "The change was saved.");

    private final Jdbi jdbi;
    private final StaffAdmin staff;
    private final DeviceAdmin devices;
    private final Enrolment enrolment;
    private final Templates templates;
    private final ZoneId zone;
    private final WorkloadService workload;

    public StaffPages(Jdbi jdbi, StaffAdmin staff, DeviceAdmin devices, Enrolment enrolment, Templates templates,
            Clock clock) {
        this.jdbi = jdbi;
        this.workload = new WorkloadService(jdbi, clock);
        this.staff = staff;
        this.devices = devices;
        this.enrolment = enrolment;
        this.templates = templates;
        this.zone = clock.getZone();
    }

    public void show(Context ctx, ConsoleUser user) {
        Map<UUID, List<String>> groups = user.isSenco()
                ? jdbi.withHandle(h -> new GroupLeadsDao(h, user.principal().schoolId()).groupsByLead())
                : Map.of();
        List<StaffView.Person> people = staff.list(user.principal()).stream()
                .map(a -> person(a, groups.getOrDefault(a.id(), List.of()), user.isSenco() || !a.has(Role.SENCO)))
                .collect(Collectors.toList());
        List<StaffView.Tablet> tablets = devices.list(user.principal()).stream().map(this::tablet)
                .collect(Collectors.toList());
        Page page = Page.of(user, "Staff and devices", Section.STAFF);
        String done = ctx.queryParam("done");
        if (done != null && NOTICES.containsKey(done)) {
            page = page.withNotice(NOTICES.get(done));
        }
        templates.send(ctx, "console/staff.jte", Map.of("page", page, "view",
                new StaffView(people, user.isSenco(), tablets,
                        user.isSenco() ? workload.load(user.principal()) : List.of())));
    }

    /** Issues a code and shows it once; it is never in a URL or a log. */
    public void issueCode(Context ctx, ConsoleUser user) {
        Enrolment.IssuedCode code = enrolment.issue(user.principal());
        templates.send(ctx, 201, "console/enrolment-code.jte", Map.of(
                "page", Page.of(user, "Enrolment code", Section.STAFF),
                "code", code.code(),
                "expiresAt", Dates.time(code.expiresAt().atZone(zone))));
    }

    public void confirmRevoke(Context ctx, ConsoleUser user) {
        StaffView.Tablet tablet = tablet(device(user, PathIds.of(ctx, "id")));
        templates.send(ctx, "console/revoke-device.jte", Map.of(
                "page", Page.of(user, "Revoke " + tablet.name(), Section.STAFF), "tablet", tablet));
    }

    public void revoke(Context ctx, ConsoleUser user) {
        devices.revoke(user.principal(), PathIds.of(ctx, "id"));
        ctx.redirect("/console/staff?done=device-revoked#devices", HttpStatus.SEE_OTHER);
    }

    private Device device(ConsoleUser user, UUID id) {
        return devices.list(user.principal()).stream().filter(d -> d.id().equals(id)).findFirst()
                .orElseThrow(ApiException::notFound);
    }

    private static StaffView.Person person(StaffAccount account, List<String> groups, boolean mayChange) {
        String roles = account.roles().stream().sorted().map(RoleLabels::of).collect(Collectors.joining(", "));
        return new StaffView.Person(account.displayName(), account.email(), roles, account.classes(), account.active(),
                account.hasPassword(), account.hasPin(), groups,
                mayChange ? "/console/staff/" + account.id() + "/edit" : null);
    }

    private StaffView.Tablet tablet(Device d) {
        return new StaffView.Tablet(d.id(), d.name(), StaffView.Tablet.platformLabel(d.platform()), d.appVersion(),
                Dates.in(d.enrolledAt(), zone), Dates.in(d.lastSyncAt(), zone), Dates.in(d.revokedAt(), zone));
    }
}
