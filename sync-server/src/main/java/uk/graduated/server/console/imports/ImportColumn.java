package uk.graduated.server.console.imports;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The columns an MIS export may hold, each with the header names SIMS, Arbor, ScholarPack and
 * spreadsheets commonly give it. Headers are compared ignoring case, spaces and punctuation, so
 * "Legal Surname", "legal_surname" and "LEGAL SURNAME" are one header. Columns not listed here are
 * ignored (an export usually holds many more).
 */
public enum ImportColumn {
    UPN("UPN", false, "upn", "uniquepupilnumber"),
    FORENAME("Forename", true, "forename", "legalforename", "firstname", "legalfirstname", "givenname", "forenames"),
    PREFERRED_NAME("Preferred forename", false, "preferredforename", "preferredname", "knownas", "preferredfirstname"),
    SURNAME("Surname", true, "surname", "legalsurname", "lastname", "legallastname", "familyname"),
    DATE_OF_BIRTH("Date of birth", true, "dateofbirth", "dob", "birthdate"),
    YEAR_GROUP("Year group", true, "yeargroup", "year", "ncyear", "ncyearactual", "curriculumyear"),
    CLASS("Class", false, "class", "classname", "reggroup", "registrationgroup", "form", "tutorgroup", "room"),
    SEN_PROVISION("SEN provision", false, "senprovision", "senstatus", "sen"),
    PRIMARY_NEED("Primary need", false, "primaryneed", "senprimaryneed", "primarysenneed", "sentype1",
            "needtype1", "primarytypeofneed"),
    SECONDARY_NEED("Secondary need", false, "secondaryneed", "sensecondaryneed", "secondarysenneed", "sentype2",
            "needtype2", "secondarytypeofneed"),
    LOOKED_AFTER("Looked after", false, "lookedafter", "lookedafterchild", "lac", "incare", "cla",
            "childlookedafter"),
    PUPIL_PREMIUM("Pupil premium", false, "pupilpremium", "pp", "pupilpremiumeligible", "ppeligible"),
    EAL("EAL", false, "eal", "englishasanadditionallanguage", "englishadditionallanguage");

    private final String label;
    private final boolean required;
    private final List<String> names;

    ImportColumn(String label, boolean required, String... names) {
        this.label = label;
        this.required = required;
        this.names = List.of(names);
    }

    /** The header the template uses and messages name. */
    public String label() {
        return label;
    }

    public boolean required() {
        return required;
    }

    /** The column a header names, if any. */
    public static Optional<ImportColumn> forHeader(String header) {
        String key = normalised(header);
        for (ImportColumn column : values()) {
            if (column.names.contains(key)) {
                return Optional.of(column);
            }
        }
        return Optional.empty();
    }

    /** Lower case letters and digits only: "Legal Surname" and "legal_surname" become "legalsurname". */
    static String normalised(String header) {
        StringBuilder key = new StringBuilder();
        for (char c : header.toLowerCase(Locale.ROOT).toCharArray()) {
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                key.append(c);
            }
        }
        return key.toString();
    }
}
