package uk.graduated.server.auth;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import uk.graduated.model.school.Role;
import uk.graduated.server.GraduatedServer;
import uk.graduated.server.TestServers;
import uk.graduated.server.testing.ApiClient;
import uk.graduated.server.testing.TestAccounts;

class SecretsNotLoggedTest {
    @TempDir
    Path dataDir;

    @Test
    void signingInEnrollingAndSettingSecrets_logsNoPasswordPinTokenOrCode() {
        ListAppender<ILoggingEvent> captured = new ListAppender<>();
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        captured.start();
        root.addAppender(captured);
        List<String> secrets = new ArrayList<>();
        try (GraduatedServer server = TestServers.startOnFreshDatabase(dataDir)) {
            TestAccounts accounts = new TestAccounts(server.database());
            ApiClient api = new ApiClient(server.baseUrl());
            TestAccounts.School school = accounts.createSchool("Larkspur Vale Primary School");
            TestAccounts.Person ta = accounts.createStaff(school, "Mr Adeyemi", Role.TEACHING_ASSISTANT);

            String console = api.post("/api/v1/session/password", "{\"email\":\"" + school.senco().email()
                    + "\",\"password\":\"" + TestAccounts.PASSWORD + "\"}").json().get("token").getAsString();
            api.post("/api/v1/session/password", "{\"email\":\"" + school.senco().email()
                    + "\",\"password\":\"wrong-password-typed\"}");
            ApiClient senco = api.withToken(console);
            String code = senco.post("/api/v1/enrolment-codes", "{}").json().get("code").getAsString();
            String deviceToken = api.post("/api/v1/enrol", "{\"enrolmentCode\":\"" + code
                    + "\",\"deviceName\":\"Rainbow Room tablet\",\"platform\":\"android\",\"appVersion\":\"1.0.0\"}")
                    .json().get("deviceToken").getAsString();
            senco.post("/api/v1/staff/" + ta.id() + "/pin", "{\"pin\":\"739154\"}");
            ApiClient device = api.withToken(deviceToken);
            device.post("/api/v1/session/pin", "{\"staffId\":\"" + ta.id() + "\",\"pin\":\"739150\"}");
            String session = device.post("/api/v1/session/pin", "{\"staffId\":\"" + ta.id() + "\",\"pin\":\"739154\"}")
                    .json().get("token").getAsString();
            senco.post("/api/v1/staff/" + school.senco().id() + "/password",
                    "{\"password\":\"a-new-senco-password\",\"currentPassword\":\"" + TestAccounts.PASSWORD + "\"}");
            api.withToken(session).post("/api/v1/session/end", "{}");
            secrets.addAll(List.of(TestAccounts.PASSWORD, "wrong-password-typed", "a-new-senco-password", "739154",
                    "739150", console, session, deviceToken, code, code.replace("-", "")));
        } finally {
            root.detachAppender(captured);
        }

        String log = render(captured.list);
        assertThat(log).contains("Console session opened", "Tablet session opened", "enrolled");
        for (String secret : secrets) {
            assertThat(log).doesNotContain(secret);
        }
    }

    private static String render(List<ILoggingEvent> events) {
        StringBuilder text = new StringBuilder();
        for (ILoggingEvent event : events) {
            text.append(event.getFormattedMessage()).append(' ').append(event.getMDCPropertyMap()).append('\n');
            if (event.getThrowableProxy() != null) {
                text.append(event.getThrowableProxy().getMessage()).append('\n');
            }
        }
        return text.toString();
    }
}
