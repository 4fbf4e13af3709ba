package uk.graduated.app.simulation;

import com.google.gson.JsonObject;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import uk.graduated.app.data.intervention.InterventionEntity;
import uk.graduated.app.data.membership.GroupMembershipEntity;
import uk.graduated.app.data.observation.ObservationEntity;
import uk.graduated.app.data.pupil.PupilEntity;
import uk.graduated.app.data.target.PlanTargetEntity;
import uk.graduated.model.intervention.GroupMembership;
import uk.graduated.model.intervention.Score;
import uk.graduated.model.observation.ObservationExamples;
import uk.graduated.model.school.Role;
import uk.graduated.model.sen.NeedType;
import uk.graduated.model.sen.RankedNeed;
import uk.graduated.model.sen.RankedNeedJson;
import uk.graduated.model.session.AbsenceReason;
import uk.graduated.model.session.Attendance;
import uk.graduated.model.session.Rating;
import uk.graduated.model.session.SessionExamples;
import uk.graduated.model.session.SessionLog;
import uk.graduated.model.session.TargetRating;
import uk.graduated.model.sync.EntityType;

/**
 * What the people on the tablets do, through the app's own write path (the repositories and
 * {@link uk.graduated.app.data.outbox.LocalWriter}), on records the tablet holds: assistants log
 * sessions, record entry scores on group places (two assistants share group A, so their edits race)
 * and delete a session logged by mistake; the practitioner records and deletes observations; the
 * SENCOs edit needs and targets (mostly the same few, so edits from several tablets meet), add needs
 * and delete them. Every choice comes from the seeded random.
 */
final class AppWork {
    private static final List<NeedType> NEED_TYPES = List.of(NeedType.SLCN, NeedType.SPLD, NeedType.MLD,
            NeedType.ASD, NeedType.SEMH);

    private final Random random;
    private final AppSchool school;

    AppWork(Random random, AppSchool school) {
        this.random = random;
        this.school = school;
    }

    /** Does one piece of work on the tablet; returns how many changes it saved (0: nothing to work on). */
    int doSomething(AppTablet tablet) {
        int roll = random.nextInt(20);
        if (tablet.person.roles().contains(Role.TEACHING_ASSISTANT)) {
            return roll < 12 ? logSession(tablet) : roll < 17 ? scoreAPlace(tablet) : deleteASession(tablet);
        }
        if (tablet.person.roles().contains(Role.EARLY_YEARS_PRACTITIONER)) {
            return roll < 17 ? observe(tablet) : deleteAnObservation(tablet);
        }
        if (roll < 8) {
            return editNeedType(tablet);
        }
        return roll < 14 ? editTargetGoal(tablet) : roll < 18 ? addNeed(tablet) : deleteANeed(tablet);
    }

    /** A day the person works on: at most today by both the tablet's clock and the school's. */
    private LocalDate workDay(AppTablet tablet) {
        LocalDate today = tablet.clock.today();
        LocalDate schoolToday = LocalDate.now(AppSchool.SERVER_CLOCK);
        return (today.isBefore(schoolToday) ? today : schoolToday).minusDays(random.nextInt(3));
    }

    private int logSession(AppTablet tablet) {
        List<InterventionEntity> groups = tablet.interventions.ledBy(tablet.person.id());
        if (groups.isEmpty()) {
            return 0;
        }
        UUID group = UUID.fromString(pick(groups).id);
        LocalDate day = workDay(tablet);
        List<PupilEntity> register = tablet.pupils.inGroupOn(group, day);
        if (register.isEmpty()) {
            return 0;
        }
        List<Attendance> attendance = new ArrayList<>();
        List<UUID> present = new ArrayList<>();
        for (PupilEntity pupil : register) {
            UUID id = UUID.fromString(pupil.id);
            if (random.nextInt(6) == 0) {
                attendance.add(Attendance.absent(id, AbsenceReason.ILL));
            } else {
                attendance.add(Attendance.present(id));
                present.add(id);
            }
        }
        List<TargetRating> ratings = new ArrayList<>();
        for (PlanTargetEntity target : tablet.pupils.activeTargets(present)) {
            if (random.nextBoolean()) {
                ratings.add(new TargetRating(UUID.fromString(target.pupilId), UUID.fromString(target.id),
                        Rating.fromValue(1 + random.nextInt(4)).orElseThrow()));
            }
        }
        SessionLog log = SessionExamples.sessionLog().id(school.uuid()).interventionId(group).date(day)
                .deliveredBy(tablet.person.id()).attendance(attendance).ratings(ratings)
                .recordedAt(tablet.clock.now().truncatedTo(ChronoUnit.SECONDS)).deviceId(tablet.device.id()).build();
        return tablet.save(() -> tablet.sessions.logSession(log)).size();
    }

