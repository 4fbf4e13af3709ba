package uk.graduated.app.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.Test;

public class Sha256Test {
    @Test
    public void bytesAndFile_hashToTheKnownDigest() throws IOException {
        byte[] abc = "abc".getBytes(StandardCharsets.US_ASCII);
        File file = File.createTempFile("photo", ".jpg");
        file.deleteOnExit();
        Files.write(file.toPath(), abc);

        String expected = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
        assertThat(Sha256.of(abc)).isEqualTo(expected);
        assertThat(Sha256.of(file)).isEqualTo(expected);
    }
}
