package uk.graduated.server.console.pupil;

import java.time.LocalDate;
import java.util.UUID;
import uk.graduated.model.session.Rating;

/** One session's rating of a pupil against one target. */
public record RatingPoint(UUID targetId, LocalDate date, Rating rating) {
}
