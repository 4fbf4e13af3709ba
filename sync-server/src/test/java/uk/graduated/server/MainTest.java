package uk.graduated.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import uk.graduated.server.config.ServerConfig;

class MainTest {
    @TempDir
    Path dataDir;

    @Test
    void parse_withoutFlagsOrEnvironment_listensOnThisMachineOnlyOnPort7070WithDataInHome() {
        ServerConfig config = parse(Map.of());

        assertThat(config.host()).isEqualTo("127.0.0.1");
        assertThat(config.port()).isEqualTo(7070);
        assertThat(config.dataDir()).isEqualTo(Path.of(System.getProperty("user.home"), ".graduated", "server"));
        assertThat(config.usesEmbeddedDatabase()).isTrue();
        assertThat(config.embeddedDatabaseDir()).isEqualTo(config.dataDir().resolve("pgdata"));
    }

    @Test
    void parse_environmentVariables_configureTheServer() {
        ServerConfig config = parse(Map.of(
                "GRADUATED_HOST", "0.0.0.0",
                "GRADUATED_PORT", "8081",
                "GRADUATED_DATA", dataDir.toString(),
                "GRADUATED_JDBC_URL", "jdbc:postgresql://db.school.example:5432/graduated",
                "GRADUATED_DB_USER", "graduated",
                "GRADUATED_DB_PASSWORD", "Tr0ub4dor"));

        assertThat(config.host()).isEqualTo("0.0.0.0");
        assertThat(config.port()).isEqualTo(8081);
        assertThat(config.dataDir()).isEqualTo(dataDir);
        assertThat(config.externalDatabase().jdbcUrl()).isEqualTo("jdbc:postgresql://db.school.example:5432/graduated");
        assertThat(config.externalDatabase().user()).isEqualTo("graduated");
        assertThat(config.externalDatabase().password()).isEqualTo("Tr0ub4dor");
    }

    @Test
    void parse_flag_winsOverTheEnvironment() {
        ServerConfig config = parse(Map.of("GRADUATED_PORT", "8081"), "--port", "9090");

        assertThat(config.port()).isEqualTo(9090);
    }

    @Test
    void parse_databaseUserWithoutJdbcUrl_isAUsageError() {
        StringWriter err = new StringWriter();
        CommandLine commandLine = Main.commandLine(Map.of()).setErr(new PrintWriter(err));

        int exitCode = commandLine.execute("--db-user", "graduated");

        assertThat(exitCode).isEqualTo(2);
        assertThat(err.toString()).contains("--db-user and --db-password need --jdbc-url");
    }

    @Test
    void parse_jdbcUrlForAnotherDatabase_isAUsageError() {
        StringWriter err = new StringWriter();
        CommandLine commandLine = Main.commandLine(Map.of()).setErr(new PrintWriter(err));

        int exitCode = commandLine.execute("--jdbc-url", "jdbc:mysql://localhost/graduated");

        assertThat(exitCode).isEqualTo(2);
        assertThat(err.toString()).contains("--jdbc-url must start with jdbc:postgresql://");
    }

    @Test
    void run_withPortTaken_printsOneLineAndExitsWith1() throws IOException {
        try (ServerSocket taken = new ServerSocket()) {
            taken.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            StringWriter err = new StringWriter();
            CommandLine commandLine = Main.commandLine(Map.of()).setErr(new PrintWriter(err));

            int exitCode = commandLine.execute("--port", Integer.toString(taken.getLocalPort()), "--data", dataDir.toString());

            assertThat(exitCode).isEqualTo(1);
            assertThat(err.toString()).isEqualTo("Port " + taken.getLocalPort()
                    + " is already in use: stop the other process or pass --port" + System.lineSeparator());
        }
    }

    private static ServerConfig parse(Map<String, String> environment, String... args) {
        CommandLine commandLine = Main.commandLine(environment);
        commandLine.parseArgs(args);
        Main main = commandLine.getCommand();
        return main.toConfig();
    }
}
