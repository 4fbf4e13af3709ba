package uk.graduated.server.proof.access;

import uk.graduated.server.proof.ProofSchool;
import uk.graduated.server.sync.SyncFixture;
import uk.graduated.server.testing.TestAccounts;

/**
 * A fresh token or cookie for each caller, of the kind a row is called with, so that a sign-out in
 * one cell cannot change another. Returns null where the caller sends nothing.
 */
final class Credentials {
    /** What a row is called with by the people in the first five columns. */
    enum Via { CONSOLE_SESSION, TABLET_SESSION, DEVICE_TOKEN, COOKIE, PUBLIC }

    private final ProofSchool proof;

    Credentials(ProofSchool proof) {
        this.proof = proof;
    }

    TestAccounts.Person person(Caller caller) {
        SyncFixture f = proof.fixture;
        return switch (caller) {
            case SENCO -> f.senco;
            case TEACHING_ASSISTANT -> f.ta;
            case EARLY_YEARS -> f.practitioner;
            case TEACHER -> f.teacher;
            case ADMIN -> proof.admin;
            case OTHER_SCHOOL -> proof.otherSchool.senco();
            default -> null;
        };
    }

    /** The tablet the caller's requests come from (for push bodies, which name it). */
    TestAccounts.Device tablet(Caller caller) {
        return switch (caller) {
            case OTHER_SCHOOL -> proof.otherTablet;
            case REVOKED -> proof.revokedTablet;
            default -> proof.fixture.tablet;
        };
    }

    /** The bearer token (or cookie value) the caller sends on a row called via {@code via}; null: none. */
    String token(Caller caller, Via via) {
        TestAccounts accounts = proof.accounts;
        boolean console = via == Via.CONSOLE_SESSION || via == Via.COOKIE;
        return switch (caller) {
            case SENCO, ADMIN -> console ? accounts.consoleSession(person(caller))
                    : accounts.sessionOnDevice(person(caller), proof.fixture.tablet);
            case TEACHING_ASSISTANT, EARLY_YEARS, TEACHER -> via == Via.COOKIE ? accounts.consoleSession(person(caller))
                    : accounts.sessionOnDevice(person(caller), proof.fixture.tablet);
            case DEVICE -> proof.fixture.tablet.token();
            case OTHER_SCHOOL -> via == Via.DEVICE_TOKEN ? proof.otherTablet.token()
                    : console ? accounts.consoleSession(person(caller))
                    : accounts.sessionOnDevice(person(caller), proof.otherTablet);
            case REVOKED -> via == Via.DEVICE_TOKEN ? proof.revokedTablet.token() : proof.sessionOnRevokedTablet();
            case NONE -> null;
            case EXPIRED -> proof.expiredSession(proof.fixture.senco, console ? null : proof.fixture.tablet);
        };
    }
}
