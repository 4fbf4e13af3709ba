package uk.graduated.model.observation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.graduated.model.observation.ObservationExamples.CHILD_1;
import static uk.graduated.model.observation.ObservationExamples.CHILD_2;
import static uk.graduated.model.observation.ObservationExamples.OTHER_PHOTO_SHA256;
import static uk.graduated.model.observation.ObservationExamples.observation;
import static uk.graduated.model.observation.ObservationExamples.photo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import uk.graduated.model.eyfs.AreaOfLearning;
import uk.graduated.model.eyfs.CharacteristicOfEffectiveLearning;
import uk.graduated.model.eyfs.EarlyLearningGoal;
import uk.graduated.model.school.FieldErrorCodes;

class ObservationTest {

    @Test
    void example_ofTwoChildren_isAGroupObservation() {
        assertThat(observation().build().isGroupObservation()).isTrue();
    }

    @Test
    void oneChild_isNotAGroupObservation() {
        assertThat(observation().childIds(CHILD_1).build().isGroupObservation()).isFalse();
    }

    @Test
    void noChild_isRejected() {
        assertThat(FieldErrorCodes.of(() -> observation().childIds(List.of()).build())).containsExactly("childIds:required");
    }

    @Test
    void theSameChildTwice_isADuplicate() {
        assertThat(FieldErrorCodes.of(() -> observation().childIds(CHILD_1, CHILD_2, CHILD_1).build()))
                .containsExactly("childIds[2]:duplicate");
    }

    @Test
    void anEmptyChildEntry_isNamed() {
        assertThat(FieldErrorCodes.of(() -> observation().childIds(Arrays.asList(CHILD_1, null)).build()))
                .containsExactly("childIds[1]:required");
    }

    @Test
    void moreThanAHundredChildren_isTooMany() {
        List<UUID> children = new ArrayList<>();
        for (int i = 0; i < 101; i++) {
            children.add(UUID.randomUUID());
        }

        assertThat(FieldErrorCodes.of(() -> observation().childIds(children).build())).containsExactly("childIds:too_many");
    }

    @Test
    void textOnly_withoutPhotos_isAccepted() {
        assertThat(observation().photos(List.of()).build().photos()).isEmpty();
    }

    @Test
    void photoOnly_withoutText_isAccepted() {
        assertThat(observation().text(null).build().text()).isNull();
    }

    @Test
    void neitherTextNorPhoto_isRejected() {
        assertThat(FieldErrorCodes.of(() -> observation().text("  ").photos(List.of()).build()))
                .containsExactly("text:required");
    }

    @Test
    void text_longerThanFourThousandCharacters_isTooLong() {
        assertThat(FieldErrorCodes.of(() -> observation().text("t".repeat(4_001)).build())).containsExactly("text:too_long");
    }

    @Test
    void twentyPhotos_areAccepted_andTwentyOneAreTooMany() {
        assertThat(observation().photos(distinctPhotos(20)).build().photos()).hasSize(20);
        assertThat(FieldErrorCodes.of(() -> observation().photos(distinctPhotos(21)).build()))
                .containsExactly("photos:too_many");
    }

    @Test
    void theSamePhotoTwice_isADuplicate() {
        assertThat(FieldErrorCodes.of(() -> observation().photos(photo(), photo()).build()))
                .containsExactly("photos[1].sha256:duplicate");
    }

    @Test
    void anEmptyPhotoEntry_isNamed_andDoesNotAlsoClaimTheTextIsMissing() {
        assertThat(FieldErrorCodes.of(() -> observation().text(null).photos(Arrays.asList((PhotoRef) null)).build()))
                .containsExactly("photos[0]:required");
    }

    @Test
    void goal_whoseAreaIsTagged_isAccepted() {
        Observation tagged = observation().areas(EnumSet.of(AreaOfLearning.PHYSICAL_DEVELOPMENT))
                .goals(EnumSet.of(EarlyLearningGoal.FINE_MOTOR_SKILLS, EarlyLearningGoal.GROSS_MOTOR_SKILLS)).build();

        assertThat(tagged.goals()).hasSize(2);
    }

    @Test
    void goal_whoseAreaIsNotTagged_isInconsistent() {
        assertThat(FieldErrorCodes.of(() -> observation().areas(EnumSet.of(AreaOfLearning.LITERACY))
                .goals(EnumSet.of(EarlyLearningGoal.NUMBER)).build()))
                .containsExactly("goals:area_not_tagged");
    }

    @Test
    void areaTagged_withoutAnyGoal_isAccepted_becauseTaggingIsLight() {
        Observation tagged = observation().areas(EnumSet.of(AreaOfLearning.EXPRESSIVE_ARTS_AND_DESIGN))
                .goals(Set.of()).build();

        assertThat(tagged.goals()).isEmpty();
    }

    @Test
    void noTags_atAll_areAccepted() {
        Observation untagged = observation().areas(Set.of()).goals(Set.of()).band(null).characteristics(Set.of())
                .nextSteps(null).room(null).build();

        assertThat(untagged.areas()).isEmpty();
        assertThat(untagged.band()).isNull();
    }

    @Test
    void tags_areKeptInFrameworkOrder_andCannotBeChanged() {
        Set<AreaOfLearning> areas = new HashSet<>(List.of(AreaOfLearning.EXPRESSIVE_ARTS_AND_DESIGN,
                AreaOfLearning.COMMUNICATION_AND_LANGUAGE, AreaOfLearning.MATHEMATICS));

        Observation tagged = observation().areas(areas).build();

        assertThat(tagged.areas()).containsExactly(AreaOfLearning.COMMUNICATION_AND_LANGUAGE,
                AreaOfLearning.MATHEMATICS, AreaOfLearning.EXPRESSIVE_ARTS_AND_DESIGN);
        assertThatThrownBy(() -> tagged.areas().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void anEmptyTag_isRejected() {
        Set<CharacteristicOfEffectiveLearning> withNull = new HashSet<>();
        withNull.add(null);

        assertThat(FieldErrorCodes.of(() -> observation().characteristics(withNull).build()))
                .containsExactly("characteristics:invalid_value");
    }

    @Test
    void nextSteps_andRoom_haveTheirLimits() {
        assertThat(FieldErrorCodes.of(() -> observation().nextSteps("n".repeat(2_001)).room("r".repeat(101)).build()))
                .containsExactlyInAnyOrder("nextSteps:too_long", "room:too_long");
    }

    @Test
    void blankOptionalTexts_areStoredAsAbsent() {
        Observation observation = observation().nextSteps(" ").room("").build();

        assertThat(observation.nextSteps()).isNull();
        assertThat(observation.room()).isNull();
    }

    @Test
    void everyMissingField_isReportedAtOnce() {
        List<String> errors = FieldErrorCodes.of(() -> new Observation(null, null, null, null, null, null, null, null, null,
                null, null, null, null));

        assertThat(errors).containsExactlyInAnyOrder("id:required", "schoolId:required", "childIds:required",
                "photos:required", "areas:required", "goals:required", "characteristics:required",
                "observedAt:required", "observedBy:required");
    }

    private static List<PhotoRef> distinctPhotos(int count) {
        List<PhotoRef> photos = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String sha256 = String.format(Locale.ROOT, "%02x", i) + OTHER_PHOTO_SHA256.substring(2);
            photos.add(new PhotoRef(sha256, 1_000, PhotoMediaType.PNG, null, null));
        }
        return photos;
    }
}
