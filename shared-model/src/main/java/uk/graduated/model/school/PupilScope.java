package uk.graduated.model.school;

/**
 * Which pupils a role may see. The server decides a device's scope from the signed-in person's
 * roles, never from what the device asks for.
 */
public enum PupilScope {
    /** Nobody's SEN records (an administrator manages staff and devices only). */
    NONE,
    /** The pupils of the teacher's own class, read-only. */
    OWN_CLASS,
    /** The pupils in the intervention groups the person runs. */
    OWN_GROUPS,
    /** The children of the person's nursery setting. */
    OWN_SETTING,
    /** Every pupil in the school. */
    WHOLE_SCHOOL
}
