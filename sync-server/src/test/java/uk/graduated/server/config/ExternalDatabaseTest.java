package uk.graduated.server.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ExternalDatabaseTest {
    @Test
    void toString_neverShowsThePassword() {
        ExternalDatabase database = new ExternalDatabase(
                "jdbc:postgresql://db.school.example/graduated?password=InUrl42", "graduated", "Tr0ub4dor");

        assertThat(database.toString())
                .doesNotContain("Tr0ub4dor", "InUrl42")
                .contains("jdbc:postgresql://db.school.example/graduated?password=***", "user=graduated");
    }

    @Test
    void jdbcUrlForAnotherDatabase_isRejectedNamingTheFlag() {
        assertThatThrownBy(() -> new ExternalDatabase("jdbc:mysql://localhost/graduated", null, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("--jdbc-url must start with jdbc:postgresql://");
    }
}
