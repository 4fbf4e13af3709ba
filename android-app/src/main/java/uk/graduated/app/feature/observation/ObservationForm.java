package uk.graduated.app.feature.observation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import uk.graduated.model.eyfs.AreaOfLearning;
import uk.graduated.model.eyfs.CharacteristicOfEffectiveLearning;
import uk.graduated.model.eyfs.DevelopmentMattersBand;
import uk.graduated.model.eyfs.EarlyLearningGoal;
import uk.graduated.model.observation.Observation;
import uk.graduated.model.observation.PhotoRef;
import uk.graduated.model.validation.FieldError;
import uk.graduated.model.validation.ValidationException;

/**
 * The state of the observation screen in plain Java. Tagging stays light: choosing an early
 * learning goal chooses its area too, and the band and characteristics are optional.
 */
public final class ObservationForm {
    public static final String FIELD_CHILDREN = "childIds";
    public static final String FIELD_TEXT = "text";

    /** Either the observation to store, or what to fix, keyed by field. */
    public record Result(Observation observation, Map<String, String> errors) {
        public boolean saved() {
            return observation != null;
        }
    }

    private final UUID schoolId;
    private final UUID practitionerId;
    private final String room;
    private final Set<UUID> children = new LinkedHashSet<>();
    private final List<PhotoRef> photos = new ArrayList<>();
    private final Set<AreaOfLearning> areas = EnumSet.noneOf(AreaOfLearning.class);
    private final Set<EarlyLearningGoal> goals = EnumSet.noneOf(EarlyLearningGoal.class);
    private final Set<CharacteristicOfEffectiveLearning> characteristics = EnumSet.noneOf(CharacteristicOfEffectiveLearning.class);
    private DevelopmentMattersBand band;
    private String text = "";
    private String nextSteps = "";

    public ObservationForm(UUID schoolId, UUID practitionerId, String room) {
        this.schoolId = schoolId;
        this.practitionerId = practitionerId;
        this.room = room;
    }

    public void toggleChild(UUID childId) {
        if (!children.remove(childId)) {
            children.add(childId);
        }
    }

    public boolean isChosen(UUID childId) {
        return children.contains(childId);
    }

    public int childCount() {
        return children.size();
    }

    public void setText(String text) {
        this.text = text == null ? "" : text;
    }

    public void setNextSteps(String nextSteps) {
        this.nextSteps = nextSteps == null ? "" : nextSteps;
    }

    public void addPhoto(PhotoRef photo) {
        if (!photos.contains(photo)) {
            photos.add(photo);
        }
    }

    public void removePhoto(PhotoRef photo) {
        photos.remove(photo);
    }

    public List<PhotoRef> photos() {
        return List.copyOf(photos);
    }

    /** Removing an area also removes its goals, so a goal is never left without its area. */
    public void toggleArea(AreaOfLearning area) {
        if (areas.remove(area)) {
            goals.removeIf(g -> g.area() == area);
        } else {
            areas.add(area);
        }
    }

    public void toggleGoal(EarlyLearningGoal goal) {
        if (!goals.remove(goal)) {
            goals.add(goal);
            areas.add(goal.area());
        }
    }

    public boolean hasArea(AreaOfLearning area) {
        return areas.contains(area);
    }

    public boolean hasGoal(EarlyLearningGoal goal) {
        return goals.contains(goal);
    }

    /** Tapping the chosen band again clears it: the band is optional. */
    public void chooseBand(DevelopmentMattersBand chosen) {
        band = chosen == band ? null : chosen;
    }

    public DevelopmentMattersBand band() {
        return band;
    }

    public void toggleCharacteristic(CharacteristicOfEffectiveLearning c) {
        if (!characteristics.remove(c)) {
            characteristics.add(c);
        }
    }

    public boolean hasCharacteristic(CharacteristicOfEffectiveLearning c) {
        return characteristics.contains(c);
    }

    public Result save(UUID observationId, Instant observedAt) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (children.isEmpty()) {
            errors.put(FIELD_CHILDREN, "Choose the child or children you observed.");
        }
        if (text.isBlank() && photos.isEmpty()) {
            errors.put(FIELD_TEXT, "Write what you saw, or add a photo.");
        }
        if (!errors.isEmpty()) {
            return new Result(null, errors);
        }
        try {
            return new Result(new Observation(observationId, schoolId, new ArrayList<>(children), text, photos, areas, goals,
                    band, characteristics, nextSteps, observedAt, practitionerId, room), Map.of());
        } catch (ValidationException e) {
            for (FieldError error : e.errors()) {
                String field = error.field().replaceAll("[.\\[].*$", "");
                errors.putIfAbsent(field, error.message());
            }
            return new Result(null, errors);
        }
    }
}
