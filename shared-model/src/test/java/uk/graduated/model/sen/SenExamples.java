package uk.graduated.model.sen;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import uk.graduated.model.pupil.RegisterExamples;

/**
 * Provision entries and ranked needs of the fictional pupils in {@link RegisterExamples}, and
 * factories for tests that need other shapes. Ids are fixed so failures are reproducible.
 */
public final class SenExamples {
    /** Poppy went on SEN support on her first day of Year 1. */
    public static final LocalDate POPPY_K_FROM = LocalDate.of(2025, 9, 3);
    /** Idris's EHC plan, issued on a leap day. */
    public static final LocalDate IDRIS_E_FROM = LocalDate.of(2024, 2, 29);

    private SenExamples() {
    }

    /** A fixed id for the n-th record a test makes. */
    public static UUID id(int n) {
        return new UUID(0x7e61_0000_0000_4000L, 0x8000_0000_0000_0000L | n);
    }

    public static ProvisionEntry entry(int n, SenProvision provision, LocalDate start, LocalDate end) {
        return new ProvisionEntry(id(n), RegisterExamples.POPPY_ID, provision, start, end);
    }

    public static RankedNeed need(int n, NeedType type, int rank) {
        return new RankedNeed(id(100 + n), RegisterExamples.POPPY_ID, type, rank, POPPY_K_FROM, null);
    }

    /** Poppy: SEN support since Year 1, primary need SLCN. */
    public static ProvisionEntry poppyOnSenSupport() {
        return new ProvisionEntry(id(1), RegisterExamples.POPPY_ID, SenProvision.K, POPPY_K_FROM, null);
    }

    public static RankedNeed poppyPrimaryNeed() {
        return new RankedNeed(id(101), RegisterExamples.POPPY_ID, NeedType.SLCN, RankedNeed.PRIMARY, POPPY_K_FROM, null);
    }

    /** Idris: SEN support, then an EHC plan from its issue. */
    public static ProvisionHistory idrisHistory() {
        return new ProvisionHistory(List.of(
                new ProvisionEntry(id(2), RegisterExamples.IDRIS_ID, SenProvision.K, LocalDate.of(2021, 1, 11), IDRIS_E_FROM),
                new ProvisionEntry(id(3), RegisterExamples.IDRIS_ID, SenProvision.E, IDRIS_E_FROM, null)));
    }

    /** Idris: autism first, social, emotional and mental health second. */
    public static RankedNeed idrisPrimaryNeed() {
        return new RankedNeed(id(102), RegisterExamples.IDRIS_ID, NeedType.ASD, RankedNeed.PRIMARY,
                LocalDate.of(2021, 1, 11), null);
    }

    public static RankedNeed idrisSecondaryNeed() {
        return new RankedNeed(id(103), RegisterExamples.IDRIS_ID, NeedType.SEMH, RankedNeed.SECONDARY,
                IDRIS_E_FROM, null);
    }
}
