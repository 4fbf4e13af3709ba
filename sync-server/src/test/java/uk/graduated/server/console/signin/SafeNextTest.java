package uk.graduated.server.console.signin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SafeNextTest {
    @ParameterizedTest
    @ValueSource(strings = {"/console/home", "/console/register?need=SLCN&year=4",
        "/console/pupils/6f1c1f2e-0d4f-4b7e-9c11-0c0b1b2b3c4d"})
    void consolePages_areKept(String next) {
        assertThat(SafeNext.of(next)).isEqualTo(next);
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://elsewhere.example/console/home", "//elsewhere.example/console/",
        "/console//elsewhere.example", "/console/\\elsewhere", "/api/v1/devices", "/console/sign-in",
        "/console/sign-out", "/console/home\r\nSet-Cookie: x=y", ""})
    void anythingElse_isDropped(String next) {
        assertThat(SafeNext.of(next)).isNull();
    }
}
