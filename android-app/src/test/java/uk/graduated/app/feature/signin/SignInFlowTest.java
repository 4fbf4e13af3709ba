package uk.graduated.app.feature.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.Test;
import uk.graduated.app.data.device.OfflinePins;
import uk.graduated.model.school.Role;
import uk.graduated.model.sync.SessionResponse;
import uk.graduated.model.sync.StaffSummary;

public class SignInFlowTest {
    private static final UUID TA = UUID.fromString("7e620000-0000-4000-8000-000000000010");
    private static final String TOKEN = "gss1.fixture-session-token-abcdefghijklmnopq";

    private final FakePins pins = new FakePins();
    private final List<String> savedTokens = new ArrayList<>();

    private SignInFlow flow(SignInFlow.Answer answer) {
        return new SignInFlow((staffId, pin) -> answer, pins, (staffId, token, expiresAt) -> savedTokens.add(token));
    }

    @Test
    public void serverAccepts_keepsTheTokenAndAHashForOfflineUse() {
        SessionResponse session = new SessionResponse(TOKEN, Instant.parse("2028-01-17T17:00:00Z"),
                new StaffSummary(TA, "Mrs Hollis", Set.of(Role.TEACHING_ASSISTANT)));

        SignInFlow.Outcome outcome = flow(SignInFlow.Answer.signedIn(session)).signIn(TA, "4821");

        assertThat(outcome.kind()).isEqualTo(SignInFlow.Outcome.Kind.ONLINE);
        assertThat(savedTokens).containsExactly(TOKEN);
        assertThat(pins.remembered).containsEntry(TA, "4821");
    }

    @Test
    public void serverSaysWrongPin_forAPinTheTabletRemembers_forgetsIt() {
        pins.remembered.put(TA, "4821");

        SignInFlow.Outcome outcome = flow(SignInFlow.Answer.refused(401, "pin_invalid", "The PIN is not correct.", null))
                .signIn(TA, "4821");

        assertThat(outcome.message()).isEqualTo(SignInFlow.WRONG_PIN);
        assertThat(pins.remembered).doesNotContainKey(TA);
    }

    @Test
    public void serverSaysWrongPin_forAnotherPin_keepsTheRememberedOne() {
        pins.remembered.put(TA, "4821");

        flow(SignInFlow.Answer.refused(401, "pin_invalid", null, null)).signIn(TA, "1111");

        assertThat(pins.remembered).containsEntry(TA, "4821");
    }

    @Test
    public void tooManyTries_saysHowLongToWait() {
        SignInFlow.Outcome outcome = flow(SignInFlow.Answer.refused(429, "rate_limited", null, Duration.ofSeconds(130)))
                .signIn(TA, "1111");

        assertThat(outcome.kind()).isEqualTo(SignInFlow.Outcome.Kind.REFUSED);
        assertThat(outcome.message()).startsWith("Too many wrong PINs. Wait 3 minutes");
    }

    @Test
    public void unreachableServer_fallsBackToTheRememberedHash() {
        pins.remembered.put(TA, "4821");

        assertThat(flow(SignInFlow.Answer.unreachable()).signIn(TA, "4821").kind()).isEqualTo(SignInFlow.Outcome.Kind.OFFLINE);
        assertThat(flow(SignInFlow.Answer.unreachable()).signIn(TA, "1111").message()).isEqualTo(SignInFlow.WRONG_PIN);
        assertThat(savedTokens).isEmpty();
    }

    @Test
    public void aServerThatIsDown_countsAsUnreachable() {
        pins.remembered.put(TA, "4821");

        assertThat(flow(SignInFlow.Answer.refused(503, "unavailable", null, Duration.ofSeconds(5))).signIn(TA, "4821").kind())
                .isEqualTo(SignInFlow.Outcome.Kind.OFFLINE);
    }

    @Test
    public void unreachableServer_forSomeoneNeverSignedInHere_asksForAConnection() {
        assertThat(flow(SignInFlow.Answer.unreachable()).signIn(TA, "4821").message()).isEqualTo(SignInFlow.NEEDS_CONNECTION);
    }

    @Test
    public void unreachableServer_afterTooManyWrongOfflineTries_locks() {
        pins.remembered.put(TA, "4821");
        pins.locked = true;

        assertThat(flow(SignInFlow.Answer.unreachable()).signIn(TA, "4821").message()).startsWith("Too many wrong PINs");
    }

    @Test
    public void revokedOrForgottenTablet_mustBeWiped_andASuspendedOneIsRefused() {
        assertThat(flow(SignInFlow.Answer.refused(403, "device_revoked", null, null)).signIn(TA, "4821").kind())
                .isEqualTo(SignInFlow.Outcome.Kind.WIPE_REVOKED);
        assertThat(flow(SignInFlow.Answer.refused(401, "unauthenticated", null, null)).signIn(TA, "4821").kind())
                .isEqualTo(SignInFlow.Outcome.Kind.WIPE_UNKNOWN_DEVICE);
        assertThat(flow(SignInFlow.Answer.refused(403, "device_suspended", null, null)).signIn(TA, "4821").message())
                .isEqualTo(SignInFlow.SUSPENDED);
    }

    @Test
    public void anyOtherRefusal_showsTheServersSentence() {
        SignInFlow.Outcome outcome = flow(SignInFlow.Answer.refused(426, "upgrade_required",
                "Update the Graduated app to keep syncing.", null)).signIn(TA, "4821");

        assertThat(outcome.message()).isEqualTo("Update the Graduated app to keep syncing.");
    }

    /** PINs in memory; the real store keeps only hashes (OfflinePinsTest). */
    private static final class FakePins implements SignInFlow.LocalPins {
        final Map<UUID, String> remembered = new HashMap<>();
        boolean locked;

        @Override
        public void remember(UUID staffId, String pin) {
            remembered.put(staffId, pin);
        }

        @Override
        public boolean isRemembered(UUID staffId, String pin) {
            return pin.equals(remembered.get(staffId));
        }

        @Override
        public void forget(UUID staffId) {
            remembered.remove(staffId);
        }

        @Override
        public OfflinePins.Check check(UUID staffId, String pin) {
            if (!remembered.containsKey(staffId)) {
                return OfflinePins.Check.NEVER_SIGNED_IN_HERE;
            }
            if (locked) {
                return OfflinePins.Check.LOCKED;
            }
            return isRemembered(staffId, pin) ? OfflinePins.Check.MATCH : OfflinePins.Check.WRONG;
        }
    }
}
