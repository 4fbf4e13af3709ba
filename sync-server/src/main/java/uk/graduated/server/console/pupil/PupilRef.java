package uk.graduated.server.console.pupil;

import java.util.UUID;

/** A pupil as a link to their page: id and the name staff know them by. */
public record PupilRef(UUID id, String name) {
    public String href() {
        return "/console/pupils/" + id;
    }

    /** "Sam Smith", or the preferred first name when the pupil has one. */
    public static PupilRef of(UUID id, String legalFirstName, String legalLastName, String preferredName) {
        String first = preferredName == null || preferredName.isBlank() ? legalFirstName : preferredName;
        return new PupilRef(id, first + " " + legalLastName);
    }
}
