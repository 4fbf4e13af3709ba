package uk.graduated.server.console.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.graduated.model.pupil.Upn;
import uk.graduated.model.school.Role;
import uk.graduated.model.validation.FieldError;
import uk.graduated.server.TestPostgres;
import uk.graduated.server.TestServers;
import uk.graduated.server.auth.Principal;
import uk.graduated.server.console.MovableClock;
import uk.graduated.server.console.audit.PupilAccessLog;
import uk.graduated.server.console.pupil.PushedNeedWriter;
import uk.graduated.server.db.Database;
import uk.graduated.server.sync.PushService;
import uk.graduated.server.testing.TestAccounts;

/** Importing an MIS export into a fresh school on a real PostgreSQL: preview, confirm, import again. */
class ImportServiceTest {
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
    static final String HEADER = "UPN,Forename,Surname,Date of birth,Year group,Class,SEN provision,Primary need,"
            + "Secondary need,Looked after,Pupil premium,EAL";
    static final String UPN_1 = Upn.withCheckLetter("801200126001").value();
    static final String UPN_2 = Upn.withCheckLetter("801200126002").value();
    static final String UPN_3 = Upn.withCheckLetter("801200126003").value();
    private static final PupilAccessLog.Origin ORIGIN = new PupilAccessLog.Origin("192.0.2.10", "Test browser");

    private static Database database;
    private static Jdbi jdbi;
    private Principal senco;
    private ImportService imports;
    private MovableClock clock;

    @BeforeAll
    static void startDatabase() throws IOException {
        database = Database.start(TestServers.config(Files.createTempDirectory("import-test"),
                TestPostgres.freshDatabase()));
        jdbi = database.jdbi();
    }

    @AfterAll
    static void stopDatabase() {
        database.close();
    }

    @BeforeEach
    void freshSchool() {
        TestAccounts.School school = new TestAccounts(jdbi).createSchool("Larkspur Vale Primary School");
        senco = new Principal(school.id(), school.senco().id(), null, Set.of(Role.SENCO));
        clock = new MovableClock(TODAY.atTime(10, 0).atZone(LONDON).toInstant(), LONDON);
        imports = new ImportService(jdbi, clock, new PushService(jdbi, clock), new PupilAccessLog(jdbi, clock));
    }

    @Test
    void preview_ofAValidFile_listsNewPupils_andWritesNothing() {
        ImportPlan plan = imports.preview(senco, csv(
                UPN_1 + ",Amara,Okonjo,03/05/2018,2,Oak,K,SPLD,,N,Y,N",
                UPN_2 + ",Tomasz,Wren,2017-11-21,3,Ash,,,,Y,N,Y",
                UPN_3 + ",Isla,Brackley,14/01/2019,1,Elm,E,ASD,SLCN,N,N,N"));

        assertThat(plan.rows()).extracting(PlannedRow::outcome).containsOnly(PlannedRow.Outcome.NEW);
        assertThat(plan.count(PlannedRow.Outcome.NEW)).isEqualTo(3);
        assertThat(plan.rows().get(0).changes()).containsExactly("Year 2, Oak",
                "SEN provision: N (No SEN) → K (SEN support)", "Primary need: none → SPLD");
        assertThat(plan.rows().get(0).number()).isEqualTo(2);
        assertThat(pupilCount()).isZero();
    }

    @Test
    void confirm_writesPupilsProvisionAndNeeds_throughTheSyncWritePath() {
        byte[] file = csv(
                UPN_1 + ",Amara,Okonjo,03/05/2018,2,Oak,K,SPLD,,N,Y,N",
                UPN_3 + ",Isla,Brackley,14/01/2019,1,Elm,E,ASD,SLCN,N,N,N");

        ImportService.Confirmation done = imports.confirm(senco, "roll.csv", file, false, ORIGIN);

        assertThat(done.status()).isEqualTo(ImportService.Status.WRITTEN);
        assertThat(done.result().created()).isEqualTo(2);
        assertThat(pupilCount()).isEqualTo(2);
        UUID isla = pupilId(UPN_3);
        assertThat(query("select provision || ' from ' || start_date from sen_provision where pupil_id = ?", isla))
                .containsExactly("E from 2026-03-10");
        assertThat(query("select rank || ' ' || type from sen_need where pupil_id = ? order by rank", isla))
                .containsExactly("1 ASD", "2 SLCN");
        UUID consoleWriter = PushedNeedWriter.consoleWriterId(senco.schoolId());
        assertThat(query("select distinct device_id::text || ' ' || changed_by from record_history where school_id = ?",
                senco.schoolId())).containsExactly(consoleWriter + " " + senco.staffId());
        assertThat(query("select count(*)::text from change_log where school_id = ? and entity_type = 'pupil'",
                senco.schoolId())).containsExactly("2");
        assertThat(query("select action || ' ' || ip from access_log where school_id = ?", senco.schoolId()))
                .containsExactly("imported_csv 192.0.2.10", "imported_csv 192.0.2.10");
    }

