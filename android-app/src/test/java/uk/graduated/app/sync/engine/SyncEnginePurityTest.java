package uk.graduated.app.sync.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.Test;

/**
 * The sync engine and the core it uses are plain Java, so they run in a unit test, in a
 * simulation of many tablets and on the device alike. This names the line that breaks that.
 */
public class SyncEnginePurityTest {
    private static final Pattern IMPORT = Pattern.compile("^import\\s+(static\\s+)?([\\w.]+)", Pattern.MULTILINE);
    private static final List<String> FORBIDDEN = List.of("android.", "androidx.", "okhttp3.", "retrofit2.");
    private static final List<String> PURE_PACKAGES = List.of("uk/graduated/app/sync/engine", "uk/graduated/app/core");

    @Test
    public void engineAndCore_importNoAndroidOrHttpLibrary() throws IOException {
        List<String> offences = new ArrayList<>();
        int files = 0;
        for (String pkg : PURE_PACKAGES) {
            Path dir = Paths.get("src/main/java").resolve(pkg);
            List<Path> sources;
            try (Stream<Path> walk = Files.walk(dir)) {
                sources = walk.filter(p -> p.toString().endsWith(".java")).collect(Collectors.toList());
            }
            files += sources.size();
            for (Path file : sources) {
                Matcher m = IMPORT.matcher(Files.readString(file));
                while (m.find()) {
                    for (String prefix : FORBIDDEN) {
                        if (m.group(2).startsWith(prefix)) {
                            offences.add(file + " imports " + m.group(2));
                        }
                    }
                }
            }
        }
        assertThat(files).isGreaterThan(10);
        assertThat(offences).as("android or HTTP imports in the engine").isEmpty();
    }
}
