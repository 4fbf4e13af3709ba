package uk.graduated.model.observation;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import uk.graduated.model.eyfs.AreaOfLearning;
import uk.graduated.model.eyfs.CharacteristicOfEffectiveLearning;
import uk.graduated.model.eyfs.EarlyLearningGoal;
import uk.graduated.model.validation.Violations;

/** The collection checks of {@link Observation}, kept apart so the record stays readable. */
final class ObservationChecks {
    private ObservationChecks() {
    }

    static void children(Violations v, List<UUID> childIds) {
        if (childIds == null || childIds.isEmpty()) {
            v.add("childIds", "required", "name at least one child");
            return;
        }
        if (childIds.size() > Observation.MAX_CHILDREN) {
            v.add("childIds", "too_many", "an observation may name at most " + Observation.MAX_CHILDREN + " children");
        }
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < childIds.size(); i++) {
            UUID childId = childIds.get(i);
            if (childId == null) {
                v.add("childIds[" + i + "]", "required", "childIds[" + i + "] is required");
            } else if (!seen.add(childId)) {
                v.add("childIds[" + i + "]", "duplicate", "the same child is named twice");
            }
        }
    }

    /** Returns whether the list itself is usable, so the caller can ask whether it is empty. */
    static boolean photos(Violations v, List<PhotoRef> photos) {
        if (photos == null) {
            v.add("photos", "required", "photos is required (it may be empty)");
            return false;
        }
        if (photos.size() > Observation.MAX_PHOTOS) {
            v.add("photos", "too_many", "an observation may hold at most " + Observation.MAX_PHOTOS + " photos");
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < photos.size(); i++) {
            PhotoRef photo = photos.get(i);
            if (photo == null) {
                v.add("photos[" + i + "]", "required", "photos[" + i + "] is required");
                return false;
            }
            if (!seen.add(photo.sha256())) {
                v.add("photos[" + i + "].sha256", "duplicate", "the same photo is attached twice");
            }
        }
        return true;
    }

    static void tags(Violations v, Set<AreaOfLearning> areas, Set<EarlyLearningGoal> goals,
                     Set<CharacteristicOfEffectiveLearning> characteristics) {
        boolean areasValid = noNulls(v, "areas", areas);
        if (noNulls(v, "goals", goals) && areasValid) {
            for (EarlyLearningGoal goal : goals) {
                if (!areas.contains(goal.area())) {
                    v.add("goals", "area_not_tagged", "the goal " + goal.code() + " belongs to the area "
                            + goal.area().code() + ", which is not among the areas");
                }
            }
        }
        noNulls(v, "characteristics", characteristics);
    }

    private static boolean noNulls(Violations v, String field, Collection<?> values) {
        if (values == null) {
            v.add(field, "required", field + " is required (it may be empty)");
            return false;
        }
        if (values.stream().anyMatch(Objects::isNull)) {
            v.add(field, "invalid_value", field + " must not contain an empty entry");
            return false;
        }
        return true;
    }
}
