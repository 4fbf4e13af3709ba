package uk.graduated.server.health;

/** What /health says about PostgreSQL: up with its version and round trip, or down. */
public sealed interface DatabaseHealth permits DatabaseHealth.Up, DatabaseHealth.Down {
    boolean isUp();

    /** @param status always "up"; a component so that it appears in the JSON */
    record Up(String status, String version, long latencyMs) implements DatabaseHealth {
        public Up(String version, long latencyMs) {
            this("up", version, latencyMs);
        }

        @Override
        public boolean isUp() {
            return true;
        }
    }

    /** @param status always "down"; a component so that it appears in the JSON */
    record Down(String status) implements DatabaseHealth {
        public Down() {
            this("down");
        }

        @Override
        public boolean isUp() {
            return false;
        }
    }
}
