package uk.graduated.model.observation;

import static uk.graduated.model.intervention.ProvisionExamples.SCHOOL_ID;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import uk.graduated.model.eyfs.AreaOfLearning;
import uk.graduated.model.eyfs.CharacteristicOfEffectiveLearning;
import uk.graduated.model.eyfs.DevelopmentMattersBand;
import uk.graduated.model.eyfs.EarlyLearningGoal;

/**
 * Fictional early-years observations for tests here and in the server's and the app's tests. The
 * default is a group observation of two children at the water tray with one photo.
 */
public final class ObservationExamples {
    public static final UUID OBSERVATION_ID = UUID.fromString("5c4b0a1e-0000-4000-8000-000000000201");
    public static final UUID PRACTITIONER_ID = UUID.fromString("5c4b0a1e-0000-4000-8000-0000000000a3");
    public static final UUID CHILD_1 = UUID.fromString("5c4b0a1e-0000-4000-8000-000000000301");
    public static final UUID CHILD_2 = UUID.fromString("5c4b0a1e-0000-4000-8000-000000000302");
    public static final String PHOTO_SHA256 = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
    public static final String OTHER_PHOTO_SHA256 = "60303ae22b998861bce3b28f33eec1be758a213c86c93c076dbe9f558c11c752";

    private ObservationExamples() {
    }

    /** A 4 MB JPEG, 4,000 by 3,000 pixels. */
    public static PhotoRef photo() {
        return new PhotoRef(PHOTO_SHA256, 4_000_000, PhotoMediaType.JPEG, 4_000, 3_000);
    }

    public static ObservationBuilder observation() {
        return new ObservationBuilder();
    }

    /** Builder whose defaults form a valid observation, so a test changes only the field it is about. */
    public static final class ObservationBuilder {
        private UUID id = OBSERVATION_ID;
        private UUID schoolId = SCHOOL_ID;
        private List<UUID> childIds = List.of(CHILD_1, CHILD_2);
        private String text = "Filled and emptied jugs at the water tray, counting the cups aloud to five.";
        private List<PhotoRef> photos = List.of(photo());
        private Set<AreaOfLearning> areas = EnumSet.of(AreaOfLearning.MATHEMATICS,
                AreaOfLearning.COMMUNICATION_AND_LANGUAGE);
        private Set<EarlyLearningGoal> goals = EnumSet.of(EarlyLearningGoal.NUMBER);
        private DevelopmentMattersBand band = DevelopmentMattersBand.THREE_AND_FOUR_YEAR_OLDS;
        private Set<CharacteristicOfEffectiveLearning> characteristics =
                EnumSet.of(CharacteristicOfEffectiveLearning.PLAYING_AND_EXPLORING);
        private String nextSteps = "Offer containers of different sizes and talk about full and empty.";
        private Instant observedAt = Instant.parse("2028-01-11T10:20:00Z");
        private UUID observedBy = PRACTITIONER_ID;
        private String room = "Acorns";

        public ObservationBuilder id(UUID id) {
            this.id = id;
            return this;
        }

        public ObservationBuilder schoolId(UUID schoolId) {
            this.schoolId = schoolId;
            return this;
        }

        public ObservationBuilder childIds(List<UUID> childIds) {
            this.childIds = childIds;
            return this;
        }

        public ObservationBuilder childIds(UUID... childIds) {
            return childIds(List.of(childIds));
        }

        public ObservationBuilder text(String text) {
            this.text = text;
            return this;
        }

        public ObservationBuilder photos(List<PhotoRef> photos) {
            this.photos = photos;
            return this;
        }

        public ObservationBuilder photos(PhotoRef... photos) {
            return photos(List.of(photos));
        }

        public ObservationBuilder areas(Set<AreaOfLearning> areas) {
            this.areas = areas;
            return this;
        }

        public ObservationBuilder goals(Set<EarlyLearningGoal> goals) {
            this.goals = goals;
            return this;
        }

        public ObservationBuilder band(DevelopmentMattersBand band) {
            this.band = band;
            return this;
        }

        public ObservationBuilder characteristics(Set<CharacteristicOfEffectiveLearning> characteristics) {
            this.characteristics = characteristics;
            return this;
        }

        public ObservationBuilder nextSteps(String nextSteps) {
            this.nextSteps = nextSteps;
            return this;
        }

        public ObservationBuilder observedAt(Instant observedAt) {
            this.observedAt = observedAt;
            return this;
        }

        public ObservationBuilder observedBy(UUID observedBy) {
            this.observedBy = observedBy;
            return this;
        }

        public ObservationBuilder room(String room) {
            this.room = room;
            return this;
        }

        public Observation build() {
            return new Observation(id, schoolId, childIds, text, photos, areas, goals, band, characteristics,
                    nextSteps, observedAt, observedBy, room);
        }
    }
}
