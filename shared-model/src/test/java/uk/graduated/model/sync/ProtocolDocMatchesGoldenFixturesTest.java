package uk.graduated.model.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import uk.graduated.model.json.JsonFields;

/**
 * {@code docs/protocol.md} shows each golden fixture in a fenced JSON block after a line
 * {@code <!-- golden: NAME -->}; the document and the fixtures must never drift apart.
 */
class ProtocolDocMatchesGoldenFixturesTest {
    /** Surefire runs in the module's folder; the document sits in the repository's {@code docs}. */
    private static final Path DOC = Path.of("..", "docs", "protocol.md");
    private static final Pattern EXAMPLE = Pattern.compile(
            "<!-- golden: ([a-z0-9-]+) -->\\n```json\\n(.*?)\\n```", Pattern.DOTALL);
    private static final Pattern MARKER = Pattern.compile("<!-- golden: ([^>]*?) -->");

    private static Map<String, String> examples(String doc) {
        Map<String, String> examples = new LinkedHashMap<>();
        Matcher m = EXAMPLE.matcher(doc);
        while (m.find()) {
            examples.put(m.group(1), m.group(2));
        }
        return examples;
    }

    @Test
    void everyEmbeddedExample_equalsItsFixture() throws IOException {
        Map<String, String> examples = examples(Files.readString(DOC, StandardCharsets.UTF_8));

        assertThat(examples).isNotEmpty();
        examples.forEach((name, json) -> assertThat(JsonFields.parseObject(json)).as(name)
                .isEqualTo(JsonFields.parseObject(GoldenFixtures.read(name))));
    }

    @Test
    void everyFixture_isShownInTheDocument() throws IOException {
        Map<String, String> examples = examples(Files.readString(DOC, StandardCharsets.UTF_8));

        assertThat(examples.keySet()).containsExactlyInAnyOrderElementsOf(GoldenFixtures.NAMES);
    }

    @Test
    void everyMarker_isFollowedByAJsonBlock() throws IOException {
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);
        Matcher markers = MARKER.matcher(doc);
        int count = 0;
        while (markers.find()) {
            count++;
        }

        assertThat(examples(doc)).hasSize(count);
        assertThat(List.copyOf(examples(doc).keySet())).doesNotHaveDuplicates();
    }
}
