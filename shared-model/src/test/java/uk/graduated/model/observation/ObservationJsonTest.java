package uk.graduated.model.observation;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.graduated.model.observation.ObservationExamples.CHILD_1;
import static uk.graduated.model.observation.ObservationExamples.PHOTO_SHA256;
import static uk.graduated.model.observation.ObservationExamples.observation;

import com.google.gson.JsonObject;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.graduated.model.eyfs.AreaOfLearning;
import uk.graduated.model.eyfs.CharacteristicOfEffectiveLearning;
import uk.graduated.model.eyfs.EarlyLearningGoal;
import uk.graduated.model.json.JsonFields;
import uk.graduated.model.json.JsonText;
import uk.graduated.model.school.FieldErrorCodes;

class ObservationJsonTest {

    private static Observation roundTrip(Observation observation) {
        return ObservationJson.fromJson(JsonFields.parse(JsonText.compact(ObservationJson.toJson(observation))));
    }

    @Test
    void groupObservation_withPhotoAndTags_roundTrips() {
        Observation observation = observation().build();

        assertThat(roundTrip(observation)).isEqualTo(observation);
    }

    @Test
    void untaggedTextOnlyObservation_ofOneChild_roundTrips() {
        Observation observation = observation().childIds(CHILD_1).photos(List.of()).areas(Set.of()).goals(Set.of())
                .band(null).characteristics(Set.of()).nextSteps(null).room(null).build();

        assertThat(roundTrip(observation)).isEqualTo(observation);
    }

    @Test
    void photoOnlyObservation_withoutDimensions_roundTrips() {
        Observation observation = observation().text(null)
                .photos(new PhotoRef(PHOTO_SHA256, 250_000, PhotoMediaType.WEBP, null, null)).build();

        assertThat(roundTrip(observation)).isEqualTo(observation);
    }

    @Test
    void json_carriesTagsAsCodesInFrameworkOrder_andPhotosAsReferences() {
        Observation observation = observation()
                .areas(EnumSet.of(AreaOfLearning.MATHEMATICS, AreaOfLearning.COMMUNICATION_AND_LANGUAGE))
                .goals(EnumSet.of(EarlyLearningGoal.NUMBER, EarlyLearningGoal.SPEAKING))
                .characteristics(EnumSet.allOf(CharacteristicOfEffectiveLearning.class)).build();

        JsonObject json = ObservationJson.toJson(observation);

        assertThat(json.getAsJsonArray("areas")).extracting(e -> e.getAsString())
                .containsExactly("communication_and_language", "mathematics");
        assertThat(json.getAsJsonArray("goals")).extracting(e -> e.getAsString()).containsExactly("speaking", "number");
        assertThat(json.get("band").getAsString()).isEqualTo("three_and_four");
        JsonObject photo = json.getAsJsonArray("photos").get(0).getAsJsonObject();
        assertThat(photo.keySet()).containsExactlyInAnyOrder("sha256", "sizeBytes", "mediaType", "width", "height");
        assertThat(photo.get("mediaType").getAsString()).isEqualTo("image/jpeg");
    }

    @Test
    void unknownOrRepeatedCodes_andBadIds_areNamedByPosition() {
        JsonObject json = ObservationJson.toJson(observation().build());
        json.getAsJsonArray("areas").add("music");
        json.getAsJsonArray("goals").add("number");
        json.getAsJsonArray("childIds").add("child-3");
        json.addProperty("band", "toddlers");

        assertThat(FieldErrorCodes.of(() -> ObservationJson.fromJson(new JsonFields(json, ""))))
                .containsExactlyInAnyOrder("areas[2]:invalid_value", "goals[1]:duplicate",
                        "childIds[2]:invalid_format", "band:invalid_value");
    }

    @Test
    void badPhoto_isNamedInsideTheList() {
        JsonObject json = ObservationJson.toJson(observation().build());
        JsonObject photo = json.getAsJsonArray("photos").get(0).getAsJsonObject();
        photo.addProperty("sha256", PHOTO_SHA256.toUpperCase(Locale.ROOT));
        photo.addProperty("sizeBytes", 16L * 1024 * 1024);

        assertThat(FieldErrorCodes.of(() -> ObservationJson.fromJson(new JsonFields(json, "mutations[4].fields"))))
                .containsExactlyInAnyOrder("mutations[4].fields.photos[0].sha256:invalid_format",
                        "mutations[4].fields.photos[0].sizeBytes:out_of_range");
    }

    @Test
    void unsupportedMediaType_isRejected() {
        JsonObject json = ObservationJson.toJson(observation().build());
        json.getAsJsonArray("photos").get(0).getAsJsonObject().addProperty("mediaType", "image/gif");

        assertThat(FieldErrorCodes.of(() -> ObservationJson.fromJson(new JsonFields(json, ""))))
                .containsExactly("photos[0].mediaType:invalid_value");
    }

    @Test
    void goalWithoutItsArea_isReportedByTheObservation() {
        JsonObject json = ObservationJson.toJson(observation().build());
        json.getAsJsonArray("goals").add("writing");

        assertThat(FieldErrorCodes.of(() -> ObservationJson.fromJson(new JsonFields(json, ""))))
                .containsExactly("goals:area_not_tagged");
    }

    @Test
    void noChildren_andNeitherTextNorPhotos_areReportedTogether() {
        JsonObject json = ObservationJson.toJson(observation().build());
        json.remove("childIds");
        json.remove("text");
        json.remove("photos");

        assertThat(FieldErrorCodes.of(() -> ObservationJson.fromJson(new JsonFields(json, ""))))
                .containsExactlyInAnyOrder("childIds:required", "text:required");
    }
}
