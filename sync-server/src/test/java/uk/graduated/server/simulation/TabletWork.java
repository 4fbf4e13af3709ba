package uk.graduated.server.simulation;

import com.google.gson.JsonObject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Collectors;
import uk.graduated.model.sen.RankedNeed;
import uk.graduated.model.sen.RankedNeedJson;
import uk.graduated.model.sen.NeedType;
import uk.graduated.model.sync.EntityType;

/**
 * What the people on the tablets do, drawn from the seeded random and from what each tablet holds:
 * assistants log sessions, the practitioner records (and sometimes deletes) observations, the two
 * SENCOs edit needs and targets (often the same few, so their edits race) and add or delete needs.
 */
final class TabletWork {
    private static final List<String> NEED_TYPES = List.of("SLCN", "SPLD", "MLD", "ASD", "SEMH");

    private final Random random;
    private final SimSchool school;

    TabletWork(Random random, SimSchool school) {
        this.random = random;
        this.school = school;
    }

    /** Does one piece of work on the tablet; returns false when it held nothing to work on. */
    boolean doSomething(SimTablet tablet, Instant now) {
        if (tablet.name.startsWith("ta-")) {
            return logSession(tablet, now);
        }
        if (tablet.name.equals("practitioner")) {
            return random.nextInt(10) == 0 ? deleteOne(tablet, EntityType.OBSERVATION, now) : observe(tablet, now);
        }
        return switch (random.nextInt(10)) {
            case 0, 1, 2, 3 -> editNeedType(tablet, now);
            case 4, 5, 6 -> editTargetGoal(tablet, now);
            case 7, 8 -> addNeed(tablet, now);
            default -> deleteOne(tablet, EntityType.SEN_NEED, now);
        };
    }

    private boolean logSession(SimTablet tablet, Instant now) {
        List<Map.Entry<UUID, SimTablet.Local>> memberships = held(tablet, EntityType.GROUP_MEMBERSHIP).stream()
                .filter(m -> isNull(m.getValue().fields(), "leftOn"))
                .filter(m -> tablet.records.containsKey(UUID.fromString(
                        m.getValue().fields().get("interventionId").getAsString())))
                .collect(Collectors.toList());
        if (memberships.isEmpty()) {
            return false;
        }
        JsonObject membership = pick(memberships).getValue().fields();
        UUID id = school.uuid();
        tablet.create(school.uuid(), EntityType.SESSION_LOG, school.records.sessionLog(id,
                UUID.fromString(membership.get("interventionId").getAsString()),
                UUID.fromString(membership.get("pupilId").getAsString()), tablet.person.id(), tablet.device.id()), now);
        return true;
    }

    private boolean observe(SimTablet tablet, Instant now) {
        List<Map.Entry<UUID, SimTablet.Local>> children = held(tablet, EntityType.PUPIL).stream()
                .filter(p -> SimSchool.ROOM.equals(p.getValue().fields().get("className").getAsString()))
                .collect(Collectors.toList());
        if (children.isEmpty()) {
            return false;
        }
        UUID id = school.uuid();
        tablet.create(school.uuid(), EntityType.OBSERVATION,
                school.records.observation(id, List.of(pick(children).getKey()), tablet.person.id(), null), now);
        return true;
    }

    private boolean editNeedType(SimTablet tablet, Instant now) {
        List<Map.Entry<UUID, SimTablet.Local>> needs = fewOf(held(tablet, EntityType.SEN_NEED));
        if (needs.isEmpty()) {
            return false;
        }
        JsonObject changed = new JsonObject();
        changed.addProperty("type", NEED_TYPES.get(random.nextInt(NEED_TYPES.size())));
        tablet.edit(school.uuid(), pick(needs).getKey(), changed, now);
        return true;
    }

    private boolean editTargetGoal(SimTablet tablet, Instant now) {
        List<Map.Entry<UUID, SimTablet.Local>> targets = fewOf(held(tablet, EntityType.PLAN_TARGET));
        if (targets.isEmpty()) {
            return false;
        }
        JsonObject changed = new JsonObject();
        changed.addProperty("goal", "Reads " + (50 + random.nextInt(51))
                + " of the 100 high-frequency words by sight, noted by " + tablet.name + ".");
        tablet.edit(school.uuid(), pick(targets).getKey(), changed, now);
        return true;
    }

    private boolean addNeed(SimTablet tablet, Instant now) {
        List<Map.Entry<UUID, SimTablet.Local>> pupils = held(tablet, EntityType.PUPIL);
        if (pupils.isEmpty()) {
            return false;
        }
        RankedNeed need = new RankedNeed(school.uuid(), pick(pupils).getKey(), NeedType.SEMH, RankedNeed.SECONDARY,
                LocalDate.of(2026, 10, 1), null);
        tablet.create(school.uuid(), EntityType.SEN_NEED, RankedNeedJson.toJson(need), now);
        return true;
    }

    private boolean deleteOne(SimTablet tablet, EntityType type, Instant now) {
        List<Map.Entry<UUID, SimTablet.Local>> candidates = fewOf(held(tablet, type));
        if (candidates.isEmpty()) {
            return false;
        }
        tablet.delete(school.uuid(), pick(candidates).getKey(), now);
        return true;
    }

    private static boolean isNull(JsonObject fields, String member) {
        return !fields.has(member) || fields.get(member).isJsonNull();
    }

    /** The tablet's records of a type, in id order so that the draw depends on the seed alone. */
    private static List<Map.Entry<UUID, SimTablet.Local>> held(SimTablet tablet, EntityType type) {
        return tablet.records.entrySet().stream()
                .filter(e -> e.getValue().type() == type)
                .sorted(Map.Entry.comparingByKey(Comparator.naturalOrder()))
                .collect(Collectors.toList());
    }

    /** The first few, so that the two SENCOs often pick the same record and their edits race. */
    private static <T> List<T> fewOf(List<T> all) {
        return all.subList(0, Math.min(4, all.size()));
    }

    private <T> T pick(List<T> from) {
        return from.get(random.nextInt(from.size()));
    }
}
