package uk.graduated.model;

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

import org.junit.jupiter.api.Test;

/**
 * shared-model runs on the tablet (Android 8, API 26) and on the server, so its sources may import
 * neither platform's libraries nor JDK APIs that Android lacks. The enforcer bans the dependencies;
 * this names the offending line when someone reaches for one anyway.
 */
class SharedModelPurityTest {
    private static final Pattern IMPORT = Pattern.compile("^import\\s+(static\\s+)?([\\w.]+)", Pattern.MULTILINE);
    private static final List<String> FORBIDDEN = List.of(
            "android.", "androidx.", "io.javalin.", "org.jdbi.", "java.sql.", "javax.sql.",
            "java.awt.", "javax.swing.", "java.net.http.", "java.util.HexFormat", "org.slf4j.",
            "com.fasterxml.", "okhttp3.", "retrofit2.");

    @Test
    void mainSources_importNothingThatBreaksAndroidOrTiesToTheServer() throws IOException {
        Path sources = Paths.get("src/main/java");
        List<String> offences = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(sources)) {
            files = walk.filter(p -> p.toString().endsWith(".java")).collect(Collectors.toList());
        }
        for (Path file : files) {
            Matcher m = IMPORT.matcher(Files.readString(file));
            while (m.find()) {
                String imported = m.group(2);
                for (String prefix : FORBIDDEN) {
                    if (imported.startsWith(prefix)) {
                        offences.add(sources.relativize(file) + " imports " + imported);
                    }
                }
            }
        }
        assertThat(files).isNotEmpty();
        assertThat(offences).as("forbidden imports in shared-model").isEmpty();
    }
}
