package uk.graduated.server.console.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;

/**
 * Saves what the browser shows as {@code console-<name>.png}: into the folder named by the system
 * property {@value #PROPERTY} when given (the committed ones: {@code -Dconsole.screenshots.dir=../docs/screenshots}),
 * else into the test's own temporary folder.
 */
public final class Screenshots {
    public static final String PROPERTY = "console.screenshots.dir";

    private final Path folder;

    public Screenshots(Path fallback) {
        String configured = System.getProperty(PROPERTY);
        this.folder = configured == null || configured.isBlank() ? fallback : Path.of(configured);
    }

    public Path save(WebDriver driver, String name) {
        try {
            Files.createDirectories(folder);
            Path file = folder.resolve("console-" + name + ".png");
            Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
