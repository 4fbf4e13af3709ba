package uk.graduated.server.school;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import uk.graduated.model.school.SchoolPhase;
import uk.graduated.model.validation.FieldError;
import uk.graduated.model.validation.ValidationException;
import uk.graduated.server.StartupException;
import uk.graduated.server.auth.SecretHasher;
import uk.graduated.server.config.ServerConfig;
import uk.graduated.server.db.Database;

/**
 * {@code sync-server [--data DIR | --jdbc-url URL] create-school --name ... [--phase ...] --senco-name ... --senco-email ...}:
 * creates a school and its SENCO's account in the server's database, prints the SENCO's password
 * once, and exits. The password comes from {@value #PASSWORD_VARIABLE} when set (for scripted
 * installs), otherwise it is generated. Run it while the server is stopped, or against an external
 * database.
 */
@Command(name = "create-school", mixinStandardHelpOptions = true,
        description = "Creates a school and its SENCO's account, prints the SENCO's password once, and exits.")
public final class CreateSchoolCommand implements Callable<Integer> {
    public static final String PASSWORD_VARIABLE = "GRADUATED_SENCO_PASSWORD";

    @Option(names = "--name", required = true, description = "The school's name, e.g. \"Larkspur Vale Primary School\".")
    String schoolName;

    @Option(names = "--senco-name", required = true, description = "How colleagues see the SENCO, e.g. \"Ms Okafor\".")
    String sencoName;

    @Option(names = "--senco-email", required = true, description = "The SENCO's sign-in address.")
    String sencoEmail;

    @Option(names = "--phase", description = "nursery, primary, secondary or all_through; tablets receive the school's"
            + " details once it is set (here or on the console's School page).")
    String phase;

    @Spec
    CommandSpec spec;

    private final Supplier<ServerConfig> config;
    private final Map<String, String> environment;

    /** {@code config} resolves the parent command's database flags. */
    public CreateSchoolCommand(Supplier<ServerConfig> config, Map<String, String> environment) {
        this.config = config;
        this.environment = Map.copyOf(environment);
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String given = environment.get(PASSWORD_VARIABLE);
        boolean generated = given == null || given.isEmpty();
        String password = generated ? GeneratedPasswords.generate() : given;
        SchoolPhase schoolPhase = phase == null ? null : SchoolPhase.fromCode(phase).orElse(null);
        if (phase != null && schoolPhase == null) {
            err.println("--phase: expected nursery, primary, secondary or all_through, not \"" + phase + "\"");
            err.flush();
            return 2;
        }
        try (Database database = Database.start(config.get())) {
            SchoolSetup.Created created = new SchoolSetup(database.jdbi(), new SecretHasher(), Clock.systemUTC())
                    .create(schoolName, schoolPhase, sencoName, sencoEmail, password);
            out.println("Created school \"" + created.schoolName() + "\" (id " + created.schoolId() + ").");
            out.println("SENCO: " + created.sencoName() + " <" + created.sencoEmail() + "> (id "
                    + created.sencoId() + ").");
            out.println(generated
                    ? "Password, shown only this once: " + password
                    : "Password: as given in " + PASSWORD_VARIABLE + ".");
            out.println(schoolPhase == null
                    ? "Next: sign in to the console and set the school's phase and term dates on the School page."
                    : "Next: sign in to the console and enter the term dates on the School page.");
            out.flush();
            return 0;
        } catch (StartupException e) {
            err.println(e.getMessage());
            err.flush();
            return 1;
        } catch (ValidationException e) {
            for (FieldError error : e.errors()) {
                err.println(optionFor(error.field()) + ": " + error.message());
            }
            err.flush();
            return 2;
        }
    }

    private static String optionFor(String field) {
        return switch (field) {
            case "name" -> "--name";
            case "displayName" -> "--senco-name";
            case "email" -> "--senco-email";
            case "password" -> PASSWORD_VARIABLE;
            default -> field;
        };
    }
}
