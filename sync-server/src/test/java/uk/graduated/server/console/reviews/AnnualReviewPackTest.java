package uk.graduated.server.console.reviews;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.graduated.model.sen.NeedType;
import uk.graduated.model.sen.SenProvision;
import uk.graduated.model.session.Rating;
import uk.graduated.model.sync.ErrorCode;
import uk.graduated.server.auth.ApiException;
import uk.graduated.server.auth.Principal;
import uk.graduated.server.console.HandMadeFixture;
import uk.graduated.server.console.HandMadeSchool;
import uk.graduated.server.console.pdf.PdfReading;
import uk.graduated.server.console.pupil.PupilService;

/** Amara's annual review pack in the hand-made school, worked out by hand. */
class AnnualReviewPackTest {
    private final HandMadeSchool.Loaded school = HandMadeFixture.school();
    private final AnnualReviewPack packs = new AnnualReviewPack(HandMadeFixture.database().jdbi(), HandMadeSchool.clock(),
            new PupilService(HandMadeFixture.database().jdbi(), HandMadeSchool.clock()));

    @Test
    void interventions_countPlannedDeliveredAndAttendedSessions_andShareTheCost() {
        PackView pack = packs.load(school.sencoPrincipal(), school.pupil("Amara").id());

        assertThat(pack.from()).isEqualTo(LocalDate.of(2025, 11, 24));
        assertThat(pack.interventions()).extracting(InterventionLine::name, InterventionLine::planned,
                InterventionLine::delivered, InterventionLine::attended, InterventionLine::attendedMinutes,
                InterventionLine::pupilsSharing, InterventionLine::costSharePence, InterventionLine::absences)
                .containsExactly(
                        // Fridays 11 Sep to 20 Nov but half-term's 23 Oct; 45 min x GBP 20.00/h x 3 = GBP 45.00
                        // + GBP 45.00 resources, shared by 2
                        tuple("Lego therapy", 10, 3, 3, 135L, 2, 4500L, ""),
                        // Mondays and Wednesdays 7 Sep to 23 Nov but half-term's 19 and 21 Oct; 150 min x GBP 18.00/h
                        // = GBP 45.00 + GBP 120.00, shared by 3
                        tuple("Talk Boost (KS1)", 21, 5, 4, 120L, 3, 5500L, "Ill 1"));
        assertThat(pack.totalCostPence()).isEqualTo(10000);
        assertThat(pack.totalAttendedMinutes()).isEqualTo(255);
    }

    @Test
    void targets_summariseTheirRatings_firstAgainstLatest() {
        PackView pack = packs.load(school.sencoPrincipal(), school.pupil("Amara").id());

        assertThat(pack.targets()).singleElement().satisfies(line -> {
            assertThat(line.target().id()).isEqualTo(school.amaraTarget());
            assertThat(line.sessionsRated()).isEqualTo(4);
            assertThat(line.first().rating()).isEqualTo(Rating.NOT_YET);
            assertThat(line.first().date()).isEqualTo(LocalDate.of(2026, 11, 2));
            assertThat(line.latest().rating()).isEqualTo(Rating.WITH_SOME_HELP);
            assertThat(line.latest().date()).isEqualTo(LocalDate.of(2026, 11, 16));
            assertThat(line.change()).isEqualTo(2);
        });
    }

    @Test
    void thePupil_needs_ehcDates_andObservations_areThoseOfTheRecord() {
        PackView pack = packs.load(school.sencoPrincipal(), school.pupil("Amara").id());

        assertThat(pack.provision()).isEqualTo(SenProvision.E);
        assertThat(pack.provisionSince()).isEqualTo(LocalDate.of(2025, 3, 1));
        assertThat(pack.needs()).extracting(n -> n.type()).containsExactly(NeedType.SLCN, NeedType.SEMH);
        assertThat(pack.ehc().reviewDueDate()).isEqualTo(LocalDate.of(2026, 11, 9));
        assertThat(pack.cycle().reviewDate()).isEqualTo(LocalDate.of(2026, 12, 11));
        assertThat(pack.observations()).hasSize(2).first().satisfies(o -> assertThat(o.text()).contains("tower"));
    }

    @Test
    void thePdf_holdsThePupilTheFiguresAndTheSpaceForTheMeeting(@TempDir Path temp) throws IOException {
        PackView pack = packs.load(school.sencoPrincipal(), school.pupil("Amara").id());

        byte[] pdf = AnnualReviewPdf.render(pack, school.schoolName());

        Files.write(temp.resolve("annual-review.pdf"), pdf);
        String text = PdfReading.text(pdf);
        assertThat(text).contains("Annual review pack: Amara Quill", "Hollin Brook Primary School", "12 Apr 2019",
                school.pupil("Amara").upn().value(), "E: EHC plan since 1 Mar 2025", "SLCN: Speech, language",
                "9 Nov 2026", "Uses three-word sentences", "Not yet\n2 Nov 2026", "With some help\n16 Nov 2026", "+2",
                "Talk Boost (KS1)", "£55.00", "£45.00", "£100.00", "4 h 15 min", "87.5%", "Ill 1",
                "took turns without a prompt", "Pupil's views", "Parents' or carers' views", "Professionals' views",
                "Agreed outcomes");
        assertThat(PdfReading.pageCount(pdf)).isEqualTo(3);
        assertThat(text).contains("Page 3 of 3");
    }

    @Test
    void aPupilOfAnotherSchool_isNotFound() {
        Principal elsewhere = new Principal(UUID.randomUUID(), school.senco().member().id(), null,
                school.senco().member().roles());

        ApiException refusal = catchThrowableOfType(ApiException.class,
                () -> packs.load(elsewhere, school.pupil("Amara").id()));

        assertThat(refusal.code()).isEqualTo(ErrorCode.NOT_FOUND);
    }
}
