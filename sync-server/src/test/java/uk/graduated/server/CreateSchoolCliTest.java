package uk.graduated.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import uk.graduated.server.config.ExternalDatabase;
import uk.graduated.server.testing.ApiClient;

/** {@code sync-server create-school}: the first run of a server for a new school. */
class CreateSchoolCliTest {
    @TempDir
    Path dataDir;

    @Test
    void createSchool_printsAOneTimePasswordThatSignsTheSencoIn() {
        ExternalDatabase database = TestPostgres.freshDatabase();
        StringWriter out = new StringWriter();

        int exitCode = Main.commandLine(Map.of()).setOut(new PrintWriter(out)).execute(
                "--data", dataDir.toString(), "--jdbc-url", database.jdbcUrl(), "--db-user", database.user(),
                "create-school", "--name", "Larkspur Vale Primary School", "--senco-name", "Ms Okafor",
                "--senco-email", "senco@larkspur.example.org");

        assertThat(exitCode).isZero();
        Matcher password = Pattern.compile("Password, shown only this once: (\\S+)").matcher(out.toString());
        assertThat(password.find()).as(out.toString()).isTrue();
        assertThat(out.toString()).contains("Created school \"Larkspur Vale Primary School\"",
                "SENCO: Ms Okafor <senco@larkspur.example.org>");
        try (GraduatedServer server = GraduatedServer.start(TestServers.config(dataDir, database))) {
            ApiClient.Reply signIn = new ApiClient(server.baseUrl()).post("/api/v1/session/password",
                    "{\"email\":\"senco@larkspur.example.org\",\"password\":\"" + password.group(1) + "\"}");
            assertThat(signIn.status()).isEqualTo(200);
            assertThat(signIn.json().getAsJsonObject("staff").get("roles").toString()).isEqualTo("[\"senco\"]");
        }
    }

    @Test
    void createSchool_takesThePasswordFromTheEnvironment_andDoesNotPrintIt() {
        ExternalDatabase database = TestPostgres.freshDatabase();
        StringWriter out = new StringWriter();

        int exitCode = Main.commandLine(Map.of("GRADUATED_SENCO_PASSWORD", "chosen-by-the-installer"))
                .setOut(new PrintWriter(out))
                .execute("--jdbc-url", database.jdbcUrl(), "--db-user", database.user(), "--data", dataDir.toString(),
                        "create-school", "--name", "Hollowmere Infant School", "--senco-name", "Mr Holloway",
                        "--senco-email", "senco@hollowmere.example.org");

        assertThat(exitCode).isZero();
        assertThat(out.toString()).contains("as given in GRADUATED_SENCO_PASSWORD").doesNotContain("chosen-by-the-installer");
    }

    @Test
    void createSchool_withAnInvalidEmailOrShortPassword_namesTheOptionAndExitsWith2() {
        ExternalDatabase database = TestPostgres.freshDatabase();
        StringWriter err = new StringWriter();

        int exitCode = Main.commandLine(Map.of("GRADUATED_SENCO_PASSWORD", "short"))
                .setErr(new PrintWriter(err))
                .execute("--jdbc-url", database.jdbcUrl(), "--db-user", database.user(), "--data", dataDir.toString(),
                        "create-school", "--name", "Brackenfold Nursery", "--senco-name", "Ms Rowe",
                        "--senco-email", "no-at-sign");

        assertThat(exitCode).isEqualTo(2);
        assertThat(err.toString()).contains("--senco-email: email must look like name@example.org");
    }

    @Test
    void createSchool_withAPhase_storesIt_soTheSchoolRecordSyncsToTablets() {
        ExternalDatabase database = TestPostgres.freshDatabase();
        StringWriter out = new StringWriter();

        int exitCode = Main.commandLine(Map.of("GRADUATED_SENCO_PASSWORD", "chosen-by-the-installer"))
                .setOut(new PrintWriter(out))
                .execute("--jdbc-url", database.jdbcUrl(), "--db-user", database.user(), "--data", dataDir.toString(),
                        "create-school", "--name", "Brackenfold Nursery", "--phase", "nursery", "--senco-name", "Ms Rowe",
                        "--senco-email", "senco@brackenfold.example.org");

        assertThat(exitCode).isZero();
        assertThat(out.toString()).contains("enter the term dates on the School page");
        try (GraduatedServer server = GraduatedServer.start(TestServers.config(dataDir, database))) {
            String phase = server.database().jdbi().withHandle(h -> h.createQuery(
                    "select phase from school where name = 'Brackenfold Nursery'").mapTo(String.class).one());
            assertThat(phase).isEqualTo("nursery");
        }
    }

    @Test
    void createSchool_withAnUnknownPhase_namesTheOptionAndExitsWith2() {
        StringWriter err = new StringWriter();

        int exitCode = Main.commandLine(Map.of()).setErr(new PrintWriter(err)).execute("create-school", "--name", "X",
                "--phase", "sixth-form", "--senco-name", "Ms Rowe", "--senco-email", "senco@x.example.org");

        assertThat(exitCode).isEqualTo(2);
        assertThat(err.toString()).contains("--phase: expected nursery, primary, secondary or all_through");
    }

    @Test
    void createSchool_withoutItsRequiredOptions_isAUsageError() {
        StringWriter err = new StringWriter();

        int exitCode = Main.commandLine(Map.of()).setErr(new PrintWriter(err)).execute("create-school", "--name", "X");

        assertThat(exitCode).isEqualTo(2);
        assertThat(err.toString()).contains("Missing required options", "--senco-email", "--senco-name");
    }
}
