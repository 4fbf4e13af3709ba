package uk.graduated.model.observation;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import uk.graduated.model.eyfs.AreaOfLearning;
import uk.graduated.model.eyfs.CharacteristicOfEffectiveLearning;
import uk.graduated.model.eyfs.DevelopmentMattersBand;
import uk.graduated.model.eyfs.EarlyLearningGoal;
import uk.graduated.model.validation.FieldChecks;
import uk.graduated.model.validation.TextLimits;
import uk.graduated.model.validation.Violations;

/**
 * An early-years practitioner's observation of one child or, when it names several, of a group.
 * Tagging is optional and light; the text or a photo is what matters. Insert-only once synced.
 *
 * @param id              client-generated id
 * @param schoolId        the setting
 * @param childIds        the children observed: at least one, distinct, at most {@value #MAX_CHILDREN}
 * @param text            what was seen, at most {@link TextLimits#SUMMARY}; may be null when a photo
 *                        says it all (a blank text is stored as null)
 * @param photos          at most {@value #MAX_PHOTOS}, each photo once
 * @param areas           EYFS areas of learning; every goal's area must be among them
 * @param goals           early learning goals
 * @param band            Development Matters band, or null
 * @param characteristics characteristics of effective learning seen
 * @param nextSteps       what to offer next, at most {@link TextLimits#NOTE}, or null
 * @param observedAt      when it was seen, from the tablet's clock
 * @param observedBy      the practitioner
 * @param room            nursery room, at most {@link TextLimits#LABEL}, or null
 */
public record Observation(
        UUID id,
        UUID schoolId,
        List<UUID> childIds,
        String text,
        List<PhotoRef> photos,
        Set<AreaOfLearning> areas,
        Set<EarlyLearningGoal> goals,
        DevelopmentMattersBand band,
        Set<CharacteristicOfEffectiveLearning> characteristics,
        String nextSteps,
        Instant observedAt,
        UUID observedBy,
        String room) {

    public static final int MAX_CHILDREN = 100;
    public static final int MAX_PHOTOS = 20;

    public Observation {
        text = FieldChecks.blankToNull(text);
        nextSteps = FieldChecks.blankToNull(nextSteps);
        room = FieldChecks.blankToNull(room);
        Violations v = new Violations();
        v.require("id", id);
        v.require("schoolId", schoolId);
        ObservationChecks.children(v, childIds);
        FieldChecks.optionalText(v, "text", text, TextLimits.SUMMARY);
        boolean photosValid = ObservationChecks.photos(v, photos);
        if (text == null && photosValid && photos.isEmpty()) {
            v.add("text", "required", "give a text or at least one photo");
        }
        ObservationChecks.tags(v, areas, goals, characteristics);
        FieldChecks.optionalText(v, "nextSteps", nextSteps, TextLimits.NOTE);
        v.require("observedAt", observedAt);
        v.require("observedBy", observedBy);
        FieldChecks.optionalText(v, "room", room, TextLimits.LABEL);
        v.throwIfAny();
        childIds = List.copyOf(childIds);
        photos = List.copyOf(photos);
        // EnumSets keep framework order, so the JSON form of the tags is stable.
        areas = sorted(areas, AreaOfLearning.class);
        goals = sorted(goals, EarlyLearningGoal.class);
        characteristics = sorted(characteristics, CharacteristicOfEffectiveLearning.class);
    }

    public boolean isGroupObservation() {
        return childIds.size() > 1;
    }

    private static <E extends Enum<E>> Set<E> sorted(Set<E> values, Class<E> type) {
        EnumSet<E> copy = EnumSet.noneOf(type);
        copy.addAll(values);
        return Collections.unmodifiableSet(copy);
    }
}
