package uk.graduated.server.console.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;
import uk.graduated.server.proof.ImportUploads;
import uk.graduated.server.proof.RawHttp;
import uk.graduated.server.sync.SyncFixture;

/**
 * A console form whose body cannot be read (a multipart upload cut short, without its boundary or with
 * a broken part) is refused as the sender's fault. Found by the bad-input run on {@code POST /console/import}:
 * reading the form token threw in Jetty's multipart parser, and the page was a 500.
 */
class UnreadableFormTest {
    private static SyncFixture fixture;
    private static RawHttp http;
    private static String session;

    @BeforeAll
    static void start(@TempDir Path dataDir) {
        fixture = SyncFixture.start(dataDir);
        String base = fixture.server.baseUrl();
        http = new RawHttp(Integer.parseInt(base.substring(base.lastIndexOf(':') + 1)));
        session = fixture.accounts.consoleSession(fixture.senco);
    }

    @AfterAll
    static void stop() {
        fixture.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"another boundary", "cut short", "part without headers", "part header too long", "NUL in a part header"})
    void multipartUploadThatCannotBeRead_isAFormErrorPage_notAServerError(String fault) throws IOException {
        byte[] good = ImportUploads.multipart(Csrf.tokenFor(session), "pupils.csv", ImportUploads.onePupil("Okafor"));
        String text = new String(good, StandardCharsets.UTF_8);
        String type = "multipart/form-data; boundary=" + ImportUploads.BOUNDARY;
        byte[] body = switch (fault) {
            case "another boundary" -> {
                type = "multipart/form-data; boundary=another";
                yield good;
            }
            case "cut short" -> Arrays.copyOf(good, good.length / 2);
            case "part without headers" -> text.replaceFirst("Content-Disposition: form-data; name=\"csrf\"\r\n", "")
                    .getBytes(StandardCharsets.UTF_8);
            case "part header too long" -> text.replaceFirst("Content-Type: text/csv", "X-Filler: " + "y".repeat(20_000))
                    .getBytes(StandardCharsets.UTF_8);
            default -> text.replaceFirst("Content-Type: text/csv", "Content-Type: text/\u0000csv").getBytes(StandardCharsets.UTF_8);
        };

        RawHttp.Reply reply = http.send(RawHttp.Request.of("POST", "/console/import").header("Content-Type", type)
                .header("Cookie", SessionCookies.SESSION + "=" + session).body(body));

        assertThat(reply.status()).as(fault).isEqualTo(400);
        assertThat(reply.header("Content-Type")).startsWith("text/html");
        assertThat(reply.text()).contains("The form could not be read");
    }
}
