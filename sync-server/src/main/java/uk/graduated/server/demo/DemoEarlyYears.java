package uk.graduated.server.demo;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import uk.graduated.model.eyfs.AreaOfLearning;
import uk.graduated.model.eyfs.CharacteristicOfEffectiveLearning;
import uk.graduated.model.eyfs.DevelopmentMattersBand;
import uk.graduated.model.eyfs.EarlyLearningGoal;
import uk.graduated.model.observation.Observation;
import uk.graduated.model.pupil.Pupil;
import uk.graduated.model.pupil.YearGroup;
import uk.graduated.model.school.Role;
import uk.graduated.server.demo.DemoSchoolGenerator.DemoCalendar;

/** The nursery room's last four weeks: about one observation per child per day, many of them group ones. */
record DemoEarlyYears(List<Observation> observations) {
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final int WEEKS = 4;

    static DemoEarlyYears build(DemoIds ids, Random random, UUID schoolId, List<DemoStaff> staff, DemoDevice device,
                                List<Pupil> pupils, DemoCalendar calendar) {
        List<UUID> practitioners = new ArrayList<>();
        for (DemoStaff s : staff) {
            if (s.member().roles().contains(Role.EARLY_YEARS_PRACTITIONER)) {
                practitioners.add(s.member().id());
            }
        }
        List<Pupil> children = new ArrayList<>();
        for (Pupil p : pupils) {
            if (DemoSchoolGenerator.NURSERY_ROOM.equals(p.className())) {
                children.add(p);
            }
        }
        List<Observation> observations = new ArrayList<>();
        if (children.isEmpty() || practitioners.isEmpty()) {
            return new DemoEarlyYears(observations);
        }
        for (LocalDate day = calendar.lastDay().minusWeeks(WEEKS).plusDays(1); !day.isAfter(calendar.lastDay()); day = day.plusDays(1)) {
            if (!calendar.isSchoolDay(day)) {
                continue;
            }
            List<Pupil> today = new ArrayList<>(children);
            Collections.shuffle(today, random);
            int attending = today.size() * 4 / 5;
            int i = 0;
            while (i < attending) {
                int groupSize = random.nextInt(10) < 3 ? 2 + random.nextInt(3) : 1;
                List<Pupil> group = today.subList(i, Math.min(attending, i + groupSize));
                i += groupSize;
                observations.add(observation(ids, random, schoolId, practitioners, group, day));
            }
            if (observations.size() > 5_000) {
                break;
            }
        }
        return new DemoEarlyYears(observations);
    }

    private static Observation observation(DemoIds ids, Random random, UUID schoolId, List<UUID> practitioners,
                                           List<Pupil> group, LocalDate day) {
        String[] text = DemoTexts.OBSERVATIONS.get(random.nextInt(DemoTexts.OBSERVATIONS.size()));
        AreaOfLearning area = AreaOfLearning.valueOf(text[1]);
        EarlyLearningGoal goal = EarlyLearningGoal.valueOf(text[2]);
        List<UUID> childIds = new ArrayList<>();
        for (Pupil p : group) {
            childIds.add(p.id());
        }
        boolean younger = group.get(0).yearGroup() == YearGroup.N1;
        // Tagging is optional and light: a band on about half, characteristics on a third.
        DevelopmentMattersBand band = random.nextBoolean() ? null
                : younger ? DevelopmentMattersBand.BIRTH_TO_THREE : DevelopmentMattersBand.THREE_AND_FOUR_YEAR_OLDS;
        Set<CharacteristicOfEffectiveLearning> characteristics = random.nextInt(3) == 0
                ? EnumSet.of(CharacteristicOfEffectiveLearning.values()[random.nextInt(3)])
                : EnumSet.noneOf(CharacteristicOfEffectiveLearning.class);
        LocalTime time = LocalTime.of(9, 0).plusMinutes(random.nextInt(330));
        return new Observation(ids.next(), schoolId, childIds, text[0], List.of(), EnumSet.of(area), EnumSet.of(goal), band,
                characteristics, DemoNames.pick(random, DemoTexts.NEXT_STEPS), day.atTime(time).atZone(LONDON).toInstant(),
                practitioners.get(random.nextInt(practitioners.size())), DemoSchoolGenerator.NURSERY_ROOM);
    }
}
