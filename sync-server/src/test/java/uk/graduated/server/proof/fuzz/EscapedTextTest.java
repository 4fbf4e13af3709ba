package uk.graduated.server.proof.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.graduated.model.sen.ProvisionEntry;
import uk.graduated.model.sen.ProvisionEntryJson;
import uk.graduated.model.sen.SenProvision;
import uk.graduated.model.sync.EntityType;
import uk.graduated.server.console.ConsoleHttp;
import uk.graduated.server.sync.SyncFixture;

/** Markup and script typed on a tablet and saved through a valid push are shown as text on the console. */
class EscapedTextTest {
    private static final String SCRIPT = "<script>alert('x')</script>";
    private static final String IMAGE = "\"><img src=x onerror=alert(1)>";

    @Test
    void markupSavedThroughAValidPush_isShownEscaped_onTheRegisterAndThePupilPage(@TempDir Path dataDir) {
        try (SyncFixture f = SyncFixture.start(dataDir)) {
            UUID pupil = UUID.randomUUID();
            JsonObject fields = f.records.pupil(pupil, IMAGE);
            fields.addProperty("legalFirstName", SCRIPT);
            fields.addProperty("preferredName", IMAGE);
            f.create(EntityType.PUPIL, fields);
            f.create(EntityType.SEN_PROVISION, ProvisionEntryJson.toJson(new ProvisionEntry(UUID.randomUUID(), pupil,
                    SenProvision.K, LocalDate.of(2025, 9, 8), null)));
            ConsoleHttp browser = new ConsoleHttp(f.server.baseUrl());
            browser.signIn(f.senco);

            for (String page : new String[] {"/console/register", "/console/pupils/" + pupil}) {
                ConsoleHttp.Reply reply = browser.get(page);

                assertThat(reply.status()).as(page).isEqualTo(200);
                assertThat(reply.body()).as(page).doesNotContain(SCRIPT).doesNotContain("<img src=x")
                        .contains("&lt;img src=x onerror=alert(1)&gt;");
            }
            assertThat(browser.get("/console/pupils/" + pupil).body()).contains("&lt;script&gt;alert(");
        }
    }
}
