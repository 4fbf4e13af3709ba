package uk.graduated.server.sync;

import uk.graduated.model.sync.EntityType;

/** Entity types as a person reads them in a message: "group membership", "session logs". */
final class Nouns {
    private Nouns() {
    }

    static String of(EntityType type) {
        return switch (type) {
            case SEN_PROVISION -> "SEN provision record";
            case SEN_NEED -> "SEN need";
            case EHC_PLAN -> "EHC plan";
            case PLAN_STRATEGY -> "plan strategy";
            default -> type.wireName().replace('_', ' ');
        };
    }

    static String plural(EntityType type) {
        return of(type) + "s";
    }
}
