package uk.graduated.model.observation;

import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import uk.graduated.model.eyfs.AreaOfLearning;
import uk.graduated.model.eyfs.CharacteristicOfEffectiveLearning;
import uk.graduated.model.eyfs.DevelopmentMattersBand;
import uk.graduated.model.eyfs.EarlyLearningGoal;
import uk.graduated.model.json.JsonFields;
import uk.graduated.model.json.JsonLists;
import uk.graduated.model.json.JsonOut;

/**
 * JSON form of an {@link Observation}. Photos travel as references (hash, size, type), never as
 * bytes; EYFS tags as lists of their stable codes, in framework order.
 */
public final class ObservationJson {
    static final Set<String> FIELDS = Set.of("id", "schoolId", "childIds", "text", "photos", "areas", "goals", "band",
            "characteristics", "nextSteps", "observedAt", "observedBy", "room");
    static final Set<String> PHOTO_FIELDS = Set.of("sha256", "sizeBytes", "mediaType", "width", "height");

    private ObservationJson() {
    }

    public static JsonObject toJson(Observation o) {
        return new JsonOut()
                .put("id", o.id())
                .put("schoolId", o.schoolId())
                .putList("childIds", o.childIds(), id -> new JsonPrimitive(id.toString()))
                .put("text", o.text())
                .putList("photos", o.photos(), ObservationJson::photo)
                .putList("areas", new ArrayList<>(o.areas()), a -> new JsonPrimitive(a.code()))
                .putList("goals", new ArrayList<>(o.goals()), g -> new JsonPrimitive(g.code()))
                .putCode("band", o.band(), DevelopmentMattersBand::code)
                .putList("characteristics", new ArrayList<>(o.characteristics()), c -> new JsonPrimitive(c.code()))
                .put("nextSteps", o.nextSteps())
                .put("observedAt", o.observedAt())
                .put("observedBy", o.observedBy())
                .put("room", o.room())
                .build();
    }

    public static Observation fromJson(JsonFields f) {
        f.rejectUnknown(FIELDS);
        UUID id = f.requiredUuid("id");
        UUID schoolId = f.requiredUuid("schoolId");
        List<UUID> childIds = JsonLists.uuids(f, "childIds");
        String text = f.optionalString("text");
        List<PhotoRef> photos = new ArrayList<>();
        for (JsonFields element : f.objectList("photos")) {
            photos.add(photo(element));
        }
        Set<AreaOfLearning> areas = JsonLists.codes(f, "areas", AreaOfLearning::fromCode, AreaOfLearning.allowedCodes(),
                EnumSet.noneOf(AreaOfLearning.class));
        Set<EarlyLearningGoal> goals = JsonLists.codes(f, "goals", EarlyLearningGoal::fromCode,
                EarlyLearningGoal.allowedCodes(), EnumSet.noneOf(EarlyLearningGoal.class));
        DevelopmentMattersBand band = f.optionalCode("band", DevelopmentMattersBand::fromCode,
                DevelopmentMattersBand.allowedCodes());
        Set<CharacteristicOfEffectiveLearning> characteristics = JsonLists.codes(f, "characteristics",
                CharacteristicOfEffectiveLearning::fromCode, CharacteristicOfEffectiveLearning.allowedCodes(),
                EnumSet.noneOf(CharacteristicOfEffectiveLearning.class));
        String nextSteps = f.optionalString("nextSteps");
        Instant observedAt = f.requiredInstant("observedAt");
        UUID observedBy = f.requiredUuid("observedBy");
        String room = f.optionalString("room");
        Observation observation = f.build(() -> new Observation(id, schoolId, childIds, text, photos, areas, goals,
                band, characteristics, nextSteps, observedAt, observedBy, room));
        f.throwIfInvalid();
        return observation;
    }

    private static JsonObject photo(PhotoRef photo) {
        return new JsonOut()
                .put("sha256", photo.sha256())
                .put("sizeBytes", photo.sizeBytes())
                .putCode("mediaType", photo.mediaType(), PhotoMediaType::mimeType)
                .put("width", photo.width())
                .put("height", photo.height())
                .build();
    }

    private static PhotoRef photo(JsonFields f) {
        f.rejectUnknown(PHOTO_FIELDS);
        String sha256 = f.requiredString("sha256");
        long sizeBytes = f.requiredLong("sizeBytes");
        PhotoMediaType mediaType = f.requiredCode("mediaType", PhotoMediaType::fromMimeType,
                PhotoMediaType.allowedMimeTypes());
        Integer width = f.optionalInt("width");
        Integer height = f.optionalInt("height");
        return f.build(() -> new PhotoRef(sha256, sizeBytes, mediaType, width, height));
    }

    /** Codes into {@code into}; an unknown or repeated code is reported by its position. */
}
