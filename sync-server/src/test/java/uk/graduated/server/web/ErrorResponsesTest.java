package uk.graduated.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.javalin.Javalin;
import io.javalin.http.HttpResponseException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import uk.graduated.model.sync.ErrorBody;
import uk.graduated.model.sync.ErrorCode;
import uk.graduated.model.validation.FieldError;
import uk.graduated.model.validation.ValidationException;
import uk.graduated.server.Http;

/** The shared web behaviour on routes that exist only for these tests: a failing one and one with an id. */
class ErrorResponsesTest {
    private final ListAppender<ILoggingEvent> accessLines = new ListAppender<>();
    private final Logger accessLogger = (Logger) LoggerFactory.getLogger("access");
    private WebServer server;
    private Http http;

    @BeforeEach
    void start() {
        accessLines.start();
        accessLogger.addAppender(accessLines);
        Javalin app = WebServer.newApp();
        app.get("/boom", ctx -> {
            throw new IllegalStateException("secret detail from deep inside");
        });
        app.get("/pupils/{id}", ctx -> ctx.json(Map.of("ok", true)));
        app.get("/invalid", ctx -> {
            throw ValidationException.of("upn", "invalid_format", "UPN must be 13 characters");
        });
        server = WebServer.start(app, "127.0.0.1", 0);
        http = new Http("http://127.0.0.1:" + server.port());
    }

    @AfterEach
    void stop() {
        server.close();
        accessLogger.detachAppender(accessLines);
    }

    @Test
    void unexpectedException_answersGeneric500WithoutStackTraceOrDetail() {
        Http.Reply reply = http.get("/boom");

        assertThat(reply.status()).isEqualTo(500);
        assertThat(reply.json().getAsJsonObject("error").get("code").getAsString()).isEqualTo("internal_error");
        assertThat(reply.json().getAsJsonObject("error").get("requestId").getAsString())
                .isEqualTo(reply.header(RequestIds.HEADER));
        assertThat(reply.body()).doesNotContain("secret detail", "IllegalStateException", "at uk.graduated");
    }

    @Test
    void accessLog_namesTheRouteTemplateNotThePath_withStatusAndRequestId() throws InterruptedException {
        http.get("/pupils/Ada-Lovelace-2015", Map.of(RequestIds.HEADER, "req-1"));

        ILoggingEvent line = awaitOnlyAccessLine();
        assertThat(line.getFormattedMessage()).matches("GET /pupils/\\{id} 200 \\d+ms").doesNotContain("Ada");
        assertThat(line.getMDCPropertyMap()).containsEntry(RequestIds.MDC_KEY, "req-1");
    }

    @Test
    void accessLog_forUnknownRoute_doesNotRepeatThePath() throws InterruptedException {
        http.get("/pupils-by-name/Ada-Lovelace");

        assertThat(awaitOnlyAccessLine().getFormattedMessage())
                .matches("GET " + Pattern.quote(PathTemplates.UNMATCHED) + " 404 \\d+ms");
    }

    @Test
    void validationException_answers400NamingTheField() {
        Http.Reply reply = http.get("/invalid", Map.of(RequestIds.HEADER, "req-2"));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(ErrorBody.fromJson(reply.body())).isEqualTo(new ErrorBody("validation_failed",
                "UPN must be 13 characters", "upn",
                List.of(new FieldError("upn", "invalid_format", "UPN must be 13 characters")), "req-2", null));
    }

    @Test
    void routeRaisingAStatusTheProtocolHasNoCodeFor_answers500() {
        ErrorBody body = ErrorResponses.bodyFor(new HttpResponseException(418, "teapot"), "req-3");

        assertThat(body).isEqualTo(ErrorBody.of(ErrorCode.INTERNAL_ERROR, "req-3"));
    }

    /** The line is written just after the response is sent, so the client can be a moment ahead of it. */
    private ILoggingEvent awaitOnlyAccessLine() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (accessLines.list.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        List<ILoggingEvent> lines = List.copyOf(accessLines.list);
        assertThat(lines).hasSize(1);
        return lines.get(0);
    }
}
