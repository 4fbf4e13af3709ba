package uk.graduated.server.console.pupil;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;
import uk.graduated.model.contact.Agency;
import uk.graduated.model.eyfs.AreaOfLearning;
import uk.graduated.model.plan.ProgressRating;
import uk.graduated.model.plan.TargetStatus;
import uk.graduated.model.pupil.YearGroup;
import uk.graduated.model.sen.BroadArea;
import uk.graduated.model.sen.NeedType;
import uk.graduated.model.sen.SenProvision;
import uk.graduated.model.session.Rating;
import uk.graduated.server.auth.Timestamps;

/** Reads one pupil's records for their page; every query is bounded by the school and skips tombstones. */
final class PupilDao {
    /** A plan cycle row before its targets, strategies and reviews are attached. */
    record CycleRow(UUID id, UUID planId, LocalDate startDate, LocalDate reviewDate, String status) {
    }

    record EhcRow(UUID id, LocalDate issueDate, LocalDate lastReview, LocalDate nextMeeting, LocalDate invitationSent,
            String localAuthority) {
    }

    private static final String OWN = "school_id = :school and pupil_id = :pupil and not deleted";

    private final Handle handle;
    private final UUID schoolId;
    private final UUID pupilId;

    PupilDao(Handle handle, UUID schoolId, UUID pupilId) {
        this.handle = handle;
        this.schoolId = schoolId;
        this.pupilId = pupilId;
    }

    Optional<PupilRecords.Details> details() {
        return handle.createQuery("select * from pupil where school_id = :school and id = :pupil and not deleted")
                .bind("school", schoolId)
                .bind("pupil", pupilId)
                .map((rs, ctx) -> new PupilRecords.Details(
                        PupilRef.of(pupilId, rs.getString("legal_first_name"), rs.getString("legal_last_name"),
                                rs.getString("preferred_name")),
                        rs.getString("legal_first_name"), rs.getString("legal_last_name"), rs.getString("preferred_name"),
                        rs.getObject("date_of_birth", LocalDate.class),
                        YearGroup.fromCode(rs.getString("year_group")).orElse(null), rs.getString("class_name"),
                        rs.getString("upn"), rs.getBoolean("looked_after"), rs.getBoolean("previously_looked_after"),
                        rs.getBoolean("pupil_premium"), rs.getBoolean("eal"), rs.getObject("left_on", LocalDate.class)))
                .findOne();
    }

    /** Latest first. */
    List<PupilRecords.Provision> provisions() {
        return query("select provision, start_date, end_date from sen_provision where " + OWN + " order by start_date desc")
                .map((rs, ctx) -> new PupilRecords.Provision(SenProvision.fromCode(rs.getString("provision")).orElseThrow(),
                        rs.getObject("start_date", LocalDate.class), rs.getObject("end_date", LocalDate.class)))
                .list();
    }

    /** Open needs by rank first, then ended ones, latest first. */
    List<PupilRecords.Need> needs() {
        return query("select id, type, rank, start_date, end_date, version from sen_need where " + OWN
                + " order by end_date is not null, end_date desc, rank, start_date desc")
                .map((rs, ctx) -> need(rs))
                .list();
    }

    Optional<PupilRecords.Need> need(UUID needId) {
        return query("select id, type, rank, start_date, end_date, version from sen_need where " + OWN + " and id = :need")
                .bind("need", needId)
                .map((rs, ctx) -> need(rs))
                .findOne();
    }

    /** Latest first. */
    List<CycleRow> cycles() {
        return query("select id, plan_id, start_date, review_date, status from plan_cycle where " + OWN
                + " order by start_date desc")
                .map((rs, ctx) -> new CycleRow(rs.getObject("id", UUID.class), rs.getObject("plan_id", UUID.class),
                        rs.getObject("start_date", LocalDate.class), rs.getObject("review_date", LocalDate.class),
                        rs.getString("status")))
                .list();
    }

