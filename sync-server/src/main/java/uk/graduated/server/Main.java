package uk.graduated.server;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import uk.graduated.server.config.BuildInfo;
import uk.graduated.server.config.EnvironmentDefaults;
import uk.graduated.server.config.ExternalDatabase;
import uk.graduated.server.config.ServerConfig;
import uk.graduated.server.demo.DemoLoader;
import uk.graduated.server.demo.DemoSchoolSetup;
import uk.graduated.server.school.CreateSchoolCommand;

/** Command line of the sync server: parses flags, starts the server, stops it on SIGTERM. */
@Command(name = "sync-server", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Graduated sync server. Without --jdbc-url it runs its own PostgreSQL in the data directory.")
public final class Main implements Callable<Integer> {
    private static final Logger log = LoggerFactory.getLogger(Main.class);

    @Option(names = "--host", defaultValue = "127.0.0.1",
            description = "Address to listen on (env GRADUATED_HOST, default ${DEFAULT-VALUE}: this machine only;"
                    + " 0.0.0.0 lets tablets on the network connect).")
    String host;

    @Option(names = "--port", defaultValue = "7070",
            description = "HTTP port (env GRADUATED_PORT, default ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--data", defaultValue = "${sys:user.home}/.graduated/server",
            description = "Data directory for the embedded database and photos (env GRADUATED_DATA,"
                    + " default ${DEFAULT-VALUE}).")
    Path dataDir;

    @Option(names = "--jdbc-url",
            description = "Use this PostgreSQL instead of the embedded one (env GRADUATED_JDBC_URL),"
                    + " e.g. jdbc:postgresql://db.example:5432/graduated.")
    String jdbcUrl;

    @Option(names = "--db-user", description = "User for --jdbc-url (env GRADUATED_DB_USER).")
    String dbUser;

    @Option(names = "--db-password",
            description = "Password for --jdbc-url (env GRADUATED_DB_PASSWORD; prefer the variable,"
                    + " flags are visible to other users of the machine).")
    String dbPassword;

    @Option(names = "--demo",
            description = "Load the fictional demo school (about 300 pupils, 60 on the SEN register, a term of"
                    + " sessions) on first start and print how to sign in to it. Never use it with real data.")
    boolean demo;

    @Spec
    CommandSpec spec;

    public static void main(String[] args) {
        int exitCode = commandLine(System.getenv()).execute(args);
        if (exitCode != 0) {
            System.exit(exitCode);
        }
        // On success the HTTP server's threads keep the JVM alive until SIGTERM.
    }

    static CommandLine commandLine(Map<String, String> environment) {
        Main main = new Main();
        // The subcommand is added before the defaults, so the GRADUATED_* variables reach it too.
        return new CommandLine(main)
                .addSubcommand(new CreateSchoolCommand(main::toConfig, environment))
                .setDefaultValueProvider(new EnvironmentDefaults(environment));
    }

    @Override
    public Integer call() {
        ServerConfig config = toConfig();
        GraduatedServer server;
        try {
            server = GraduatedServer.start(config);
        } catch (StartupException e) {
            PrintWriter err = spec.commandLine().getErr();
            err.println(e.getMessage());
            err.flush();
            return 1;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "graduated-shutdown"));
        if (demo) {
            DemoLoader.Loaded loaded = DemoSchoolSetup.load(server);
            log.info("Demo school \"{}\" {}: sign in as the SENCO {} with password {}", loaded.schoolName(),
                    loaded.alreadyLoaded() ? "already loaded" : "loaded (" + loaded.records() + " records)",
                    loaded.sencoEmail(), loaded.password());
        }
        log.info("Graduated sync server on {} ({})", server.baseUrl(), server.databaseDescription());
        return 0;
    }

    ServerConfig toConfig() {
        ExternalDatabase external = null;
        if (jdbcUrl != null) {
            try {
                external = new ExternalDatabase(jdbcUrl, dbUser, dbPassword);
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), e.getMessage());
            }
        } else if (dbUser != null || dbPassword != null) {
            throw new ParameterException(spec.commandLine(), "--db-user and --db-password need --jdbc-url");
        }
        try {
            return new ServerConfig(host, port, dataDir, external);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"Graduated sync server " + BuildInfo.version()};
        }
    }
}
