package uk.graduated.server.simulation;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import uk.graduated.model.school.Role;
import uk.graduated.model.sync.EntityType;
import uk.graduated.model.sync.Mutation;
import uk.graduated.model.sync.MutationOutcome;
import uk.graduated.model.sync.PushRequest;
import uk.graduated.server.auth.Principal;
import uk.graduated.server.sync.PushService;
import uk.graduated.server.sync.SchoolRecords;
import uk.graduated.server.sync.SyncFixture;
import uk.graduated.server.testing.TestAccounts;

/**
 * One school for one seed: two SENCO tablets, teaching assistants on groups A, B and C (two on A, so
 * two tablets share a scope), an early-years practitioner of the Rainbow Room, and the pupils, needs,
 * plans and memberships they work with, written through the push service before the run starts.
 */
final class SimSchool {
    static final String ROOM = "Rainbow Room";
    static final List<String> GROUPS = List.of("A", "B", "C");

    final TestAccounts.School school;
    final SchoolRecords records;
    final List<SimTablet> tablets = new ArrayList<>();
    final Map<String, UUID> groups = new LinkedHashMap<>();
    /** The tablet revoked half-way through the run. */
    final SimTablet toRevoke;
    /** A pupil of group A who moves to group B during the run, and the membership that ends. */
    UUID movingPupil;
    UUID movingMembership;

    private final Random random;
    private final boolean skewClocks;
    private final PushService push;
    private final Principal setup;
    private final UUID setupDevice;

    /** @param skewClocks whether tablets' clocks are off by up to a week (false only to compare outcomes) */
    SimSchool(Jdbi jdbi, Random random, PushService push, boolean skewClocks) {
        this.random = random;
        this.skewClocks = skewClocks;
        this.push = push;
        TestAccounts accounts = new TestAccounts(jdbi);
        school = accounts.createSchool("Larkspur Vale Primary School");
        records = new SchoolRecords(school.id());
        TestAccounts.Person deputy = accounts.createStaff(school, "Mrs Okafor", Role.SENCO);
        TestAccounts.Person taA1 = accounts.createStaff(school, "Mr Adeyemi", Role.TEACHING_ASSISTANT);
        TestAccounts.Person taA2 = accounts.createStaff(school, "Ms Brennan", Role.TEACHING_ASSISTANT);
        TestAccounts.Person taB = accounts.createStaff(school, "Mr Castell", Role.TEACHING_ASSISTANT);
        TestAccounts.Person taC = accounts.createStaff(school, "Ms Dunmore", Role.TEACHING_ASSISTANT);
        TestAccounts.Person practitioner = accounts.createStaff(school, "Miss Hollis",
                Set.of(Role.EARLY_YEARS_PRACTITIONER), List.of(ROOM));
        tablets.add(tablet(accounts, "senco", school.senco()));
        tablets.add(tablet(accounts, "deputy-senco", deputy));
        tablets.add(tablet(accounts, "ta-a1", taA1));
        tablets.add(tablet(accounts, "ta-a2", taA2));
        tablets.add(tablet(accounts, "ta-b", taB));
        tablets.add(tablet(accounts, "ta-c", taC));
        tablets.add(tablet(accounts, "practitioner", practitioner));
        toRevoke = tablets.get(5);
        setup = tablets.get(0).principal;
        setupDevice = tablets.get(0).device.id();

        groups.put("A", group(taA1.id(), taA2.id()));
        groups.put("B", group(taB.id()));
        groups.put("C", group(taC.id()));
        for (String group : GROUPS) {
            for (int i = 0; i < 3; i++) {
                UUID pupil = pupilWithPlan("Oak");
                UUID membership = create(EntityType.GROUP_MEMBERSHIP,
                        records.membership(uuid(), groups.get(group), pupil, null));
                if (group.equals("A") && i == 0) {
                    movingPupil = pupil;
                    movingMembership = membership;
                }
            }
        }
        for (int i = 0; i < 3; i++) {
            pupilWithPlan(ROOM);
        }
    }

    private SimTablet tablet(TestAccounts accounts, String name, TestAccounts.Person person) {
        TestAccounts.Device device = accounts.enrolDevice(school, name + " tablet");
        // Drawn either way, so that a run without skew makes the same choices as the run with it.
        Duration skew = Duration.ofHours(random.nextInt(24 * 14 + 1) - 24 * 7L).multipliedBy(skewClocks ? 1 : 0);
        return new SimTablet(name, person, device, TestAccounts.principal(person, device), skew,
                accounts.sessionOnDevice(person, device));
    }

    private UUID group(UUID... leads) {
        UUID id = uuid();
        JsonObject fields = records.intervention(id, leads[0]);
        JsonArray leadIds = new JsonArray();
        for (UUID lead : leads) {
            leadIds.add(lead.toString());
        }
        fields.add("leadStaffIds", leadIds);
        return create(EntityType.INTERVENTION, fields);
    }

    private UUID pupilWithPlan(String className) {
        UUID pupil = create(EntityType.PUPIL, records.pupil(uuid(), className));
        create(EntityType.SEN_NEED, records.need(uuid(), pupil));
        UUID plan = create(EntityType.SUPPORT_PLAN, records.plan(uuid(), pupil));
        UUID cycle = create(EntityType.PLAN_CYCLE, records.cycle(uuid(), plan));
        create(EntityType.PLAN_TARGET, records.target(uuid(), cycle, pupil, "Reads all 100 words by sight."));
        return pupil;
    }

    UUID uuid() {
        return Seeded.uuid(random);
    }

    private UUID create(EntityType type, JsonObject fields) {
        UUID id = UUID.fromString(fields.get("id").getAsString());
        Mutation mutation = Mutation.upsert(uuid(), setupDevice, type, id, null, fields, SyncFixture.CLOCK.instant());
        MutationOutcome outcome = push.push(setup, new PushRequest(1, setupDevice, List.of(mutation))).outcomes().get(0);
        if (!(outcome instanceof MutationOutcome.Applied)) {
            throw new IllegalStateException("setup record refused: " + outcome.toJsonObject());
        }
        return id;
    }
}
