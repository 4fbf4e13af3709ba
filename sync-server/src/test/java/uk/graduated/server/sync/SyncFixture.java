package uk.graduated.server.sync;

import com.google.gson.JsonObject;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import uk.graduated.model.school.Role;
import uk.graduated.model.sync.Change;
import uk.graduated.model.sync.EntityType;
import uk.graduated.model.sync.Mutation;
import uk.graduated.model.sync.MutationOutcome;
import uk.graduated.model.sync.ProtocolVersion;
import uk.graduated.model.sync.PullRequest;
import uk.graduated.model.sync.PullResponse;
import uk.graduated.model.sync.PushRequest;
import uk.graduated.model.sync.Removal;
import uk.graduated.server.GraduatedServer;
import uk.graduated.server.TestServers;
import uk.graduated.server.auth.Principal;
import uk.graduated.server.testing.ApiClient;
import uk.graduated.server.testing.TestAccounts;

/**
 * A running server with one school: its SENCO, a teaching assistant, an early-years practitioner
 * of the "Rainbow Room", a teacher, and two enrolled tablets. Tests push and pull through the
 * services directly or over HTTP with {@link #api}.
 */
public final class SyncFixture implements AutoCloseable {
    public static final Clock CLOCK = Clock.system(ZoneId.of("Europe/London"));
    public static final String ROOM = "Rainbow Room";

    public final GraduatedServer server;
    public final TestAccounts accounts;
    public final TestAccounts.School school;
    public final TestAccounts.Person senco;
    public final TestAccounts.Person ta;
    public final TestAccounts.Person practitioner;
    public final TestAccounts.Person teacher;
    public final TestAccounts.Device tablet;
    public final TestAccounts.Device otherTablet;
    public final SchoolRecords records;
    public final PushService push;
    public final PullService pull;

    private SyncFixture(GraduatedServer server) {
        this.server = server;
        this.accounts = new TestAccounts(server.database());
        this.school = accounts.createSchool("Larkspur Vale Primary School");
        this.senco = school.senco();
        this.ta = accounts.createStaff(school, "Mr Adeyemi", Role.TEACHING_ASSISTANT);
        this.practitioner = accounts.createStaff(school, "Miss Hollis", Set.of(Role.EARLY_YEARS_PRACTITIONER),
                List.of(ROOM));
        this.teacher = accounts.createStaff(school, "Mrs Pell", Set.of(Role.TEACHER), List.of("Oak"));
        this.tablet = accounts.enrolDevice(school, "Rainbow Room tablet");
        this.otherTablet = accounts.enrolDevice(school, "Library tablet");
        this.records = new SchoolRecords(school.id());
        this.push = new PushService(server.database().jdbi(), CLOCK);
        this.pull = new PullService(server.database().jdbi(), CLOCK);
    }

    public static SyncFixture start(Path dataDir) {
        return new SyncFixture(TestServers.startOnFreshDatabase(dataDir));
    }

    public Jdbi jdbi() {
        return server.database().jdbi();
    }

    public ApiClient api(TestAccounts.Person person, TestAccounts.Device device) {
        return new ApiClient(server.baseUrl()).withToken(accounts.sessionOnDevice(person, device));
    }

    public static Principal on(TestAccounts.Person person, TestAccounts.Device device) {
        return TestAccounts.principal(person, device);
    }

    /** Pushes one mutation through the service, as the person on the tablet the mutation names. */
    public MutationOutcome apply(Principal principal, Mutation mutation) {
        return push.push(principal, new PushRequest(1, mutation.deviceId(), List.of(mutation))).outcomes().get(0);
    }

    /** Creates a record as the SENCO on {@link #tablet}; returns its version. */
    public long create(EntityType type, JsonObject fields) {
        MutationOutcome outcome = apply(on(senco, tablet), Mutations.create(type, fields, tablet.id()));
        if (!(outcome instanceof MutationOutcome.Applied applied)) {
            throw new AssertionError("not applied: " + outcome.toJsonObject());
        }
        return applied.serverVersion();
    }

    /** Every page of a pull from {@code cursor} until nothing more waits. */
    public Pulled pullAll(Principal principal, String cursor) {
        List<Change> changes = new ArrayList<>();
        List<Removal> removals = new ArrayList<>();
        PullResponse page;
        do {
            page = pull.pull(principal, new PullRequest(cursor, 500));
            changes.addAll(page.changes());
            removals.addAll(page.removals());
            cursor = page.nextCursor();
        } while (page.hasMore());
        return new Pulled(changes, removals, cursor, page);
    }

    /** What pulling until up to date gave. */
    public record Pulled(List<Change> changes, List<Removal> removals, String cursor, PullResponse lastPage) {
        public List<UUID> changedIds() {
            return changes.stream().map(Change::entityId).toList();
        }

        public List<UUID> removedIds() {
            return removals.stream().map(Removal::entityId).toList();
        }
    }

    /** Mutations as a tablet's outbox makes them, each with a new id. */
    public static final class Mutations {
        static final Instant SAVED = Instant.parse("2026-11-23T09:47:12Z");

        private Mutations() {
        }

        public static Mutation create(EntityType type, JsonObject fields, UUID deviceId) {
            return Mutation.upsert(UUID.randomUUID(), deviceId, type, UUID.fromString(fields.get("id").getAsString()),
                    null, fields, SAVED);
        }

        public static Mutation edit(EntityType type, UUID id, Long baseVersion, JsonObject fields, UUID deviceId) {
            return Mutation.upsert(UUID.randomUUID(), deviceId, type, id, baseVersion, fields, SAVED);
        }

        public static Mutation delete(EntityType type, UUID id, Long baseVersion, UUID deviceId) {
            return Mutation.delete(UUID.randomUUID(), deviceId, type, id, baseVersion, SAVED);
        }

        public static String pushBody(UUID deviceId, Mutation... mutations) {
            return new PushRequest(ProtocolVersion.CURRENT.value(), deviceId, List.of(mutations)).toJson();
        }
    }

    @Override
    public void close() {
        server.close();
    }
}
