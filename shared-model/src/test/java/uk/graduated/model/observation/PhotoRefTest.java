package uk.graduated.model.observation;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.graduated.model.observation.ObservationExamples.PHOTO_SHA256;
import static uk.graduated.model.observation.ObservationExamples.photo;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.graduated.model.school.FieldErrorCodes;

class PhotoRefTest {

    @Test
    void example_isValid() {
        assertThat(photo().mediaType().mimeType()).isEqualTo("image/jpeg");
    }

    @Test
    void dimensions_mayBeLeftOutTogether() {
        PhotoRef photo = new PhotoRef(PHOTO_SHA256, 1, PhotoMediaType.PNG, null, null);

        assertThat(photo.width()).isNull();
        assertThat(photo.height()).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "9F86D081884C7D659A2FEAA0C55AD015A3BF4F1B2B0B822CD15D6C15B0F00A08",
            "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a0",
            "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a080",
            "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a0g",
            "sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f",
            " 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"})
    void sha256_notSixtyFourLowercaseHexDigits_isRejected(String sha256) {
        assertThat(FieldErrorCodes.of(() -> new PhotoRef(sha256, 1_000, PhotoMediaType.JPEG, null, null)))
                .containsExactly("sha256:invalid_format");
    }

    @Test
    void sizeOf15MiB_isAccepted_andOneByteMoreIsNot() {
        assertThat(new PhotoRef(PHOTO_SHA256, 15L * 1024 * 1024, PhotoMediaType.JPEG, null, null).sizeBytes())
                .isEqualTo(15_728_640);
        assertThat(FieldErrorCodes.of(() -> new PhotoRef(PHOTO_SHA256, 15L * 1024 * 1024 + 1, PhotoMediaType.JPEG, null,
                null))).containsExactly("sizeBytes:out_of_range");
    }

    @Test
    void emptyFile_isRejected() {
        assertThat(FieldErrorCodes.of(() -> new PhotoRef(PHOTO_SHA256, 0, PhotoMediaType.WEBP, null, null)))
                .containsExactly("sizeBytes:out_of_range");
    }

    @Test
    void widthWithoutHeight_isRejected() {
        assertThat(FieldErrorCodes.of(() -> new PhotoRef(PHOTO_SHA256, 10, PhotoMediaType.JPEG, 800, null)))
                .containsExactly("height:required");
    }

    @Test
    void dimensions_outsideOneTo20000_areRejected() {
        assertThat(FieldErrorCodes.of(() -> new PhotoRef(PHOTO_SHA256, 10, PhotoMediaType.JPEG, 0, 20_001)))
                .containsExactlyInAnyOrder("width:out_of_range", "height:out_of_range");
    }

    @Test
    void missingEverything_isReportedAtOnce() {
        assertThat(FieldErrorCodes.of(() -> new PhotoRef(null, 0, null, null, null)))
                .containsExactlyInAnyOrder("sha256:required", "sizeBytes:out_of_range", "mediaType:required");
    }

    @Test
    void mediaTypes_lookUpByMimeType() {
        assertThat(PhotoMediaType.fromMimeType("image/webp")).contains(PhotoMediaType.WEBP);
        assertThat(PhotoMediaType.fromMimeType("image/gif")).isEmpty();
        assertThat(PhotoMediaType.fromMimeType("IMAGE/JPEG")).isEmpty();
    }
}
