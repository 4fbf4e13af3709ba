package uk.graduated.server.demo;

import com.google.gson.JsonObject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.graduated.model.contact.ContactLogJson;
import uk.graduated.model.ehc.EhcPlanJson;
import uk.graduated.model.intervention.GroupMembershipJson;
import uk.graduated.model.intervention.InterventionJson;
import uk.graduated.model.observation.Observation;
import uk.graduated.model.observation.ObservationJson;
import uk.graduated.model.plan.PlanCycleJson;
import uk.graduated.model.plan.StrategyJson;
import uk.graduated.model.plan.SupportPlanJson;
import uk.graduated.model.plan.TargetJson;
import uk.graduated.model.pupil.PupilJson;
import uk.graduated.model.sen.ProvisionEntryJson;
import uk.graduated.model.sen.RankedNeedJson;
import uk.graduated.model.session.SessionLog;
import uk.graduated.model.session.SessionLogJson;
import uk.graduated.model.sync.EntityType;
import uk.graduated.model.sync.Mutation;
import uk.graduated.model.sync.MutationOutcome;
import uk.graduated.model.sync.ProtocolVersion;
import uk.graduated.model.sync.PushRequest;
import uk.graduated.model.sync.SyncLimits;
import uk.graduated.server.auth.Principal;
import uk.graduated.server.auth.SecretHasher;
import uk.graduated.server.sync.PushService;

/**
 * Stores a {@link DemoSchool} the way real work arrives: every record is a mutation pushed by the
 * person who would have made it (the SENCO for the register, each TA for their sessions, each
 * practitioner for their observations), so history, versions and scope are exactly as in use.
 * Loading twice does nothing the second time.
 */
public final class DemoLoader {
    private static final Logger log = LoggerFactory.getLogger(DemoLoader.class);

    /** What was loaded and how to sign in to it. */
    public record Loaded(UUID schoolId, String schoolName, String sencoEmail, String password, int records, boolean alreadyLoaded) {
    }

    private final Jdbi jdbi;
    private final Clock clock;
    private final SecretHasher hasher;
    /** Mutation ids must never repeat within a school: a repeat would be taken as a retry and skipped. */
    private DemoIds mutationIds;

    public DemoLoader(Jdbi jdbi, Clock clock, SecretHasher hasher) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.hasher = hasher;
    }

    public Loaded load(DemoSchool demo, String password) {
        DemoStaff senco = demo.staff().get(0);
        UUID schoolId = demo.school().id();
        boolean exists = jdbi.withHandle(h -> new DemoAccounts(h, hasher).exists(schoolId));
        if (exists) {
            return new Loaded(schoolId, demo.school().name(), senco.member().email(), password, 0, true);
        }
        Instant now = clock.instant();
        jdbi.useTransaction(h -> new DemoAccounts(h, hasher).insert(demo, password, now));
        mutationIds = new DemoIds(schoolId.getLeastSignificantBits());

        PushService push = new PushService(jdbi, clock);
        UUID senRoom = demo.devices().get(2).id();
        Principal sencoOnTablet = new Principal(schoolId, senco.member().id(), senRoom, senco.member().roles());
        int records = 0;
        records += push(push, sencoOnTablet, EntityType.PUPIL, demo.pupils(), p -> p.id(), PupilJson::toJson);
        records += push(push, sencoOnTablet, EntityType.SEN_PROVISION, demo.provisions(), p -> p.id(), ProvisionEntryJson::toJson);
        records += push(push, sencoOnTablet, EntityType.SEN_NEED, demo.needs(), n -> n.id(), RankedNeedJson::toJson);
        records += push(push, sencoOnTablet, EntityType.SUPPORT_PLAN, demo.plans(), p -> p.id(), SupportPlanJson::toJson);
        records += push(push, sencoOnTablet, EntityType.PLAN_CYCLE, demo.cycles(), c -> c.id(), PlanCycleJson::toJson);
        records += push(push, sencoOnTablet, EntityType.PLAN_TARGET, demo.targets(), t -> t.id(), TargetJson::toJson);
        records += push(push, sencoOnTablet, EntityType.PLAN_STRATEGY, demo.strategies(), s -> s.id(), StrategyJson::toJson);
        records += push(push, sencoOnTablet, EntityType.EHC_PLAN, demo.ehcPlans(), e -> e.id(), EhcPlanJson::toJson);
        records += push(push, sencoOnTablet, EntityType.INTERVENTION, demo.interventions(), i -> i.id(), InterventionJson::toJson);
        records += push(push, sencoOnTablet, EntityType.GROUP_MEMBERSHIP, demo.memberships(), m -> m.id(), GroupMembershipJson::toJson);
        records += push(push, sencoOnTablet, EntityType.CONTACT_LOG, demo.contacts(), c -> c.id(), ContactLogJson::toJson);

        Map<UUID, DemoStaff> byId = new LinkedHashMap<>();
        demo.staff().forEach(s -> byId.put(s.member().id(), s));
        Map<List<UUID>, List<SessionLog>> sessionsByAuthor = new LinkedHashMap<>();
        for (SessionLog s : demo.sessions()) {
            sessionsByAuthor.computeIfAbsent(List.of(s.deliveredBy(), s.deviceId()), k -> new ArrayList<>()).add(s);
        }
        for (Map.Entry<List<UUID>, List<SessionLog>> e : sessionsByAuthor.entrySet()) {
            DemoStaff ta = byId.get(e.getKey().get(0));
            Principal principal = new Principal(schoolId, ta.member().id(), e.getKey().get(1), ta.member().roles());
            records += push(push, principal, EntityType.SESSION_LOG, e.getValue(), s -> s.id(), SessionLogJson::toJson);
        }
        Map<UUID, List<Observation>> observationsByAuthor = new LinkedHashMap<>();
        for (Observation o : demo.observations()) {
            observationsByAuthor.computeIfAbsent(o.observedBy(), k -> new ArrayList<>()).add(o);
        }
        UUID acornsTablet = demo.devices().get(3).id();
        for (Map.Entry<UUID, List<Observation>> e : observationsByAuthor.entrySet()) {
            DemoStaff practitioner = byId.get(e.getKey());
            Principal principal = new Principal(schoolId, practitioner.member().id(), acornsTablet, practitioner.member().roles());
            records += push(push, principal, EntityType.OBSERVATION, e.getValue(), o -> o.id(), ObservationJson::toJson);
        }
        log.info("Demo school loaded: {} records", records);
        return new Loaded(schoolId, demo.school().name(), senco.member().email(), password, records, false);
    }

    private <T> int push(PushService push, Principal principal, EntityType type, List<T> records,
                         Function<T, UUID> id, Function<T, JsonObject> json) {
        Instant now = clock.instant();
        for (int from = 0; from < records.size(); from += SyncLimits.MAX_MUTATIONS_PER_PUSH) {
            List<Mutation> batch = new ArrayList<>();
            for (T record : records.subList(from, Math.min(records.size(), from + SyncLimits.MAX_MUTATIONS_PER_PUSH))) {
                batch.add(Mutation.upsert(mutationIds.next(), principal.deviceId(), type, id.apply(record), null, json.apply(record), now));
            }
            List<MutationOutcome> outcomes = push.push(principal, new PushRequest(ProtocolVersion.CURRENT.value(), principal.deviceId(), batch)).outcomes();
            for (MutationOutcome outcome : outcomes) {
                if (!(outcome instanceof MutationOutcome.Applied)) {
                    throw new IllegalStateException("demo " + type.wireName() + " was not applied: " + outcome);
                }
            }
        }
        return records.size();
    }
}
