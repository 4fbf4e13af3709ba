package uk.graduated.model.pupil;

import uk.graduated.model.validation.Violations;

/**
 * Circumstances beside SEN that the SENCO weighs when planning support and that governors report on.
 *
 * @param lookedAfter           in the care of a local authority now
 * @param previouslyLookedAfter left care through adoption, a special guardianship or a child
 *                              arrangements order; never true together with {@code lookedAfter}
 * @param pupilPremium          eligible for the pupil premium grant
 * @param eal                   English is an additional language
 */
public record PupilFlags(boolean lookedAfter, boolean previouslyLookedAfter, boolean pupilPremium, boolean eal) {
    public static final PupilFlags NONE = new PupilFlags(false, false, false, false);

    public PupilFlags {
        Violations v = new Violations();
        if (lookedAfter && previouslyLookedAfter) {
            v.add("previouslyLookedAfter", "conflict",
                    "a child cannot be both looked after and previously looked after");
        }
        v.throwIfAny();
    }
}