    @Test
    void badRows_areReportedCellByCell_withMessagesThatSayWhatToFix() {
        String wrongCheckLetter = (UPN_1.charAt(0) == 'A' ? "B" : "A") + UPN_1.substring(1);
        ImportPlan plan = imports.preview(senco, csv(
                wrongCheckLetter + ",Amara,Okonjo,03/05/2018,2,Oak,K,SPLD,,N,Y,N",
                UPN_2 + ",Tomasz,Wren,21/11/2027,3,Ash,K,DYS,,N,N,N",
                UPN_3 + ",=HYPERLINK(\"http://x\"),Brackley,31/02/2019,Year 14,Elm,K,,,Maybe,N,N",
                Upn.withCheckLetter("801200126004").value() + ",Jonah,Pell,01/09/2018,2,Oak,E,NSA,,N,N,N",
                Upn.withCheckLetter("801200126005").value() + ",Ruby,Sefton,02/09/2018,2,Oak,,SPLD,,N,N,N",
                UPN_2 + ",Tomasz,Wren,21/11/2017,3,Ash,,,,N,N,N"));

        assertThat(messages(plan, 2)).containsExactly(
                "UPN check letter does not match the rest; check it was copied correctly");
        assertThat(messages(plan, 3)).containsExactly(
                "Date of birth Sun 21 Nov 2027 is in the future",
                "Primary need \"DYS\" is not a census need code (SPLD, MLD, SLD, PMLD, SLCN, ASD, SEMH, HI, VI, MSI, "
                        + "PD, OTH, NSA)",
                "UPN " + UPN_2 + " is also on row 7; a pupil may appear once");
        assertThat(messages(plan, 4)).containsExactly(
                "Forename starts with \"=\", which a spreadsheet would run as a formula; correct it in the MIS",
                "Date of birth \"31/02/2019\" is not a date: use dd/mm/yyyy (e.g. 03/05/2016) or yyyy-mm-dd",
                "Year group \"Year 14\" is not a year group: use N1, N2, R or 1 to 13",
                "Looked after \"Maybe\" is not yes or no (Y/N, Yes/No, True/False or 1/0)",
                "Primary need is blank: SEN provision K needs one");
        assertThat(messages(plan, 5)).containsExactly(
                "NSA (no specialist assessment) goes only with SEN support (K)");
        assertThat(messages(plan, 6)).containsExactly("SEN provision is blank but needs are given: give E or K");
        assertThat(messages(plan, 7)).containsExactly("UPN " + UPN_2 + " is also on row 3; a pupil may appear once");
        assertThat(plan.rows().get(0).errors()).extracting(FieldError::field).containsExactly("UPN");
        assertThat(plan.count(PlannedRow.Outcome.ERROR)).isEqualTo(6);
    }

    @Test
    void aRowWithErrors_holdsBackTheWholeImport_unlessTheValidRowsAreChosen() {
        byte[] file = csv(
                UPN_1 + ",Amara,Okonjo,03/05/2018,2,Oak,K,SPLD,,N,Y,N",
                UPN_2 + ",Tomasz,Wren,21/11/2017,3,Ash,K,DYS,,N,N,N");

        ImportService.Confirmation held = imports.confirm(senco, "roll.csv", file, false, ORIGIN);
        assertThat(held.status()).isEqualTo(ImportService.Status.HAS_ERRORS);
        assertThat(pupilCount()).isZero();

        ImportService.Confirmation valid = imports.confirm(senco, "roll.csv", file, true, ORIGIN);
        assertThat(valid.status()).isEqualTo(ImportService.Status.WRITTEN);
        assertThat(valid.result().created()).isEqualTo(1);
        assertThat(valid.result().skipped()).isEqualTo(1);
        assertThat(query("select upn from pupil where school_id = ?", senco.schoolId())).containsExactly(UPN_1);
    }

