package uk.graduated.server.proof.access;

/**
 * The columns of the role matrix (docs/security.md, "Endpoints"), in its order, and one more: a
 * session past its expiry.
 */
enum Caller {
    SENCO, TEACHING_ASSISTANT, EARLY_YEARS, TEACHER, ADMIN, DEVICE, OTHER_SCHOOL, REVOKED, NONE, EXPIRED
}
