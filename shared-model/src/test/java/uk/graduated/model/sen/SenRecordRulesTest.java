package uk.graduated.model.sen;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.graduated.model.sen.SenExamples.need;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.graduated.model.pupil.RegisterExamples;
import uk.graduated.model.school.FieldErrorCodes;

class SenRecordRulesTest {
    private static List<String> check(SenProvision provision, RankedNeed... needs) {
        return FieldErrorCodes.of(SenRecordRules.validate(provision, List.of(needs)));
    }

    @Test
    void senSupport_withPrimaryAndSecondary_isValid() {
        assertThat(check(SenProvision.K, need(1, NeedType.SLCN, 1), need(2, NeedType.SEMH, 2))).isEmpty();
    }

    @Test
    void ehcPlan_withPrimaryOnly_isValid() {
        assertThat(check(SenProvision.E, need(1, NeedType.ASD, 1))).isEmpty();
    }

    @Test
    void ehcPlan_andSenSupport_withoutNeeds_requireAPrimaryNeed() {
        assertThat(check(SenProvision.E)).containsExactly("needs:primary_need_required");
        assertThat(check(SenProvision.K)).containsExactly("needs:primary_need_required");
    }

    @Test
    void secondaryNeed_withoutPrimary_isRejected() {
        List<String> errors = check(SenProvision.K, need(1, NeedType.SEMH, 2));

        assertThat(errors).containsExactly("needs:primary_need_required");
        assertThat(SenRecordRules.validate(SenProvision.K, List.of(need(1, NeedType.SEMH, 2))).get(0).message())
                .contains("secondary need");
    }

    @Test
    void nsa_withSenSupport_isValid() {
        assertThat(check(SenProvision.K, need(1, NeedType.NSA, 1))).isEmpty();
    }

    @Test
    void nsa_withEhcPlan_isRejected() {
        assertThat(check(SenProvision.E, need(1, NeedType.NSA, 1))).containsExactly("needs[0].type:not_allowed_with_provision");
        assertThat(check(SenProvision.E, need(1, NeedType.ASD, 1), need(2, NeedType.NSA, 2)))
                .containsExactly("needs[1].type:not_allowed_with_provision");
    }

    @Test
    void noSen_withOpenNeeds_isRejected_andWithoutIsValid() {
        assertThat(check(SenProvision.N, need(1, NeedType.MLD, 1))).containsExactly("needs:not_allowed");
        assertThat(check(SenProvision.N)).isEmpty();
    }

    @Test
    void twoPrimaryNeeds_areRejected() {
        assertThat(check(SenProvision.K, need(1, NeedType.SLCN, 1), need(2, NeedType.MLD, 1)))
                .containsExactly("needs[1].rank:duplicate");
    }

    @Test
    void sameTypeRankedTwice_isRejected() {
        assertThat(check(SenProvision.K, need(1, NeedType.SLCN, 1), need(2, NeedType.SLCN, 2)))
                .containsExactly("needs[1].type:duplicate");
    }

    @Test
    void everyProblem_isReportedAtOnce() {
        assertThat(check(SenProvision.E, need(1, NeedType.NSA, 2), need(2, NeedType.NSA, 2)))
                .containsExactly("needs[0].type:not_allowed_with_provision", "needs[1].type:not_allowed_with_provision",
                        "needs[1].rank:duplicate", "needs[1].type:duplicate", "needs:primary_need_required");
    }

    @Test
    void missingProvisionOrNeeds_isRequired() {
        assertThat(FieldErrorCodes.of(SenRecordRules.validate(null, List.of()))).containsExactly("provision:required");
        assertThat(FieldErrorCodes.of(SenRecordRules.validate(SenProvision.K, null))).containsExactly("needs:required");
    }

    @Test
    void openOn_keepsTheNeedsThatApplyThatDay() {
        RankedNeed ended = new RankedNeed(SenExamples.id(7), RegisterExamples.IDRIS_ID, NeedType.SLCN, 2,
                LocalDate.of(2021, 1, 11), SenExamples.IDRIS_E_FROM);
        List<RankedNeed> all = List.of(ended, SenExamples.idrisPrimaryNeed(), SenExamples.idrisSecondaryNeed());

        List<RankedNeed> open = SenRecordRules.openOn(all, RegisterExamples.TODAY);

        assertThat(open).containsExactly(SenExamples.idrisPrimaryNeed(), SenExamples.idrisSecondaryNeed());
        assertThat(SenRecordRules.primaryNeed(open)).contains(SenExamples.idrisPrimaryNeed());
        assertThat(SenRecordRules.validate(SenExamples.idrisHistory().provisionOn(RegisterExamples.TODAY), open)).isEmpty();
    }
}
