package uk.graduated.model.sync;

import java.util.Optional;

/**
 * The kinds of record that sync, by stable wire name. Insert-only records (what happened: a session,
 * an observation, a contact, a photo) are written once and never edited, which removes most
 * conflicts; they can still be deleted. Editable records carry the version they were edited from.
 */
public enum EntityType {
    SCHOOL("school", true),
    STAFF("staff", true),
    PUPIL("pupil", true),
    SEN_PROVISION("sen_provision", true),
    SEN_NEED("sen_need", true),
    SUPPORT_PLAN("support_plan", true),
    PLAN_CYCLE("plan_cycle", true),
    PLAN_TARGET("plan_target", true),
    PLAN_STRATEGY("plan_strategy", true),
    PLAN_REVIEW("plan_review", true),
    EHC_PLAN("ehc_plan", true),
    INTERVENTION("intervention", true),
    GROUP_MEMBERSHIP("group_membership", true),
    SESSION_LOG("session_log", false),
    OBSERVATION("observation", false),
    CONTACT_LOG("contact_log", false),
    PHOTO("photo", false);

    private final String wireName;
    private final boolean editable;

    EntityType(String wireName, boolean editable) {
        this.wireName = wireName;
        this.editable = editable;
    }

    /** Stable name on the wire and in the database, never renamed once shipped. */
    public String wireName() {
        return wireName;
    }

    /** False for insert-only types: one upsert creates the record, and no upsert may change it. */
    public boolean editable() {
        return editable;
    }

    public static Optional<EntityType> fromWireName(String wireName) {
        return Codes.find(values(), EntityType::wireName, wireName);
    }

    public static String allowedWireNames() {
        return Codes.allowed(values(), EntityType::wireName);
    }
}
