package uk.graduated.server.console.home;

import uk.graduated.model.sync.EntityType;

/** Record types as a person reads them on the home page. */
final class RecordNames {
    private RecordNames() {
    }

    static String of(String wireName) {
        return EntityType.fromWireName(wireName).map(RecordNames::of).orElse("record");
    }

    static String of(EntityType type) {
        return switch (type) {
            case SCHOOL -> "school details";
            case STAFF -> "staff account";
            case PUPIL -> "pupil details";
            case SEN_PROVISION -> "SEN provision";
            case SEN_NEED -> "need";
            case SUPPORT_PLAN -> "support plan";
            case PLAN_CYCLE -> "plan cycle";
            case PLAN_TARGET -> "target";
            case PLAN_STRATEGY -> "strategy";
            case PLAN_REVIEW -> "plan review";
            case EHC_PLAN -> "EHC plan";
            case INTERVENTION -> "intervention";
            case GROUP_MEMBERSHIP -> "group membership";
            case SESSION_LOG -> "session log";
            case OBSERVATION -> "observation";
            case CONTACT_LOG -> "contact note";
            case PHOTO -> "photo";
        };
    }
}
