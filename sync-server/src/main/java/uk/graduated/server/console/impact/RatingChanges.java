package uk.graduated.server.console.impact;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import uk.graduated.model.session.Rating;
import uk.graduated.model.session.SessionLog;
import uk.graduated.model.session.TargetRating;

/**
 * How each pupil's session ratings against each target moved: the latest rating minus the first, on the
 * four-point scale (1 "not yet" to 4 "independently"), for every pupil and target rated in at least two
 * sessions. A common scale, so interventions measured by different assessments can be compared.
 */
final class RatingChanges {
    /** One pupil's target. */
    record Pair(UUID pupilId, UUID targetId) {
    }

    private RatingChanges() {
    }

    /** @param sessions oldest first, as the sessions were delivered */
    static Map<Pair, Integer> of(List<SessionLog> sessions) {
        Map<Pair, Rating> first = new LinkedHashMap<>();
        Map<Pair, Rating> latest = new HashMap<>();
        Map<Pair, Integer> count = new HashMap<>();
        for (SessionLog session : sessions) {
            for (TargetRating r : session.ratings()) {
                Pair pair = new Pair(r.pupilId(), r.targetId());
                first.putIfAbsent(pair, r.rating());
                latest.put(pair, r.rating());
                count.merge(pair, 1, Integer::sum);
            }
        }
        Map<Pair, Integer> changes = new LinkedHashMap<>();
        first.forEach((pair, rating) -> {
            if (count.get(pair) >= 2) {
                changes.put(pair, latest.get(pair).value() - rating.value());
            }
        });
        return changes;
    }
}
