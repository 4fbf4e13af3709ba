package uk.graduated.server.console.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CsrfTest {
    @Test
    void token_isTheSameForOneSession_andDiffersBetweenSessions() {
        assertThat(Csrf.tokenFor("gss1.session-a")).isEqualTo(Csrf.tokenFor("gss1.session-a"))
                .isNotEqualTo(Csrf.tokenFor("gss1.session-b"));
    }

    @Test
    void token_neverContainsTheSessionSecret() {
        assertThat(Csrf.tokenFor("gss1.secret-value")).doesNotContain("secret");
    }

    @Test
    void matches_acceptsOnlyTheSessionsOwnToken() {
        String token = Csrf.tokenFor("gss1.session-a");

        assertThat(Csrf.matches("gss1.session-a", token)).isTrue();
        assertThat(Csrf.matches("gss1.session-b", token)).isFalse();
        assertThat(Csrf.matches("gss1.session-a", token + "x")).isFalse();
        assertThat(Csrf.matches("gss1.session-a", null)).isFalse();
        assertThat(Csrf.matches(null, token)).isFalse();
    }
}
