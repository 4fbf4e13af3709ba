package uk.graduated.model.sen;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SenCodesTest {
    @Test
    void provision_codes_areTheCensusLetters() {
        assertThat(Arrays.stream(SenProvision.values()).map(SenProvision::censusCode)).containsExactly("E", "K", "N");
        for (SenProvision p : SenProvision.values()) {
            assertThat(SenProvision.fromCode(p.censusCode())).contains(p);
        }
        assertThat(SenProvision.fromCode("e")).isEmpty();
        assertThat(SenProvision.fromCode("S")).isEmpty();
    }

    @Test
    void onlyEandK_areOnTheRegister() {
        assertThat(SenProvision.E.isOnRegister()).isTrue();
        assertThat(SenProvision.K.isOnRegister()).isTrue();
        assertThat(SenProvision.N.isOnRegister()).isFalse();
    }

    @Test
    void needTypes_areTheThirteenCensusCodes() {
        assertThat(Arrays.stream(NeedType.values()).map(NeedType::censusCode).collect(Collectors.toList()))
                .containsExactly("SPLD", "MLD", "SLD", "PMLD", "SLCN", "ASD", "SEMH", "HI", "VI", "MSI", "PD", "OTH", "NSA");
        for (NeedType t : NeedType.values()) {
            assertThat(NeedType.fromCode(t.censusCode())).contains(t);
        }
    }

    @Test
    void needTypes_sitInTheirBroadArea() {
        assertThat(NeedType.SPLD.broadArea()).contains(BroadArea.COGNITION_AND_LEARNING);
        assertThat(NeedType.PMLD.broadArea()).contains(BroadArea.COGNITION_AND_LEARNING);
        assertThat(NeedType.SLCN.broadArea()).contains(BroadArea.COMMUNICATION_AND_INTERACTION);
        assertThat(NeedType.ASD.broadArea()).contains(BroadArea.COMMUNICATION_AND_INTERACTION);
        assertThat(NeedType.SEMH.broadArea()).contains(BroadArea.SEMH);
        assertThat(NeedType.MSI.broadArea()).contains(BroadArea.SENSORY_AND_PHYSICAL);
        assertThat(NeedType.PD.broadArea()).contains(BroadArea.SENSORY_AND_PHYSICAL);
        assertThat(NeedType.OTH.broadArea()).isEmpty();
        assertThat(NeedType.NSA.broadArea()).isEmpty();
    }

    @Test
    void nsa_fitsOnlySenSupport_othersFitEandK() {
        assertThat(NeedType.NSA.isAllowedWith(SenProvision.K)).isTrue();
        assertThat(NeedType.NSA.isAllowedWith(SenProvision.E)).isFalse();
        assertThat(NeedType.NSA.isAllowedWith(SenProvision.N)).isFalse();
        assertThat(NeedType.ASD.isAllowedWith(SenProvision.E)).isTrue();
        assertThat(NeedType.ASD.isAllowedWith(SenProvision.N)).isFalse();
    }

    @Test
    void broadArea_codes_roundTrip() {
        for (BroadArea a : BroadArea.values()) {
            assertThat(BroadArea.fromCode(a.code())).contains(a);
        }
        assertThat(BroadArea.SEMH.label()).isEqualTo("Social, emotional and mental health");
    }
}
