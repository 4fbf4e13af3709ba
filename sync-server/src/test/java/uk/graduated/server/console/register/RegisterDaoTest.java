package uk.graduated.server.console.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import uk.graduated.model.pupil.YearGroup;
import uk.graduated.model.sen.BroadArea;
import uk.graduated.model.sen.NeedType;
import uk.graduated.model.sen.SenProvision;
import uk.graduated.server.console.ConsoleTestSchool;
import uk.graduated.server.console.DemoFixture;
import uk.graduated.server.demo.DemoSize;

/** The register query over the demo school (60 on the register, 15 of them with an EHC plan). */
class RegisterDaoTest {
    private final Jdbi jdbi = DemoFixture.database().jdbi();
    private final ConsoleTestSchool.Loaded school = DemoFixture.school();
    private final LocalDate today = school.demo().referenceDate();

    @Test
    void noFilter_showsEveryoneOnTheRegister_bySurname() {
        List<RegisterRow> rows = find(filter(Set.of(), null, null, null, null));

        assertThat(rows).hasSize(DemoSize.PRIMARY.onRegister())
                .allMatch(r -> r.provision().isOnRegister())
                .isSortedAccordingTo((a, b) -> lastName(a).compareToIgnoreCase(lastName(b)));
    }

    @Test
    void provisionE_showsThePupilsWithAnEhcPlan() {
        assertThat(find(filter(Set.of(SenProvision.E), null, null, null, null)))
                .hasSize(DemoSize.PRIMARY.withEhcPlan()).allMatch(r -> r.provision() == SenProvision.E);
    }

    @Test
    void aNeedType_matchesItAtEitherRank() {
        List<RegisterRow> rows = find(filter(Set.of(), NeedType.SLCN, null, null, null));

        assertThat(rows).isNotEmpty()
                .allMatch(r -> r.primaryNeed() == NeedType.SLCN || r.secondaryNeed() == NeedType.SLCN);
    }

    @Test
    void aBroadArea_matchesEveryTypeInIt() {
        List<RegisterRow> rows = find(filter(Set.of(), null, BroadArea.SEMH, null, null));

        assertThat(rows).isNotEmpty()
                .allMatch(r -> r.primaryNeed() == NeedType.SEMH || r.secondaryNeed() == NeedType.SEMH);
    }

    @Test
    void aYearGroup_narrowsToThatYear() {
        assertThat(find(filter(Set.of(), null, null, YearGroup.Y3, null))).isNotEmpty()
                .allMatch(r -> r.year() == YearGroup.Y3);
    }

    @Test
    void search_findsByPartOfANameIgnoringCase_orByTheWholeUpn() {
        RegisterRow someone = find(filter(Set.of(), null, null, null, null)).get(7);
        String part = someone.pupil().name().substring(1, 4).toUpperCase(Locale.ROOT);

        assertThat(find(filter(Set.of(), null, null, null, part))).extracting(RegisterRow::pupil).contains(someone.pupil());
        assertThat(find(filter(Set.of(), null, null, null, someone.upn().toLowerCase(Locale.ROOT))))
                .extracting(RegisterRow::pupil).containsExactly(someone.pupil());
    }

    @Test
    void searchWildcards_areTakenLiterally() {
        assertThat(find(filter(Set.of(), null, null, null, "%"))).isEmpty();
    }

    @Test
    void countsByNeed_addUpToThePupilsShown() {
        RegisterView view = new RegisterView(filter(Set.of(), null, null, null, null),
                find(filter(Set.of(), null, null, null, null)), List.of());

        assertThat(view.byPrimaryNeed().stream().mapToLong(RegisterView.Count::pupils).sum()).isEqualTo(view.rows().size());
        assertThat(view.byBroadArea().stream().mapToLong(RegisterView.Count::pupils).sum()).isEqualTo(view.rows().size());
    }

    private List<RegisterRow> find(RegisterFilter filter) {
        return jdbi.withHandle(h -> new RegisterDao(h, school.schoolId()).find(filter, today));
    }

    private static RegisterFilter filter(Set<SenProvision> provisions, NeedType need, BroadArea area, YearGroup year,
            String search) {
        return new RegisterFilter(provisions.isEmpty() ? EnumSet.noneOf(SenProvision.class) : EnumSet.copyOf(provisions),
                need, area, year, null, false, false, false, search);
    }

    private static String lastName(RegisterRow row) {
        String name = row.pupil().name();
        return name.substring(name.lastIndexOf(' ') + 1);
    }
}
