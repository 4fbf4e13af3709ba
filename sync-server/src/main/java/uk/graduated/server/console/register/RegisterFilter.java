package uk.graduated.server.console.register;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import uk.graduated.model.pupil.YearGroup;
import uk.graduated.model.sen.BroadArea;
import uk.graduated.model.sen.NeedType;
import uk.graduated.model.sen.SenProvision;
import uk.graduated.model.validation.Violations;

/**
 * The register's filters, from the GET form's query string. Every one is optional; with no provision
 * ticked the register shows E and K, the pupils on the SEN register.
 *
 * @param provisions census provision codes to include, never empty
 * @param need       pupils with this open need at any rank, or null
 * @param area       pupils with an open need in this broad area, or null
 * @param year       year group, or null
 * @param className  class or room, or null
 * @param lookedAfter only pupils looked after now or previously
 * @param search     part of a name, or a UPN; null for none
 */
public record RegisterFilter(Set<SenProvision> provisions, NeedType need, BroadArea area, YearGroup year,
        String className, boolean lookedAfter, boolean pupilPremium, boolean eal, String search) {
    static final int MAX_SEARCH = 100;

    public RegisterFilter {
        provisions = provisions.isEmpty() ? EnumSet.of(SenProvision.E, SenProvision.K) : EnumSet.copyOf(provisions);
    }

    /** @throws uk.graduated.model.validation.ValidationException naming each parameter with an unknown value */
    public static RegisterFilter from(Context ctx) {
        Violations v = new Violations();
        Set<SenProvision> provisions = EnumSet.noneOf(SenProvision.class);
        for (String code : ctx.queryParams("provision")) {
            code(v, "provision", code, SenProvision::fromCode).ifPresent(provisions::add);
        }
        NeedType need = code(v, "need", ctx.queryParam("need"), NeedType::fromCode).orElse(null);
        BroadArea area = code(v, "area", ctx.queryParam("area"), BroadArea::fromCode).orElse(null);
        YearGroup year = code(v, "year", ctx.queryParam("year"), YearGroup::fromCode).orElse(null);
        String className = blankToNull(ctx.queryParam("class"));
        String search = blankToNull(ctx.queryParam("q"));
        if (search != null && search.length() > MAX_SEARCH) {
            v.add("q", "too_long", "the search must be at most " + MAX_SEARCH + " characters");
        }
        v.throwIfAny();
        return new RegisterFilter(provisions, need, area, year, className, ctx.queryParam("lac") != null,
                ctx.queryParam("pp") != null, ctx.queryParam("eal") != null, search);
    }

    public boolean includes(SenProvision provision) {
        return provisions.contains(provision);
    }

    /** The need types an open need must have to match, or empty for any. */
    List<NeedType> needTypes() {
        List<NeedType> types = new ArrayList<>();
        for (NeedType type : NeedType.values()) {
            boolean typeMatches = need == null || need == type;
            boolean areaMatches = area == null || type.broadArea().filter(area::equals).isPresent();
            if (typeMatches && areaMatches) {
                types.add(type);
            }
        }
        return need == null && area == null ? List.of() : types;
    }

    /** Whether anything beyond the default (E and K, no other filter) is chosen. */
    public boolean isNarrowed() {
        return !provisions.equals(EnumSet.of(SenProvision.E, SenProvision.K)) || need != null || area != null
                || year != null || className != null || lookedAfter || pupilPremium || eal || search != null;
    }

    private static <T> Optional<T> code(Violations v, String field, String value, Function<String, Optional<T>> parse) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        Optional<T> parsed = parse.apply(value.strip());
        if (parsed.isEmpty()) {
            v.add(field, "invalid_value", field + " has no option \"" + value.strip() + "\"");
        }
        return parsed;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
