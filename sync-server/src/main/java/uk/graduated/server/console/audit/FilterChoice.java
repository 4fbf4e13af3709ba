package uk.graduated.server.console.audit;

import java.util.UUID;

/** One option of the pupil or staff filter. */
public record FilterChoice(UUID id, String label) {
    public boolean is(UUID selected) {
        return id.equals(selected);
    }
}
