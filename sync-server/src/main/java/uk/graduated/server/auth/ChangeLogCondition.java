package uk.graduated.server.auth;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import uk.graduated.model.sync.EntityType;

/**
 * {@link Visibility#sees} as an SQL condition over {@code change_log c} (its {@code entity_type},
 * {@code pupil_ids} and {@code intervention_id}), with named binds: append it to a pull's
 * {@code where c.school_id = :school and c.version > :after and ...} and bind {@link #binds()}.
 *
 * @param sql   a parenthesised boolean expression
 * @param binds {@code scopeTypes}, {@code scopePupilTypes} ({@code String[]}), {@code scopePupils},
 *              {@code scopeClassPupils}, {@code scopeInterventions}, {@code scopeDelivered} ({@code UUID[]})
 */
public record ChangeLogCondition(String sql, Map<String, Object> binds) {
    public ChangeLogCondition {
        binds = Map.copyOf(binds);
    }

    static ChangeLogCondition of(Visibility v) {
        Set<EntityType> readable = v.readableTypes();
        Map<String, Object> binds = new LinkedHashMap<>();
        binds.put("scopeTypes", wireNames(readable));
        if (v.wholeSchool()) {
            return new ChangeLogCondition("(c.entity_type = any(:scopeTypes))", binds);
        }
        Set<EntityType> byPupil = EnumSet.copyOf(readable);
        byPupil.removeAll(EnumSet.of(EntityType.SCHOOL, EntityType.STAFF, EntityType.SESSION_LOG,
                EntityType.INTERVENTION, EntityType.GROUP_MEMBERSHIP, EntityType.PHOTO));
        binds.put("scopePupilTypes", wireNames(byPupil));
        binds.put("scopePupils", ids(v.pupilIds()));
        binds.put("scopeClassPupils", ids(v.classPupilIds()));
        binds.put("scopeInterventions", ids(v.interventionIds()));
        binds.put("scopeDelivered", ids(v.deliveredInterventionIds()));
        List<String> any = new ArrayList<>();
        any.add("c.entity_type in ('school', 'staff')");
        any.add("c.entity_type = any(:scopePupilTypes) and c.pupil_ids && :scopePupils");
        if (readable.contains(EntityType.SESSION_LOG)) {
            any.add("c.entity_type = 'session_log' and c.intervention_id = any(:scopeDelivered)");
        }
        if (readable.contains(EntityType.INTERVENTION)) {
            any.add("c.entity_type = 'intervention' and c.intervention_id = any(:scopeInterventions)");
        }
        if (readable.contains(EntityType.GROUP_MEMBERSHIP)) {
            any.add("c.entity_type = 'group_membership' and (c.intervention_id = any(:scopeDelivered)"
                    + " or c.pupil_ids && :scopeClassPupils)");
        }
        return new ChangeLogCondition("((" + String.join(") or (", any) + "))", binds);
    }

    private static String[] wireNames(Set<EntityType> types) {
        return types.stream().map(EntityType::wireName).sorted().toArray(String[]::new);
    }

    private static UUID[] ids(Set<UUID> ids) {
        return ids.stream().sorted().toArray(UUID[]::new);
    }
}
