package uk.graduated.app.data.device;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;

import org.junit.Test;

/** The sealing format on the plain JVM, with a key in memory standing in for the Android Keystore. */
public class TokenSealTest {
    private static final String DEVICE_SLOT = "device_token";
    private static final String TOKEN = "gdv1.AbCdEfGhIjKlMnOpQrStUvWxYz0123456789-_AbCdEf";

    private final MemoryKeys keys = new MemoryKeys();
    private final TokenSeal seal = new TokenSeal(keys);

    @Test
    public void sealThenOpen_givesTheTokenBack_andTheSealedFormHidesIt() throws Exception {
        String sealed = seal.seal(DEVICE_SLOT, TOKEN);

        assertThat(sealed).startsWith("gts1.").doesNotContain(TOKEN).doesNotContain("gdv1");
        assertThat(TokenSeal.isSealed(sealed)).isTrue();
        assertThat(seal.open(DEVICE_SLOT, sealed)).isEqualTo(TOKEN);
    }

    @Test
    public void theFormat_isVersionIvCiphertextAndTag() {
        byte[] body = Base64.getUrlDecoder().decode(seal.seal(DEVICE_SLOT, TOKEN).substring("gts1.".length()));

        assertThat(body).hasSize(12 + TOKEN.getBytes(StandardCharsets.UTF_8).length + 16);
    }

    @Test
    public void theSameTokenSealedTwice_looksDifferent_becauseEachSealHasItsOwnIv() {
        assertThat(seal.seal(DEVICE_SLOT, TOKEN)).isNotEqualTo(seal.seal(DEVICE_SLOT, TOKEN));
    }

    @Test
    public void theFirstSeal_makesTheKey_andLaterSealsReuseIt() throws Exception {
        assertThat(keys.existing()).isNull();
        String first = seal.seal(DEVICE_SLOT, TOKEN);
        Object key = keys.existing();

        String second = seal.seal("session_token:x", "gss1.other");

        assertThat(keys.existing()).isSameAs(key);
        assertThat(seal.open(DEVICE_SLOT, first)).isEqualTo(TOKEN);
        assertThat(seal.open("session_token:x", second)).isEqualTo("gss1.other");
    }

    @Test
    public void aValueMovedToAnotherSlot_doesNotOpen() {
        String sealed = seal.seal(DEVICE_SLOT, TOKEN);

        assertThatThrownBy(() -> seal.open("session_token:x", sealed)).isInstanceOf(TokenSeal.KeyLostException.class);
    }

    @Test
    public void aKeyGoneAfterARestore_isReportedAsLost() {
        String sealed = seal.seal(DEVICE_SLOT, TOKEN);
        keys.lose();

        assertThatThrownBy(() -> seal.open(DEVICE_SLOT, sealed)).isInstanceOf(TokenSeal.KeyLostException.class)
                .hasMessageContaining("gone");
    }

    @Test
    public void aKeyReplacedByANewOne_isReportedAsLost() throws GeneralSecurityException {
        String sealed = seal.seal(DEVICE_SLOT, TOKEN);
        keys.create();

        assertThatThrownBy(() -> seal.open(DEVICE_SLOT, sealed)).isInstanceOf(TokenSeal.KeyLostException.class)
                .hasMessageContaining("does not open");
    }

    @Test
    public void aTamperedValue_doesNotOpen() {
        String sealed = seal.seal(DEVICE_SLOT, TOKEN);
        char last = sealed.charAt(sealed.length() - 2);
        String tampered = sealed.substring(0, sealed.length() - 2) + (last == 'A' ? 'B' : 'A') + sealed.charAt(sealed.length() - 1);

        assertThatThrownBy(() -> seal.open(DEVICE_SLOT, tampered)).isInstanceOf(TokenSeal.KeyLostException.class);
        assertThatThrownBy(() -> seal.open(DEVICE_SLOT, "gts1.AAAA")).isInstanceOf(TokenSeal.KeyLostException.class)
                .hasMessageContaining("damaged");
        assertThatThrownBy(() -> seal.open(DEVICE_SLOT, "gts1.not*base64")).isInstanceOf(TokenSeal.KeyLostException.class);
    }

    @Test
    public void aFormatFromALaterVersion_isNotGuessedAt() {
        String sealed = seal.seal(DEVICE_SLOT, TOKEN).replace("gts1.", "gts2.");

        assertThat(TokenSeal.isSealed(sealed)).isTrue();
        assertThatThrownBy(() -> seal.open(DEVICE_SLOT, sealed)).isInstanceOf(TokenSeal.KeyLostException.class)
                .hasMessageContaining("format");
    }

    @Test
    public void tokensFromBeforeSealing_areRecognisedAsClear() {
        assertThat(TokenSeal.isSealed(TOKEN)).isFalse();
        assertThat(TokenSeal.isSealed("gss1.session-token")).isFalse();
    }
}
