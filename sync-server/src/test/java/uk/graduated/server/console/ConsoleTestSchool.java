package uk.graduated.server.console;

import com.google.gson.JsonObject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import uk.graduated.model.school.Role;
import uk.graduated.model.session.SessionLog;
import uk.graduated.model.session.SessionLogJson;
import uk.graduated.model.sync.EntityType;
import uk.graduated.model.sync.Mutation;
import uk.graduated.model.sync.MutationOutcome;
import uk.graduated.model.sync.ProtocolVersion;
import uk.graduated.model.sync.PushRequest;
import uk.graduated.server.auth.Principal;
import uk.graduated.server.auth.SecretHasher;
import uk.graduated.server.auth.Timestamps;
import uk.graduated.server.demo.DemoLoader;
import uk.graduated.server.demo.DemoSchool;
import uk.graduated.server.demo.DemoSchoolGenerator;
import uk.graduated.server.demo.DemoSize;
import uk.graduated.server.demo.DemoStaff;
import uk.graduated.server.staff.StaffDao;
import uk.graduated.server.sync.PushService;
import uk.graduated.server.testing.TestAccounts;

/**
 * The demo school ({@link DemoSchoolGenerator}, seed 42, primary) stored by the lead's
 * {@link DemoLoader}, plus what the console's home page lists that the demo leaves out: a tablet quiet
 * for five days, a session log refused (pushed by a teaching assistant for a group they do not run)
 * and a target changed on two tablets at once. The SENCO, the admin and the first teaching assistant
 * sign in with {@link TestAccounts#PASSWORD}.
 */
public final class ConsoleTestSchool {
    /** What a test needs to know about the stored school. */
    public record Loaded(DemoSchool demo, DemoStaff senco, DemoStaff admin, DemoStaff teachingAssistant) {
        public UUID schoolId() {
            return demo.school().id();
        }
    }

    static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final SecretHasher HASHER = new SecretHasher();

    private ConsoleTestSchool() {
    }

    public static Loaded load(Jdbi jdbi) {
        Clock clock = Clock.system(LONDON);
        DemoSchool demo = DemoSchoolGenerator.generate(42, LocalDate.now(clock), DemoSize.PRIMARY);
        new DemoLoader(jdbi, clock, HASHER).load(demo, TestAccounts.PASSWORD);
        DemoStaff senco = first(demo, Role.SENCO);
        DemoStaff admin = first(demo, Role.ADMIN);
        DemoStaff ta = first(demo, Role.TEACHING_ASSISTANT);
        Instant now = clock.instant();
        jdbi.useTransaction(h -> {
            new StaffDao(h).setPasswordHash(demo.school().id(), ta.member().id(), HASHER.hash(TestAccounts.PASSWORD), now);
            // Whatever the demo says, every tablet synced an hour ago except the nursery's, quiet for five days
            // counted from the start of today, so that it is five whole days whenever today a test looks.
            h.createUpdate("""
                            update device set last_sync_at = case when id = :quietOne then :quiet else :recent end
                            where school_id = :school""")
                    .bind("quietOne", demo.devices().get(3).id())
                    .bind("quiet", Timestamps.of(demo.referenceDate().minusDays(5).atStartOfDay(LONDON).toInstant()))
                    .bind("recent", Timestamps.of(now.minus(Duration.ofHours(1))))
                    .bind("school", demo.school().id())
                    .execute();
        });
        PushService push = new PushService(jdbi, clock);
        refusedSessionLog(push, demo, ta, now);
        conflictingTargetEdits(push, jdbi, demo, senco, now);
        return new Loaded(demo, senco, admin, ta);
    }

    private static DemoStaff first(DemoSchool demo, Role role) {
        return demo.staff().stream().filter(s -> s.member().roles().contains(role)).findFirst().orElseThrow();
    }

    /** A copy of another adult's session, pushed by {@code ta}: the server refuses it. */
    private static void refusedSessionLog(PushService push, DemoSchool demo, DemoStaff ta, Instant now) {
        SessionLog theirs = demo.sessions().stream().filter(s -> !s.deliveredBy().equals(ta.member().id()))
                .findFirst().orElseThrow();
        JsonObject fields = SessionLogJson.toJson(theirs);
        UUID copy = UUID.randomUUID();
        fields.addProperty("id", copy.toString());
        fields.addProperty("deliveredBy", ta.member().id().toString());
        UUID tablet = demo.devices().get(1).id();
        fields.addProperty("deviceId", tablet.toString());
        MutationOutcome outcome = pushOne(push, new Principal(demo.school().id(), ta.member().id(), tablet,
                ta.member().roles()), Mutation.upsert(UUID.randomUUID(), tablet, EntityType.SESSION_LOG, copy, null,
                fields, now));
        if (!(outcome instanceof MutationOutcome.Rejected)) {
            throw new IllegalStateException("expected the copied session log to be refused: " + outcome);
        }
    }

    /** The SENCO changes a target's baseline on two tablets from the same base version: the second merges. */
    private static void conflictingTargetEdits(PushService push, Jdbi jdbi, DemoSchool demo, DemoStaff senco, Instant now) {
        var target = demo.targets().get(0);
        long base = jdbi.withHandle(h -> h.createQuery("select version from plan_target where school_id = :s and id = :id")
                .bind("s", demo.school().id()).bind("id", target.id()).mapTo(Long.class).one());
        for (int i = 0; i < 2; i++) {
            UUID tablet = demo.devices().get(i).id();
            JsonObject fields = new JsonObject();
            fields.addProperty("baseline", i == 0 ? "Reads 10 of the words" : "Reads 12 of the words");
            pushOne(push, new Principal(demo.school().id(), senco.member().id(), tablet, senco.member().roles()),
                    Mutation.upsert(UUID.randomUUID(), tablet, EntityType.PLAN_TARGET, target.id(), base, fields, now));
        }
    }

    private static MutationOutcome pushOne(PushService push, Principal principal, Mutation mutation) {
        return push.push(principal, new PushRequest(ProtocolVersion.CURRENT.value(), principal.deviceId(),
                List.of(mutation))).outcomes().get(0);
    }
}
