package uk.graduated.model.ehc;

import java.time.LocalDate;
import java.util.UUID;
import uk.graduated.model.pupil.RegisterExamples;

/** EHC plans of the fictional pupils in {@link RegisterExamples}, under an invented local authority. */
public final class EhcExamples {
    public static final UUID IDRIS_PLAN_ID = UUID.fromString("7e610000-0000-4000-8000-0000000000f1");
    public static final UUID MILO_PLAN_ID = UUID.fromString("7e610000-0000-4000-8000-0000000000f2");
    public static final String AUTHORITY = "Northshire County Council";

    private EhcExamples() {
    }

    /** Issued on a leap day; reviewed on 10 June 2026; next meeting booked, invitations sent. */
    public static EhcPlan idrisPlan() {
        return new EhcPlan(IDRIS_PLAN_ID, RegisterExamples.IDRIS_ID, LocalDate.of(2024, 2, 29),
                LocalDate.of(2026, 6, 10), LocalDate.of(2027, 5, 20), LocalDate.of(2027, 4, 29), AUTHORITY);
    }

    /** Issued when Milo was three; not yet reviewed, so due six months on. */
    public static EhcPlan miloPlan() {
        return new EhcPlan(MILO_PLAN_ID, RegisterExamples.MILO_ID, LocalDate.of(2026, 9, 15), null, null, null,
                AUTHORITY);
    }

    /** A plan of Idris's issued or last reviewed on {@code base}, with nothing booked. */
    public static EhcPlan reviewedOn(LocalDate base) {
        return new EhcPlan(IDRIS_PLAN_ID, RegisterExamples.IDRIS_ID, base, null, null, null, AUTHORITY);
    }
}
