package uk.graduated.server.console.pupil;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import uk.graduated.model.sen.NeedType;
import uk.graduated.model.sen.RankedNeed;
import uk.graduated.model.sen.SenProvision;

class NeedChangesTest {
    private static final UUID PUPIL = UUID.fromString("0b8a3f1e-7c2d-4e5f-9a6b-1c2d3e4f5a6b");
    private static final LocalDate START = LocalDate.of(2025, 9, 8);
    private final RankedNeed spld = need(NeedType.SPLD, 1);
    private final RankedNeed slcn = need(NeedType.SLCN, 2);

    @Test
    void addingASecondaryNeed_besideAPrimary_isAccepted() {
        RankedNeed semh = need(NeedType.SEMH, 2);

        NeedChanges.Outcome outcome = NeedChanges.add(SenProvision.K, List.of(spld), semh);

        assertThat(outcome.accepted()).isTrue();
        assertThat(outcome.writes()).containsExactly(semh);
        assertThat(outcome.summary()).isEqualTo("SEMH added as the secondary need.");
    }

    @Test
    void addingATypeAlreadyRanked_namesTheTypeAgainstTheTypeField() {
        NeedChanges.Outcome outcome = NeedChanges.add(SenProvision.K, List.of(spld), need(NeedType.SPLD, 2));

        assertThat(outcome.accepted()).isFalse();
        assertThat(outcome.fieldErrors()).containsEntry("type",
                "SPLD is already one of this pupil's open needs; a type is ranked once.");
    }

    @Test
    void addingARankAlreadyHeld_saysWhichNeedHoldsIt() {
        NeedChanges.Outcome outcome = NeedChanges.add(SenProvision.K, List.of(spld), need(NeedType.MLD, 1));

        assertThat(outcome.fieldErrors()).containsEntry("rank",
                "Rank 1 (primary) is already held by SPLD. Choose the other rank, or change SPLD first.");
    }

    @Test
    void nsa_withAnEhcPlan_isRefusedWithTheReason() {
        NeedChanges.Outcome outcome = NeedChanges.add(SenProvision.E, List.of(spld), need(NeedType.NSA, 2));

        assertThat(outcome.fieldErrors().get("type")).startsWith("NSA (SEN support but no specialist assessment) goes only"
                + " with SEN support (K); this pupil has EHC plan (E).");
    }

    @Test
    void aPupilWithNoSen_cannotHaveANeedAdded() {
        NeedChanges.Outcome outcome = NeedChanges.add(SenProvision.N, List.of(), need(NeedType.SPLD, 1));

        assertThat(outcome.formErrors()).singleElement().asString().startsWith("This pupil has no SEN (N) today");
    }

    @Test
    void changingTheSecondaryToRankOne_swapsTheTwoNeeds() {
        NeedChanges.Outcome outcome = NeedChanges.change(SenProvision.K, List.of(spld, slcn), slcn, NeedType.SLCN, 1);

        assertThat(outcome.accepted()).isTrue();
        assertThat(outcome.writes()).extracting(RankedNeed::type, RankedNeed::rank)
                .containsExactly(tuple(NeedType.SLCN, 1),
                        tuple(NeedType.SPLD, 2));
        assertThat(outcome.summary()).isEqualTo("SLCN is now the primary need. SPLD is now the secondary need.");
    }

    @Test
    void demotingTheOnlyNeed_leavesNoPrimary_andIsRefused() {
        NeedChanges.Outcome outcome = NeedChanges.change(SenProvision.K, List.of(spld), spld, NeedType.SPLD, 2);

        assertThat(outcome.formErrors()).containsExactly(
                "A pupil with SEN support (K) needs a primary need (rank 1): make this need or another one rank 1.");
    }

    @Test
    void changingTheType_keepsTheNeedsIdAndStartDate() {
        NeedChanges.Outcome outcome = NeedChanges.change(SenProvision.K, List.of(spld, slcn), spld, NeedType.MLD, 1);

        assertThat(outcome.writes()).singleElement()
                .isEqualTo(new RankedNeed(spld.id(), PUPIL, NeedType.MLD, 1, START, null));
    }

    @Test
    void changingNothing_isSaidSo() {
        NeedChanges.Outcome outcome = NeedChanges.change(SenProvision.K, List.of(spld), spld, NeedType.SPLD, 1);

        assertThat(outcome.accepted()).isFalse();
        assertThat(outcome.formErrors()).containsExactly("Nothing changed: choose a different need or rank.");
    }

    private static RankedNeed need(NeedType type, int rank) {
        return new RankedNeed(UUID.randomUUID(), PUPIL, type, rank, START, null);
    }
}