    private int scoreAPlace(AppTablet tablet) {
        List<InterventionEntity> groups = tablet.interventions.ledBy(tablet.person.id());
        if (groups.isEmpty()) {
            return 0;
        }
        LocalDate day = workDay(tablet);
        List<GroupMembershipEntity> places = tablet.memberships.inGroupOn(UUID.fromString(pick(groups).id), day);
        if (places.isEmpty()) {
            return 0;
        }
        places.sort(Comparator.comparing(p -> p.id));
        GroupMembership place = tablet.memberships.find(UUID.fromString(pick(fewOf(places)).id));
        Score entry = Score.of(String.valueOf(10 + random.nextInt(40)), day);
        return tablet.save(() -> tablet.memberships.recordScores(place.id(), entry, place.exit())).size();
    }

    private int deleteASession(AppTablet tablet) {
        List<SessionLog> mine = tablet.sessions.recentBy(tablet.person.id(), 5);
        if (mine.isEmpty()) {
            return 0;
        }
        mine.sort(Comparator.comparing(SessionLog::id));
        UUID id = pick(mine).id();
        return tablet.save(() -> tablet.sessions.delete(id)).size();
    }

    private int observe(AppTablet tablet) {
        List<String> rooms = tablet.pupils.roomsOf(tablet.person.id());
        if (rooms.isEmpty()) {
            return 0;
        }
        String room = pick(rooms);
        List<PupilEntity> children = tablet.pupils.inClassOn(room, workDay(tablet));
        if (children.isEmpty()) {
            return 0;
        }
        List<UUID> observed = new ArrayList<>();
        observed.add(UUID.fromString(pick(children).id));
        UUID other = UUID.fromString(pick(children).id);
        if (random.nextInt(3) == 0 && !observed.contains(other)) {
            observed.add(other);
        }
        var observation = ObservationExamples.observation().id(school.uuid()).schoolId(school.school.id())
                .childIds(observed).observedBy(tablet.person.id()).room(room).photos(List.of())
                .observedAt(tablet.clock.now().truncatedTo(ChronoUnit.SECONDS)).build();
        return tablet.save(() -> tablet.observations.record(observation, List.of())).size();
    }

    private int deleteAnObservation(AppTablet tablet) {
        List<String> rooms = tablet.pupils.roomsOf(tablet.person.id());
        if (rooms.isEmpty()) {
            return 0;
        }
        List<ObservationEntity> recent = tablet.observations.recentInRoom(pick(rooms), 4);
        if (recent.isEmpty()) {
            return 0;
        }
        recent.sort(Comparator.comparing(o -> o.id));
        UUID id = UUID.fromString(pick(recent).id);
        return tablet.save(() -> tablet.writer.delete(EntityType.OBSERVATION, id)).size();
    }

    private int editNeedType(AppTablet tablet) {
        List<UUID> needs = fewOf(RoomContents.shownIds(tablet.db, EntityType.SEN_NEED));
        if (needs.isEmpty()) {
            return 0;
        }
        UUID id = pick(needs);
        JsonObject need = tablet.tables.require(EntityType.SEN_NEED).fields(id);
        need.addProperty("type", pick(NEED_TYPES).censusCode());
        return tablet.save(() -> tablet.writer.edit(EntityType.SEN_NEED, id, need)).size();
    }

    private int editTargetGoal(AppTablet tablet) {
        List<UUID> targets = fewOf(RoomContents.shownIds(tablet.db, EntityType.PLAN_TARGET));
        if (targets.isEmpty()) {
            return 0;
        }
        UUID id = pick(targets);
        JsonObject target = tablet.tables.require(EntityType.PLAN_TARGET).fields(id);
        target.addProperty("goal", "Reads " + (50 + random.nextInt(51))
                + " of the 100 high-frequency words by sight, noted on " + tablet.name + ".");
        return tablet.save(() -> tablet.writer.edit(EntityType.PLAN_TARGET, id, target)).size();
    }

    private int addNeed(AppTablet tablet) {
        List<UUID> pupils = RoomContents.shownIds(tablet.db, EntityType.PUPIL);
        if (pupils.isEmpty()) {
            return 0;
        }
        RankedNeed need = new RankedNeed(school.uuid(), pick(pupils), NeedType.SEMH, RankedNeed.SECONDARY,
                LocalDate.of(2026, 10, 1), null);
        return tablet.save(() -> tablet.writer.create(EntityType.SEN_NEED, need.id(), RankedNeedJson.toJson(need)))
                .size();
    }

    private int deleteANeed(AppTablet tablet) {
        List<UUID> needs = fewOf(RoomContents.shownIds(tablet.db, EntityType.SEN_NEED));
        if (needs.isEmpty()) {
            return 0;
        }
        UUID id = pick(needs);
        return tablet.save(() -> tablet.writer.delete(EntityType.SEN_NEED, id)).size();
    }

    /** The first few, so that tablets often pick the same record and their edits race. */
    private static <T> List<T> fewOf(List<T> all) {
        return all.subList(0, Math.min(4, all.size()));
    }

    private <T> T pick(List<T> from) {
        return from.get(random.nextInt(from.size()));
    }
}
