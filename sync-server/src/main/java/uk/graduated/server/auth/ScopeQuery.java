package uk.graduated.server.auth;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import uk.graduated.model.sync.EntityType;

/**
 * The one query behind {@link Scope#visibility}: the interventions a person runs, the pupils in them,
 * the pupils of their classes and the interventions those pupils attend. A membership counts until
 * its {@code left_on} date, a pupil until theirs; deleted records count for nothing. Classes match
 * pupils' {@code class_name} ignoring case.
 */
final class ScopeQuery {
    private static final String SQL = """
            with my_interventions as (
                select i.id from intervention i
                where cast(:groups as boolean) and i.school_id = :school and not i.deleted
                  and i.lead_staff_ids @> array[cast(:staff as uuid)]
            ), current_pupils as (
                select p.id, p.class_name from pupil p
                where p.school_id = :school and not p.deleted and (p.left_on is null or p.left_on > :today)
            ), current_members as (
                select gm.pupil_id, gm.intervention_id from group_membership gm
                join intervention i on i.school_id = gm.school_id and i.id = gm.intervention_id and not i.deleted
                where gm.school_id = :school and not gm.deleted and (gm.left_on is null or gm.left_on > :today)
            ), class_pupils as (
                select p.id from current_pupils p
                where cast(:classes as boolean) and lower(p.class_name) in (
                    select lower(c) from staff s, unnest(s.classes) c where s.school_id = :school and s.id = :staff)
            )
            select 'delivered' as kind, id from my_interventions
            union
            select 'group_pupil', m.pupil_id from current_members m
                join current_pupils p on p.id = m.pupil_id
                where m.intervention_id in (select id from my_interventions)
            union
            select 'class_pupil', id from class_pupils
            union
            select 'class_intervention', m.intervention_id from current_members m
                where m.pupil_id in (select id from class_pupils)""";

    private ScopeQuery() {
    }

    static Visibility run(Handle handle, Principal principal, LocalDate today, boolean groups, boolean classes,
            Set<EntityType> readable) {
        Map<String, Set<UUID>> byKind = new HashMap<>();
        handle.createQuery(SQL)
                .bind("school", principal.schoolId())
                .bind("staff", principal.staffId())
                .bind("today", today)
                .bind("groups", groups)
                .bind("classes", classes)
                .map((rs, ctx) -> Map.entry(rs.getString("kind"), rs.getObject("id", UUID.class)))
                .forEach(row -> byKind.computeIfAbsent(row.getKey(), k -> new HashSet<>()).add(row.getValue()));
        Set<UUID> delivered = byKind.getOrDefault("delivered", Set.of());
        Set<UUID> interventions = new HashSet<>(delivered);
        interventions.addAll(byKind.getOrDefault("class_intervention", Set.of()));
        return new Visibility(false, readable, byKind.getOrDefault("class_pupil", Set.of()),
                byKind.getOrDefault("group_pupil", Set.of()), interventions, delivered);
    }
}
