package uk.graduated.server.console.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.graduated.model.pupil.Upn;
import uk.graduated.model.school.Role;
import uk.graduated.server.TestPostgres;
import uk.graduated.server.TestServers;
import uk.graduated.server.auth.Principal;
import uk.graduated.server.console.MovableClock;
import uk.graduated.server.console.imports.ImportService;
import uk.graduated.server.db.Database;
import uk.graduated.server.sync.PushService;
import uk.graduated.server.testing.TestAccounts;

/** The audit trail of a small school: views and exports from the access log, changes from the record history. */
class AuditServiceTest {
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final String UPN_1 = Upn.withCheckLetter("801200126011").value();
    private static final String UPN_2 = Upn.withCheckLetter("801200126012").value();
    private static final PupilAccessLog.Origin OFFICE = new PupilAccessLog.Origin("192.0.2.20", "Office laptop");

    private static Database database;
    private static Jdbi jdbi;
    private MovableClock clock;
    private LocalDate dayTwo;
    private Principal senco;
    private Principal deputy;
    private UUID amara;
    private UUID tomasz;
    private AuditService audit;

    @BeforeAll
    static void startDatabase() throws IOException {
        database = Database.start(TestServers.config(Files.createTempDirectory("audit-test"), TestPostgres.freshDatabase()));
        jdbi = database.jdbi();
    }

    @AfterAll
    static void stopDatabase() {
        database.close();
    }

    /**
     * The SENCO imports two pupils (the record history takes the database's time, so the school clock
     * starts with it); the next day at 10:00 a second SENCO views Amara, at 11:00 the SENCO exports
     * Amara's CTF section, and at 09:00 the day after views Tomasz.
     */
    @BeforeEach
    void schoolWithAHistory() {
        TestAccounts accounts = new TestAccounts(jdbi);
        TestAccounts.School school = accounts.createSchool("Larkspur Vale Primary School");
        TestAccounts.Person second = accounts.createStaff(school, "Mr Penhale", Role.SENCO);
        senco = new Principal(school.id(), school.senco().id(), null, Set.of(Role.SENCO));
        deputy = new Principal(school.id(), second.id(), null, Set.of(Role.SENCO));
        clock = new MovableClock(Instant.now().plusSeconds(60), LONDON);
        PupilAccessLog log = new PupilAccessLog(jdbi, clock);
        String file = "UPN,Forename,Surname,Date of birth,Year group,SEN provision,Primary need\n"
                + UPN_1 + ",Amara,Okonjo,03/05/2018,2,K,SPLD\n" + UPN_2 + ",Tomasz,Wren,21/11/2017,3,,\n";
        new ImportService(jdbi, clock, new PushService(jdbi, clock), log)
                .confirm(senco, "roll.csv", file.getBytes(StandardCharsets.UTF_8), false, OFFICE);
        amara = pupilId(school.id(), UPN_1);
        tomasz = pupilId(school.id(), UPN_2);
        dayTwo = LocalDate.now(clock).plusDays(1);
        clock.advance(Duration.between(clock.instant(), dayTwo.atTime(10, 0).atZone(LONDON).toInstant()));
        log.record(deputy, amara, AccessAction.VIEWED_PUPIL, new PupilAccessLog.Origin("192.0.2.33",
                "Mozilla/5.0 (iPad; CPU OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 "
                        + "Mobile/15E148 Safari/604.1"));
        clock.advance(Duration.ofHours(1));
        log.record(senco, amara, AccessAction.EXPORTED_CTF, OFFICE);
        clock.advance(Duration.ofHours(22));
        log.record(senco, tomasz, AccessAction.VIEWED_PUPIL, OFFICE);
        audit = new AuditService(jdbi, clock);
    }

    @Test
    void everything_newestFirst_withViewsExportsImportsAndChanges() {
        AuditView view = audit.load(senco, filter(null, null, null, null, null));

        assertThat(view.entries()).extracting(e -> e.pupilName() + ": " + e.what()).containsExactly(
                "Tomasz Wren: Viewed the pupil's record",
                "Amara Okonjo: Exported the CTF SEN section (XML)",
                "Amara Okonjo: Viewed the pupil's record",
                // the import: one access entry per pupil, then each record it wrote, latest first
                "Tomasz Wren: Written by a CSV import from the MIS",
                "Amara Okonjo: Written by a CSV import from the MIS",
                "Tomasz Wren: Added pupil details",
                "Amara Okonjo: Added a need",
                "Amara Okonjo: Added SEN provision",
                "Amara Okonjo: Added pupil details");
        AuditEntry view1 = view.entries().get(2);
        assertThat(view1.staffName()).isEqualTo("Mr Penhale");
        assertThat(view1.where()).isEqualTo("192.0.2.33 · Safari on iPad");
        assertThat(view1.at().toLocalDate()).isEqualTo(dayTwo);
        assertThat(view.entries().get(5).where()).isEqualTo("Console");
        assertThat(view.entries().get(5).staffName()).isEqualTo("Ms Okafor");
        assertThat(view.hasNext()).isFalse();
    }

    @Test
    void filters_byPupil_staff_action_andDates_narrowTheList() {
        assertThat(audit.load(senco, filter(amara, null, null, null, null)).entries())
                .extracting(AuditEntry::what).containsExactly("Exported the CTF SEN section (XML)",
                        "Viewed the pupil's record", "Written by a CSV import from the MIS", "Added a need",
                        "Added SEN provision", "Added pupil details");
        assertThat(audit.load(senco, filter(null, deputy.staffId(), null, null, null)).entries())
                .extracting(AuditEntry::what).containsExactly("Viewed the pupil's record");
        assertThat(audit.load(senco, filter(null, null, "viewed_pupil", null, null)).entries())
                .extracting(AuditEntry::pupilName).containsExactly("Tomasz Wren", "Amara Okonjo");
        assertThat(audit.load(senco, filter(tomasz, null, AuditFilter.CHANGED, null, null)).entries())
                .extracting(AuditEntry::what).containsExactly("Added pupil details");
        assertThat(audit.load(senco, filter(null, null, null, dayTwo, dayTwo)).entries())
                .extracting(AuditEntry::what).containsExactly("Exported the CTF SEN section (XML)",
                        "Viewed the pupil's record");
    }

    @Test
    void anotherSchool_seesNoneOfIt() {
        TestAccounts.School other = new TestAccounts(jdbi).createSchool("Hollins Brook Primary School");
        Principal otherSenco = new Principal(other.id(), other.senco().id(), null, Set.of(Role.SENCO));

        assertThat(audit.load(otherSenco, filter(amara, null, null, null, null)).entries()).isEmpty();
        assertThat(audit.load(otherSenco, filter(null, null, null, null, null)).entries()).isEmpty();
    }

    private static AuditFilter filter(UUID pupil, UUID staff, String action, LocalDate from, LocalDate to) {
        return new AuditFilter(pupil, staff, action, from, to, 1);
    }

    private static UUID pupilId(UUID school, String upn) {
        return jdbi.withHandle(h -> h.createQuery("select id from pupil where school_id = :s and upn = :u")
                .bind("s", school).bind("u", upn).mapTo(UUID.class).one());
    }
}