    List<PupilRecords.Target> targets() {
        return query("select * from plan_target where " + OWN + " order by review_date, outcome")
                .map((rs, ctx) -> new PupilRecords.Target(rs.getObject("id", UUID.class),
                        rs.getObject("cycle_id", UUID.class), rs.getString("outcome"),
                        BroadArea.fromCode(rs.getString("area_of_need")).orElse(null), rs.getString("measure"),
                        rs.getString("baseline"), rs.getString("goal"), rs.getObject("review_date", LocalDate.class),
                        TargetStatus.fromCode(rs.getString("status")).orElse(TargetStatus.ACTIVE)))
                .list();
    }

    List<PupilRecords.Strategy> strategies() {
        return query("select cycle_id, text, who from plan_strategy where " + OWN + " order by created_at")
                .map((rs, ctx) -> new PupilRecords.Strategy(rs.getObject("cycle_id", UUID.class), rs.getString("text"),
                        rs.getString("who")))
                .list();
    }

    /** Latest first; {@code outcomes} names the targets the progress lines refer to. */
    List<PupilRecords.Review> reviews(Map<UUID, String> outcomes) {
        return query("select cycle_id, date, progress::text as progress, decisions, attendees::text as attendees,"
                + " pupil_views, parent_carer_views from plan_review where " + OWN + " order by date desc")
                .map((rs, ctx) -> new PupilRecords.Review(rs.getObject("cycle_id", UUID.class),
                        rs.getObject("date", LocalDate.class), progress(rs.getString("progress"), outcomes),
                        rs.getString("decisions"), attendees(rs.getString("attendees")), rs.getString("pupil_views"),
                        rs.getString("parent_carer_views")))
                .list();
    }

    Optional<EhcRow> ehcPlan() {
        return query("select * from ehc_plan where " + OWN + " order by issue_date desc limit 1")
                .map((rs, ctx) -> new EhcRow(rs.getObject("id", UUID.class), rs.getObject("issue_date", LocalDate.class),
                        rs.getObject("last_annual_review_date", LocalDate.class),
                        rs.getObject("next_review_meeting_date", LocalDate.class),
                        rs.getObject("invitation_sent_date", LocalDate.class), rs.getString("local_authority")))
                .findOne();
    }

    /** Every rating of this pupil in a session log, oldest first: the chart's points. */
    List<RatingPoint> ratings() {
        return handle.createQuery("""
                        select s.date, r ->> 'targetId' as target_id, (r ->> 'rating')::int as rating
                        from session_log s, jsonb_array_elements(s.ratings) r
                        where s.school_id = :school and not s.deleted
                          and s.attendance @> cast(:attendee as jsonb) and r ->> 'pupilId' = :pupilText
                        order by s.date, s.recorded_at""")
                .bind("school", schoolId)
                .bind("attendee", "[{\"pupilId\":\"" + pupilId + "\"}]")
                .bind("pupilText", pupilId.toString())
                .map((rs, ctx) -> new RatingPoint(UUID.fromString(rs.getString("target_id")),
                        rs.getObject("date", LocalDate.class), Rating.fromValue(rs.getInt("rating")).orElseThrow()))
                .list();
    }

    /** The latest 30, newest first. */
    List<PupilRecords.Observation> observations(ZoneId zone) {
        return handle.createQuery("""
                        select o.observed_at, o.text, o.areas, o.next_steps, st.display_name as observed_by,
                               jsonb_array_length(o.photos) as photos, cardinality(o.child_ids) as children
                        from observation o
                        left join staff st on st.school_id = o.school_id and st.id = o.observed_by
                        where o.school_id = :school and not o.deleted and o.child_ids @> array[cast(:pupil as uuid)]
                        order by o.observed_at desc
                        limit 30""")
                .bind("school", schoolId)
                .bind("pupil", pupilId)
                .map((rs, ctx) -> new PupilRecords.Observation(Timestamps.instant(rs, "observed_at").atZone(zone),
                        rs.getString("text"), areas((String[]) rs.getArray("areas").getArray()), rs.getString("next_steps"),
                        rs.getString("observed_by"), rs.getInt("photos"), rs.getInt("children")))
                .list();
    }

