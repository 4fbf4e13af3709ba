package uk.graduated.server.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JdbcUrlsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "jdbc:postgresql://h/db?password=s3cret|jdbc:postgresql://h/db?password=***",
        "jdbc:postgresql://h/db?user=u&password=s3cret&ssl=true|jdbc:postgresql://h/db?user=u&password=***&ssl=true",
        "jdbc:postgresql://h/db?PASSWORD=s3cret|jdbc:postgresql://h/db?PASSWORD=***",
        "jdbc:postgresql://h/db?user=u|jdbc:postgresql://h/db?user=u",
        "jdbc:postgresql://h/db?passwordless=yes|jdbc:postgresql://h/db?passwordless=yes",
    })
    void withoutPassword_masksOnlyThePasswordParameter(String url, String expected) {
        assertThat(JdbcUrls.withoutPassword(url)).isEqualTo(expected);
    }
}
