package uk.graduated.app.simulation;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import uk.graduated.model.school.Role;
import uk.graduated.model.sync.EntityType;
import uk.graduated.model.sync.Mutation;
import uk.graduated.model.sync.MutationOutcome;
import uk.graduated.model.sync.PushRequest;
import uk.graduated.server.auth.Principal;
import uk.graduated.server.db.Database;
import uk.graduated.server.device.DeviceAdmin;
import uk.graduated.server.simulation.Seeded;
import uk.graduated.server.sync.PushService;
import uk.graduated.server.sync.SchoolRecords;
import uk.graduated.server.testing.TestAccounts;

/**
 * One school for one seed on the real server: two SENCOs, teaching assistants on groups A (two of
 * them), B and C, an early-years practitioner of the Rainbow Room, 12 pupils with needs, plans,
 * targets and group places, and 5 to 20 enrolled tablets, some of them sharing a person or a scope.
 * The SENCO's changes at the office (moving a pupil between groups, revoking a tablet) go straight
 * to the server, as the console's would.
 */
final class AppSchool {
    static final String ROOM = "Rainbow Room";
    static final Clock SERVER_CLOCK = Clock.system(ZoneId.of("Europe/London"));

    final TestAccounts.School school;
    final SchoolRecords records;
    final Map<String, UUID> groups = new LinkedHashMap<>();
    /** Each group's pupils in the order they were placed, with their memberships. */
    final Map<String, List<UUID[]>> places = new LinkedHashMap<>();
    final List<AppTablet> tablets = new ArrayList<>();

    private final Random random;
    private final TestAccounts accounts;
    private final PushService push;
    private final Principal office;
    private final UUID officeDevice;
    private final DeviceAdmin devices;

    AppSchool(Database database, Random random) {
        this.random = random;
        this.accounts = new TestAccounts(database);
        this.push = new PushService(database.jdbi(), SERVER_CLOCK);
        this.devices = new DeviceAdmin(database.jdbi(), SERVER_CLOCK);
        this.school = accounts.createSchool("Larkspur Vale Primary School");
        this.records = new SchoolRecords(school.id());
        TestAccounts.Device officeTablet = accounts.enrolDevice(school, "SENCO office tablet");
        this.office = TestAccounts.principal(school.senco(), officeTablet);
        this.officeDevice = officeTablet.id();
    }

    /** The people who use the tablets, in the order tablets are handed out: the first five cover every role. */
    List<TestAccounts.Person> staff() {
        TestAccounts.Person taA1 = accounts.createStaff(school, "Mr Adeyemi", Role.TEACHING_ASSISTANT);
        TestAccounts.Person taA2 = accounts.createStaff(school, "Ms Brennan", Role.TEACHING_ASSISTANT);
        TestAccounts.Person taB = accounts.createStaff(school, "Mr Castell", Role.TEACHING_ASSISTANT);
        TestAccounts.Person taC = accounts.createStaff(school, "Ms Dunmore", Role.TEACHING_ASSISTANT);
        TestAccounts.Person deputy = accounts.createStaff(school, "Mrs Okafor", Role.SENCO);
        TestAccounts.Person practitioner = accounts.createStaff(school, "Miss Hollis",
                Set.of(Role.EARLY_YEARS_PRACTITIONER), List.of(ROOM));
        TestAccounts.Person senco = school.senco();
        groups.put("A", group(taA1.id(), taA2.id()));
        groups.put("B", group(taB.id()));
        groups.put("C", group(taC.id()));
        for (String group : groups.keySet()) {
            List<UUID[]> placed = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                UUID pupil = pupilWithPlan("Oak");
                placed.add(new UUID[] {pupil, place(group, pupil)});
            }
            places.put(group, placed);
        }
        for (int i = 0; i < 3; i++) {
            pupilWithPlan(ROOM);
        }
        return List.of(senco, taA1, practitioner, taB, taA2, deputy, taC, taA1, senco, taB, practitioner, deputy,
                taA2, taC, taA1, senco, taB, practitioner, taC, deputy);
    }

    TestAccounts.Device enrol(String name) {
        return accounts.enrolDevice(school, name);
    }

    String signIn(TestAccounts.Person person, TestAccounts.Device device) {
        return accounts.sessionOnDevice(person, device);
    }

    /** Up to a week either way; drawn even without skew, so a run's other choices stay the same. */
    Duration clockSkew() {
        return Duration.ofMinutes(random.nextInt(2 * 7 * 24 * 60 + 1) - 7 * 24 * 60L);
    }

    /**
     * At the office, the SENCO ends the first remaining pupil's place in {@code from} (yesterday was
     * their last day) and gives them a place in {@code to}: a scope change for every tablet of both groups.
     */
    void movePupil(String from, String to) {
        UUID[] moving = places.get(from).remove(0);
        JsonObject ended = new JsonObject();
        ended.addProperty("leftOn", LocalDate.now(SERVER_CLOCK).minusDays(1).toString());
        apply(Mutation.upsert(uuid(), officeDevice, EntityType.GROUP_MEMBERSHIP, moving[1], null, ended,
                SERVER_CLOCK.instant()));
        places.get(to).add(new UUID[] {moving[0], place(to, moving[0])});
    }

    /** The SENCO removes a tablet from the school in the console. */
    void revoke(AppTablet tablet) {
        devices.revoke(office, tablet.device.id());
    }

    UUID uuid() {
        return Seeded.uuid(random);
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

    private UUID place(String group, UUID pupil) {
        return create(EntityType.GROUP_MEMBERSHIP, records.membership(uuid(), groups.get(group), pupil, null));
    }

    private UUID pupilWithPlan(String className) {
        UUID pupil = create(EntityType.PUPIL, records.pupil(uuid(), className));
        create(EntityType.SEN_NEED, records.need(uuid(), pupil));
        UUID plan = create(EntityType.SUPPORT_PLAN, records.plan(uuid(), pupil));
        UUID cycle = create(EntityType.PLAN_CYCLE, records.cycle(uuid(), plan));
        create(EntityType.PLAN_TARGET, records.target(uuid(), cycle, pupil, "Reads all 100 words by sight."));
        return pupil;
    }

    private UUID create(EntityType type, JsonObject fields) {
        UUID id = UUID.fromString(fields.get("id").getAsString());
        apply(Mutation.upsert(uuid(), officeDevice, type, id, null, fields, SERVER_CLOCK.instant()));
        return id;
    }

    private void apply(Mutation mutation) {
        MutationOutcome outcome = push.push(office, new PushRequest(1, officeDevice, List.of(mutation)))
                .outcomes().get(0);
        if (outcome instanceof MutationOutcome.Rejected) {
            throw new IllegalStateException("the office's change was refused: " + outcome.toJsonObject());
        }
    }
}
