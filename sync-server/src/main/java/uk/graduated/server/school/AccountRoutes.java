package uk.graduated.server.school;

import io.javalin.Javalin;
import java.time.Clock;
import java.time.Duration;
import org.jdbi.v3.core.Jdbi;
import uk.graduated.server.auth.SecretHasher;
import uk.graduated.server.auth.SignInRoutes;
import uk.graduated.server.device.DeviceAdmin;
import uk.graduated.server.device.DeviceRoutes;
import uk.graduated.server.device.Enrolment;
import uk.graduated.server.staff.Credentials;
import uk.graduated.server.staff.StaffAdmin;
import uk.graduated.server.staff.StaffRoutes;
import uk.graduated.server.web.Routes;

/**
 * Accounts, devices and the token check, wired once: sign-in and sign-out, enrolment and devices,
 * staff. Registering these also puts the bearer-token check in front of every other {@code /api/} route.
 */
public final class AccountRoutes implements Routes {
    private final Routes[] parts;

    public AccountRoutes(Jdbi jdbi, Clock clock) {
        // Whole milliseconds: an expiry sent to a tablet is then exactly the one stored.
        Clock millis = Clock.tick(clock, Duration.ofMillis(1));
        SecretHasher hasher = new SecretHasher();
        this.parts = new Routes[] {
            new SignInRoutes(jdbi, hasher, millis),
            new DeviceRoutes(new Enrolment(jdbi, millis), new DeviceAdmin(jdbi, millis)),
            new StaffRoutes(new StaffAdmin(jdbi, millis), new Credentials(jdbi, hasher, millis)),
        };
    }

    @Override
    public void addTo(Javalin app) {
        for (Routes part : parts) {
            part.addTo(app);
        }
    }
}