    @Test
    void importingAgain_updatesByUpn_insteadOfDuplicating() {
        imports.confirm(senco, "roll.csv", csv(
                UPN_1 + ",Amara,Okonjo,03/05/2018,2,Oak,K,SPLD,,N,Y,N",
                UPN_2 + ",Tomasz,Wren,21/11/2017,3,Ash,,,,N,N,N"), false, ORIGIN);
        UUID amara = pupilId(UPN_1);
        clock.advance(Duration.ofDays(30));

        byte[] next = csv(
                UPN_1 + ",Amara,Okonjo,03/05/2018,2,Willow,E,SPLD,SEMH,N,Y,N",
                UPN_2 + ",Tomasz,Wren,21/11/2017,3,Ash,,,,N,N,N");
        ImportPlan plan = imports.preview(senco, next);
        assertThat(plan.rows()).extracting(PlannedRow::outcome)
                .containsExactly(PlannedRow.Outcome.UPDATE, PlannedRow.Outcome.UNCHANGED);
        assertThat(plan.rows().get(0).changes()).containsExactly("Class: Oak → Willow",
                "SEN provision: K (SEN support) → E (EHC plan)", "Secondary need: none → SEMH");

        ImportService.Confirmation done = imports.confirm(senco, "roll.csv", next, false, ORIGIN);

        assertThat(done.result().updated()).isEqualTo(1);
        assertThat(done.result().unchanged()).isEqualTo(1);
        assertThat(pupilCount()).isEqualTo(2);
        assertThat(pupilId(UPN_1)).isEqualTo(amara);
        assertThat(query("select class_name from pupil where id = ?", amara)).containsExactly("Willow");
        assertThat(query("select provision || ' ' || start_date || ' ' || coalesce(end_date::text, 'open') "
                + "from sen_provision where pupil_id = ? order by start_date", amara))
                .containsExactly("K 2026-03-10 2026-04-09", "E 2026-04-09 open");
        assertThat(query("select rank || ' ' || type from sen_need where pupil_id = ? and end_date is null "
                + "order by rank", amara)).containsExactly("1 SPLD", "2 SEMH");
        assertThat(imports.preview(senco, next).rows()).extracting(PlannedRow::outcome)
                .containsOnly(PlannedRow.Outcome.UNCHANGED);
    }

    @Test
    void aPupilRegisteredWithoutUpn_isFoundByNameAndBirthDate_andGetsTheUpn() {
        imports.confirm(senco, "nursery.csv", csv(",Poppy,Lindqvist,12/06/2022,N2,Acorns,,,,N,N,N"), false, ORIGIN);

        ImportPlan plan = imports.preview(senco, csv(UPN_1 + ",poppy,LINDQVIST,12/06/2022,R,Acorns,,,,N,N,N"));

        assertThat(plan.rows().get(0).outcome()).isEqualTo(PlannedRow.Outcome.UPDATE);
        assertThat(plan.rows().get(0).changes()).contains("UPN: none → " + UPN_1, "Year group: Nursery 2 → Reception");
    }

    @Test
    void aFileWithAByteOrderMark_ukDates_andOtherMisHeaders_isRead() {
        String export = "\uFEFFUPN,Legal Forename,Legal Surname,DOB,NC Year Actual,Reg Group,SEN Status,"
                + "Primary SEN Need,Pupil Premium,Admission No\r\n"
                + UPN_1 + ",Zoë,Ó Briain,07/09/2018,Y2,2B,K,SLCN,Yes,001234\r\n";

        ImportPlan plan = imports.preview(senco, export.getBytes(StandardCharsets.UTF_8));

        PlannedRow row = plan.rows().get(0);
        assertThat(row.outcome()).isEqualTo(PlannedRow.Outcome.NEW);
        assertThat(row.pupil().legalFirstName()).isEqualTo("Zoë");
        assertThat(row.pupil().legalLastName()).isEqualTo("Ó Briain");
        assertThat(row.pupil().dateOfBirth()).isEqualTo(LocalDate.of(2018, 9, 7));
        assertThat(row.pupil().className()).isEqualTo("2B");
        assertThat(row.pupil().flags().pupilPremium()).isTrue();
        assertThat(plan.ignoredHeaders()).containsExactly("Admission No");
    }

    @Test
    void aFileThatIsNotUtf8_orLacksAColumn_isRefusedAsAWhole() {
        byte[] latin1 = (HEADER + "\n" + UPN_1 + ",Zoë,Okonjo,03/05/2018,2,Oak,,,,N,N,N\n")
                .getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> imports.preview(senco, latin1)).isInstanceOf(ImportFileException.class)
                .hasMessageStartingWith("The file is not UTF-8 text");

        byte[] noBirthDate = "UPN,Forename,Surname,Year group\nx,y,z,2\n".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> imports.preview(senco, noBirthDate)).isInstanceOf(ImportFileException.class)
                .hasMessage("The file has no \"Date of birth\" column. Check the first row holds the column names, "
                        + "as in the template.");
    }

    private static List<String> messages(ImportPlan plan, int rowNumber) {
        return plan.rows().stream().filter(r -> r.number() == rowNumber).findFirst().orElseThrow().errors().stream()
                .map(FieldError::message).toList();
    }

    static byte[] csv(String... rows) {
        return (HEADER + "\n" + String.join("\n", rows) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    private long pupilCount() {
        return jdbi.withHandle(h -> h.createQuery("select count(*) from pupil where school_id = :s")
                .bind("s", senco.schoolId()).mapTo(Long.class).one());
    }

    private UUID pupilId(String upn) {
        return jdbi.withHandle(h -> h.createQuery("select id from pupil where school_id = :s and upn = :upn")
                .bind("s", senco.schoolId()).bind("upn", upn).mapTo(UUID.class).one());
    }

    private static List<String> query(String sql, Object parameter) {
        return jdbi.withHandle(h -> h.select(sql, parameter).mapTo(String.class).list());
    }
}
