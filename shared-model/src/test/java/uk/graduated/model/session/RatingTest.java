package uk.graduated.model.session;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.graduated.model.intervention.ProvisionExamples.PUPIL_A;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.graduated.model.school.FieldErrorCodes;

class RatingTest {

    @Test
    void scale_runsFromNotYetToIndependently_oneToFour() {
        assertThat(Rating.values()).extracting(Rating::value).containsExactly(1, 2, 3, 4);
        assertThat(Rating.values()).extracting(Rating::description)
                .containsExactly("Not yet", "With lots of help", "With some help", "Independently");
    }

    @Test
    void labels_areShortEnoughForAOneTapButton() {
        assertThat(Arrays.stream(Rating.values()).map(Rating::label)).allMatch(label -> label.length() <= 12);
    }

    @Test
    void fromValue_findsEachPointOfTheScale() {
        assertThat(Rating.fromValue(1)).contains(Rating.NOT_YET);
        assertThat(Rating.fromValue(4)).contains(Rating.INDEPENDENTLY);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 5, -1})
    void fromValue_offTheScale_isEmpty(int value) {
        assertThat(Rating.fromValue(value)).isEmpty();
    }

    @Test
    void targetRating_withNothingFilledIn_reportsEveryField() {
        assertThat(FieldErrorCodes.of(() -> new TargetRating(null, null, null)))
                .containsExactlyInAnyOrder("pupilId:required", "targetId:required", "rating:required");
    }

    @Test
    void targetRating_withoutATarget_isRejected() {
        assertThat(FieldErrorCodes.of(() -> new TargetRating(PUPIL_A, null, Rating.NOT_YET)))
                .containsExactly("targetId:required");
    }
}
