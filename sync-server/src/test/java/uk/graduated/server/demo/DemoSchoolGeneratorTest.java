package uk.graduated.server.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.graduated.model.intervention.GroupMembership;
import uk.graduated.model.intervention.InterventionStatus;
import uk.graduated.model.observation.ObservationJson;
import uk.graduated.model.pupil.Pupil;
import uk.graduated.model.pupil.PupilJson;
import uk.graduated.model.json.JsonFields;
import uk.graduated.model.sen.ProvisionEntry;
import uk.graduated.model.sen.ProvisionHistory;
import uk.graduated.model.sen.RankedNeed;
import uk.graduated.model.sen.SenProvision;
import uk.graduated.model.sen.SenRecordRules;
import uk.graduated.model.session.SessionLog;
import uk.graduated.model.session.SessionLogJson;

class DemoSchoolGeneratorTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static DemoSchool school;

    @BeforeAll
    static void generate() {
        school = DemoSchoolGenerator.generate(42, TODAY, DemoSize.PRIMARY);
    }

    @Test
    void sameSeedAndDate_giveTheSameSchool() {
        DemoSchool again = DemoSchoolGenerator.generate(42, TODAY, DemoSize.PRIMARY);

        assertThat(again).isEqualTo(school);
        assertThat(DemoSchoolGenerator.generate(43, TODAY, DemoSize.PRIMARY).pupils()).isNotEqualTo(school.pupils());
    }

    @Test
    void primarySize_matchesATypicalOneFormEntrySchool() {
        assertThat(school.pupils()).hasSize(38 * 7 + 30);
        assertThat(school.registerSize()).isEqualTo(60);
        assertThat(school.ehcPlans()).hasSize(15);
        assertThat(school.interventions()).hasSize(12);
        assertThat(school.staff()).hasSize(2 + 16 + 7 + 3);
        assertThat(school.sessions()).hasSizeGreaterThan(200);
        assertThat(school.observations()).hasSizeGreaterThan(250);
    }

    @Test
    void everyPupilsRegisterRecord_followsTheCensusRules() {
        Map<UUID, List<ProvisionEntry>> provisions = school.provisions().stream().collect(Collectors.groupingBy(ProvisionEntry::pupilId));
        Map<UUID, List<RankedNeed>> needs = school.needs().stream().collect(Collectors.groupingBy(RankedNeed::pupilId));
        for (Map.Entry<UUID, List<ProvisionEntry>> e : provisions.entrySet()) {
            assertThat(ProvisionHistory.problems(e.getValue())).as("history of %s", e.getKey()).isEmpty();
            SenProvision current = new ProvisionHistory(e.getValue()).entries().stream()
                    .filter(p -> p.endDate() == null).findFirst().orElseThrow().provision();
            assertThat(SenRecordRules.validate(current, needs.getOrDefault(e.getKey(), List.of()))).as("needs of %s", e.getKey()).isEmpty();
        }
    }

    @Test
    void records_surviveTheirWireFormUnchanged() {
        for (Pupil p : school.pupils()) {
            assertThat(PupilJson.fromJson(new JsonFields(PupilJson.toJson(p), ""))).isEqualTo(p);
        }
        for (SessionLog s : school.sessions().subList(0, 50)) {
            assertThat(SessionLogJson.fromJson(new JsonFields(SessionLogJson.toJson(s), ""))).isEqualTo(s);
        }
        assertThat(ObservationJson.fromJson(new JsonFields(ObservationJson.toJson(school.observations().get(0)), "")))
                .isEqualTo(school.observations().get(0));
    }

    @Test
    void sessions_stopBeforeTheReferenceDate_andSomePlannedOnesWereMissed() {
        assertThat(school.sessions()).allSatisfy(s -> assertThat(s.date()).isBefore(TODAY));
        assertThat(school.sessions()).anySatisfy(s -> assertThat(s.concernFlagged()).isTrue());
    }

    @Test
    void endedInterventions_haveExitScores_runningOnesDoNot() {
        Map<UUID, InterventionStatus> status = school.interventions().stream()
                .collect(Collectors.toMap(i -> i.id(), i -> i.status()));
        for (GroupMembership m : school.memberships()) {
            assertThat(m.exit() != null).isEqualTo(status.get(m.interventionId()) == InterventionStatus.ENDED);
        }
        assertThat(status.values()).contains(InterventionStatus.ENDED, InterventionStatus.RUNNING);
    }
}
