package uk.graduated.server.demo;

/**
 * How big a generated school is.
 *
 * @param pupilsPerYear  pupils in each of Reception to Year 6
 * @param nurseryChildren children in the nursery room
 * @param onRegister     pupils with SEN support or an EHC plan
 * @param withEhcPlan    of those, pupils with an EHC plan
 * @param interventions  interventions on the provision map
 */
public record DemoSize(int pupilsPerYear, int nurseryChildren, int onRegister, int withEhcPlan, int interventions) {
    /** A one-form-entry primary with a nursery: about 300 pupils, 60 on the register (domain.md). */
    public static final DemoSize PRIMARY = new DemoSize(38, 30, 60, 15, 12);

    public DemoSize {
        if (pupilsPerYear < 1 || nurseryChildren < 0 || onRegister < withEhcPlan || interventions < 1) {
            throw new IllegalArgumentException("inconsistent demo size " + this);
        }
        if (onRegister > pupilsPerYear * 7) {
            throw new IllegalArgumentException("more pupils on the register than in Reception to Year 6");
        }
    }
}
