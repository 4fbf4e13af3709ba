package uk.graduated.server.bench;

import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.SqlLogger;
import org.jdbi.v3.core.statement.SqlStatements;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * Records every SQL statement the server's JDBI runs while it is installed, to count what a request
 * costs the database: benchmarks, and tests of how many statements a pull takes.
 */
public final class StatementCounter implements SqlLogger {
    private final List<String> statements = new ArrayList<>();

    public static StatementCounter installOn(Jdbi jdbi) {
        StatementCounter counter = new StatementCounter();
        jdbi.getConfig(SqlStatements.class).setSqlLogger(counter);
        return counter;
    }

    public static void removeFrom(Jdbi jdbi) {
        jdbi.getConfig(SqlStatements.class).setSqlLogger(SqlLogger.NOP_SQL_LOGGER);
    }

    @Override
    public synchronized void logAfterExecution(StatementContext context) {
        statements.add(context.getRenderedSql().replaceAll("\\s+", " ").strip());
    }

    public synchronized void reset() {
        statements.clear();
    }

    public synchronized List<String> statements() {
        return List.copyOf(statements);
    }
}
