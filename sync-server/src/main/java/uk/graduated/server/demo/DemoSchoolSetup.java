package uk.graduated.server.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import uk.graduated.server.GraduatedServer;
import uk.graduated.server.auth.SecretHasher;

/** What {@code --demo} does: the same fictional school every time, dated so that its term ends yesterday. */
public final class DemoSchoolSetup {
    /** The seed of the demo school; changing it makes a different school (and leaves the old one in place). */
    public static final long SEED = 20261123L;
    /** A demo-only password, printed on every start; the demo school holds no real person's data. */
    public static final String PASSWORD = "fernhill-demo";
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private DemoSchoolSetup() {
    }

    public static DemoLoader.Loaded load(GraduatedServer server) {
        Clock clock = Clock.system(LONDON);
        DemoSchool school = DemoSchoolGenerator.generate(SEED, LocalDate.now(clock), DemoSize.PRIMARY);
        return new DemoLoader(server.database().jdbi(), clock, new SecretHasher()).load(school, PASSWORD);
    }
}
