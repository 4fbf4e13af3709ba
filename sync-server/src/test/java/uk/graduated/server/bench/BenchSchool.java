package uk.graduated.server.bench;

import com.google.gson.JsonObject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import uk.graduated.model.school.Role;
import uk.graduated.model.session.Attendance;
import uk.graduated.model.session.SessionExamples;
import uk.graduated.model.session.SessionLogJson;
import uk.graduated.model.sync.EntityType;
import uk.graduated.model.sync.Mutation;
import uk.graduated.model.sync.MutationOutcome;
import uk.graduated.model.sync.PushRequest;
import uk.graduated.model.sync.SyncLimits;
import uk.graduated.server.GraduatedServer;
import uk.graduated.server.sync.PushService;
import uk.graduated.server.sync.SchoolRecords;
import uk.graduated.server.testing.TestAccounts;

/**
 * A school for the push benchmarks: teaching assistants, each with a tablet, a signed-in session and
 * a group of pupils to log sessions for. The register is stored through {@link PushService}, so
 * versions, history and the change log are as in use; setup is not measured.
 */
public final class BenchSchool {
    public static final Clock CLOCK = Clock.system(ZoneId.of("Europe/London"));
    private static final Instant SAVED = Instant.parse("2026-11-20T15:30:00Z");

    /** One teaching assistant's tablet and the group they run. */
    public record Group(TestAccounts.Person ta, TestAccounts.Device tablet, String sessionToken, UUID interventionId,
                        List<UUID> pupils) {
    }

    public final TestAccounts.School school;
    public final List<Group> groups;

    private BenchSchool(TestAccounts.School school, List<Group> groups) {
        this.school = school;
        this.groups = List.copyOf(groups);
    }

    public static BenchSchool create(GraduatedServer server, String name, int groupCount, int pupilsPerGroup) {
        TestAccounts accounts = new TestAccounts(server.database());
        TestAccounts.School school = accounts.createSchool(name);
        SchoolRecords records = new SchoolRecords(school.id());
        PushService push = new PushService(server.database().jdbi(), CLOCK);
        TestAccounts.Device sencoTablet = accounts.enrolDevice(school, "SENCO office tablet");
        List<Mutation> register = new ArrayList<>();
        List<Group> groups = new ArrayList<>();
        for (int g = 0; g < groupCount; g++) {
            TestAccounts.Person ta = accounts.createStaff(school, "Teaching Assistant " + (g + 1), Role.TEACHING_ASSISTANT);
            TestAccounts.Device tablet = accounts.enrolDevice(school, "Group tablet " + (g + 1));
            UUID interventionId = UUID.randomUUID();
            register.add(create(EntityType.INTERVENTION, records.intervention(interventionId, ta.id()), sencoTablet.id()));
            List<UUID> pupils = new ArrayList<>();
            for (int p = 0; p < pupilsPerGroup; p++) {
                UUID pupilId = UUID.randomUUID();
                pupils.add(pupilId);
                register.add(create(EntityType.PUPIL, records.pupil(pupilId, "Oak"), sencoTablet.id()));
                register.add(create(EntityType.GROUP_MEMBERSHIP,
                        records.membership(UUID.randomUUID(), interventionId, pupilId, null), sencoTablet.id()));
            }
            groups.add(new Group(ta, tablet, accounts.sessionOnDevice(ta, tablet), interventionId, pupils));
        }
        // Interventions and pupils before the memberships that name them.
        register.sort((a, b) -> Integer.compare(order(a.entityType()), order(b.entityType())));
        pushAll(push, TestAccounts.principal(school.senco(), sencoTablet), sencoTablet.id(), register);
        return new BenchSchool(school, groups);
    }

    /** A 30-minute session of the group on a school day before today, every pupil present. */
    public static JsonObject sessionLog(Group group, int serial) {
        LocalDate day = LocalDate.of(2026, 9, 7).plusDays(serial % 70);
        List<Attendance> attendance = group.pupils().stream().map(Attendance::present).toList();
        return SessionLogJson.toJson(SessionExamples.sessionLog().id(UUID.randomUUID())
                .interventionId(group.interventionId()).date(day).startTime(LocalTime.of(9, 15))
                .deliveredBy(group.ta().id()).attendance(attendance).ratings(List.of())
                .recordedAt(SAVED).deviceId(group.tablet().id()).build());
    }

    public static Mutation create(EntityType type, JsonObject fields, UUID deviceId) {
        return Mutation.upsert(UUID.randomUUID(), deviceId, type, UUID.fromString(fields.get("id").getAsString()),
                null, fields, SAVED);
    }

    /** Pushes through the service in batches of the protocol's largest push; every mutation must apply. */
    public static void pushAll(PushService push, uk.graduated.server.auth.Principal principal, UUID deviceId,
                               List<Mutation> mutations) {
        for (int from = 0; from < mutations.size(); from += SyncLimits.MAX_MUTATIONS_PER_PUSH) {
            List<Mutation> batch = mutations.subList(from, Math.min(mutations.size(), from + SyncLimits.MAX_MUTATIONS_PER_PUSH));
            for (MutationOutcome outcome : push.push(principal, new PushRequest(1, deviceId, batch)).outcomes()) {
                if (!(outcome instanceof MutationOutcome.Applied)) {
                    throw new IllegalStateException("setup mutation not applied: " + outcome.toJsonObject());
                }
            }
        }
    }

    private static int order(EntityType type) {
        return type == EntityType.GROUP_MEMBERSHIP ? 1 : 0;
    }
}
