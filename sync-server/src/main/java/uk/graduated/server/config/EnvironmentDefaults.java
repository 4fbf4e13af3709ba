package uk.graduated.server.config;

import java.util.Map;
import picocli.CommandLine.IDefaultValueProvider;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Lets every flag also come from a {@code GRADUATED_*} environment variable (a flag on the command
 * line wins). The environment is passed in, so tests need not change the real one.
 */
public final class EnvironmentDefaults implements IDefaultValueProvider {
    private static final Map<String, String> VARIABLE_BY_OPTION = Map.of(
            "--host", "GRADUATED_HOST",
            "--port", "GRADUATED_PORT",
            "--data", "GRADUATED_DATA",
            "--jdbc-url", "GRADUATED_JDBC_URL",
            "--db-user", "GRADUATED_DB_USER",
            "--db-password", "GRADUATED_DB_PASSWORD");

    private final Map<String, String> environment;

    public EnvironmentDefaults(Map<String, String> environment) {
        this.environment = Map.copyOf(environment);
    }

    @Override
    public String defaultValue(ArgSpec argSpec) {
        if (!(argSpec instanceof OptionSpec option)) {
            return null;
        }
        String variable = VARIABLE_BY_OPTION.get(option.longestName());
        if (variable == null) {
            return null;
        }
        String value = environment.get(variable);
        return value == null || value.isBlank() ? null : value;
    }
}
