package uk.graduated.server.console.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.graduated.model.pupil.Upn;
import uk.graduated.server.GraduatedServer;
import uk.graduated.server.TestServers;
import uk.graduated.server.console.ConsoleHttp;
import uk.graduated.server.testing.TestAccounts;

/** The import pages over real HTTP: upload, preview, confirm, and what they refuse. */
class ImportPagesTest {
    @TempDir
    static Path temp;
    static GraduatedServer server;
    private TestAccounts.School school;
    private ConsoleHttp senco;

    @BeforeAll
    static void start() {
        server = TestServers.startOnFreshDatabase(temp.resolve("data"));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @BeforeEach
    void signedInSenco() {
        school = new TestAccounts(server.database()).createSchool("Larkspur Vale Primary School");
        senco = new ConsoleHttp(server.baseUrl());
        senco.signIn(school.senco());
    }

    @Test
    void upload_preview_confirm_writesOnceAndShowsWhatWasSaved() {
        String preview = upload(senco, file());
        assertThat(preview).matches("/console/import/[A-Za-z0-9_-]{24}");
        ConsoleHttp.Reply page = senco.get(preview);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Check the import", "Nothing has been saved yet", "Import 1 pupil");
        assertThat(pupils()).isZero();

        ConsoleHttp.Reply confirmed = senco.post(preview, Map.of("csrf", page.formToken(), "rows", "all"));
        assertThat(confirmed.status()).isEqualTo(303);
        assertThat(confirmed.header("Location")).isEqualTo(preview + "/done");
        assertThat(senco.get(preview + "/done").body()).contains("Import finished", "roll.csv was imported");
        ConsoleHttp.Reply again = senco.post(preview, Map.of("csrf", page.formToken(), "rows", "all"));
        assertThat(again.header("Location")).isEqualTo(preview + "/done");
        assertThat(pupils()).isEqualTo(1);
    }

    @Test
    void anUploadWithoutTheFormToken_isRefused() {
        ConsoleHttp.Reply reply = senco.postFile("/console/import", Map.of(), "file", "roll.csv", file());

        assertThat(reply.status()).isEqualTo(403);
        assertThat(reply.body()).contains("This form has expired");
    }

    @Test
    void anUploadOverTheLimit_isRefusedWithAClearMessage() {
        byte[] big = new byte[(int) ImportPages.MAX_FILE_BYTES + 200_000];
        Arrays.fill(big, (byte) 'a');
        String token = senco.get("/console/import").formToken();

        ConsoleHttp.Reply reply = senco.postFile("/console/import", Map.of("csrf", token), "file", "big.csv", big);

        assertThat(reply.status()).isEqualTo(413);
        assertThat(reply.body()).contains("The file is too large", "at most 5 MB");
    }

    @Test
    void aFileThatCannotBeRead_comesBackToTheFormWithTheReason() {
        String token = senco.get("/console/import").formToken();

        ConsoleHttp.Reply reply = senco.postFile("/console/import", Map.of("csrf", token), "file", "notes.csv",
                "Name;Class\nAmara;Oak\n".getBytes(StandardCharsets.UTF_8));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.body()).contains("The file was not read", "separated by semicolons or tabs");
    }

    @Test
    void anUpload_isOnlyForTheSessionThatMadeIt() {
        String preview = upload(senco, file());
        ConsoleHttp sameSencoElsewhere = new ConsoleHttp(server.baseUrl());
        sameSencoElsewhere.signIn(school.senco());

        assertThat(sameSencoElsewhere.get(preview).status()).isEqualTo(404);
        assertThat(sameSencoElsewhere.get("/console/import/notAnUploadIdAtAllxx").status()).isEqualTo(404);
    }

    @Test
    void theTemplate_isACsvDownloadWithTheColumns() {
        ConsoleHttp.Reply reply = senco.get("/console/import/template.csv");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.header("Content-Type")).startsWith("text/csv");
        assertThat(reply.header("Content-Disposition")).isEqualTo("attachment; filename=\"graduated-import-template.csv\"");
        assertThat(reply.header("Cache-Control")).isEqualTo("no-store");
        assertThat(ImportTemplate.bytes()).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF); // BOM, for Excel
        assertThat(reply.body()).isEqualTo("UPN,Forename,Preferred forename,Surname,Date of birth,Year group,Class,"
                + "SEN provision,Primary need,Secondary need,Looked after,Pupil premium,EAL\r\n");
    }

    /** Uploads {@code csv} and returns where the preview is. */
    private static String upload(ConsoleHttp client, byte[] csv) {
        String token = client.get("/console/import").formToken();
        ConsoleHttp.Reply reply = client.postFile("/console/import", Map.of("csrf", token), "file", "roll.csv", csv);
        assertThat(reply.status()).isEqualTo(303);
        return reply.header("Location");
    }

    private static byte[] file() {
        return ("UPN,Forename,Surname,Date of birth,Year group\n" + Upn.withCheckLetter("801200126201").value()
                + ",Amara,Okonjo,03/05/2018,2\n").getBytes(StandardCharsets.UTF_8);
    }

    private long pupils() {
        return server.database().jdbi().withHandle(h -> h.createQuery("select count(*) from pupil where school_id = :s")
                .bind("s", school.id()).mapTo(Long.class).one());
    }
}