    List<PupilRecords.Contact> contacts() {
        return handle.createQuery("""
                        select c.date, c.with_whom, c.agency, c.agency_name, c.method, c.summary, c.follow_up_date,
                               st.display_name as recorded_by
                        from contact_log c
                        left join staff st on st.school_id = c.school_id and st.id = c.recorded_by
                        where c.school_id = :school and c.pupil_id = :pupil and not c.deleted
                        order by c.date desc""")
                .bind("school", schoolId)
                .bind("pupil", pupilId)
                .map((rs, ctx) -> new PupilRecords.Contact(rs.getObject("date", LocalDate.class),
                        withWhom(rs.getString("with_whom"), rs.getString("agency"), rs.getString("agency_name")),
                        capitalised(rs.getString("method")), rs.getString("summary"),
                        rs.getObject("follow_up_date", LocalDate.class), rs.getString("recorded_by")))
                .list();
    }

    List<PupilRecords.Group> groups() {
        return handle.createQuery("""
                        select i.name, m.joined_on, m.left_on, m.entry_value, m.exit_value, i.assessment_unit
                        from group_membership m
                        join intervention i on i.school_id = m.school_id and i.id = m.intervention_id
                        where m.school_id = :school and m.pupil_id = :pupil and not m.deleted and not i.deleted
                        order by m.joined_on desc""")
                .bind("school", schoolId)
                .bind("pupil", pupilId)
                .map((rs, ctx) -> new PupilRecords.Group(rs.getString("name"), rs.getObject("joined_on", LocalDate.class),
                        rs.getObject("left_on", LocalDate.class), rs.getBigDecimal("entry_value"),
                        rs.getBigDecimal("exit_value"), rs.getString("assessment_unit")))
                .list();
    }

    private Query query(String sql) {
        return handle.createQuery(sql).bind("school", schoolId).bind("pupil", pupilId);
    }

    private static PupilRecords.Need need(ResultSet rs) throws SQLException {
        return new PupilRecords.Need(rs.getObject("id", UUID.class), NeedType.fromCode(rs.getString("type")).orElseThrow(),
                rs.getInt("rank"), rs.getObject("start_date", LocalDate.class), rs.getObject("end_date", LocalDate.class),
                rs.getLong("version"));
    }

    private static List<PupilRecords.Progress> progress(String json, Map<UUID, String> outcomes) {
        List<PupilRecords.Progress> lines = new ArrayList<>();
        for (JsonElement element : JsonParser.parseString(json).getAsJsonArray()) {
            JsonObject p = element.getAsJsonObject();
            UUID target = UUID.fromString(p.get("targetId").getAsString());
            lines.add(new PupilRecords.Progress(outcomes.getOrDefault(target, "A target no longer in the plan"),
                    ProgressRating.fromCode(p.get("rating").getAsString()).orElse(ProgressRating.NOT_STARTED),
                    p.has("comment") ? p.get("comment").getAsString() : null));
        }
        return lines;
    }

    private static String attendees(String json) {
        JsonArray people = JsonParser.parseString(json).getAsJsonArray();
        List<String> names = new ArrayList<>();
        people.forEach(a -> names.add(a.getAsJsonObject().get("name").getAsString()));
        return String.join(", ", names);
    }

    private static List<String> areas(String[] codes) {
        return Arrays.stream(codes)
                .map(code -> AreaOfLearning.fromCode(code).map(AreaOfLearning::displayName).orElse(code))
                .collect(Collectors.toList());
    }

    private static String withWhom(String party, String agency, String agencyName) {
        if (agency == null) {
            return capitalised(party);
        }
        String label = Agency.fromCode(agency).map(Agency::label).orElse(agency);
        return agencyName == null ? label : label + " (" + agencyName + ")";
    }

    private static String capitalised(String code) {
        String words = code.replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
