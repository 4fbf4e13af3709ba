package uk.graduated.server.register;

import static uk.graduated.server.register.Kind.BOOL;
import static uk.graduated.server.register.Kind.DATE;
import static uk.graduated.server.register.Kind.INT;
import static uk.graduated.server.register.Kind.JSONB;
import static uk.graduated.server.register.Kind.TEXT;
import static uk.graduated.server.register.Kind.UUID_VALUE;

import com.google.gson.JsonPrimitive;
import java.util.List;
import java.util.Set;
import uk.graduated.model.contact.ContactLogJson;
import uk.graduated.model.ehc.EhcPlanJson;
import uk.graduated.model.plan.PlanCycleJson;
import uk.graduated.model.plan.PlanReviewJson;
import uk.graduated.model.plan.StrategyJson;
import uk.graduated.model.plan.SupportPlanJson;
import uk.graduated.model.plan.TargetJson;
import uk.graduated.model.pupil.PupilJson;
import uk.graduated.model.sen.ProvisionEntryJson;
import uk.graduated.model.sen.RankedNeedJson;
import uk.graduated.model.sync.EntityType;

/** The register's tables: pupils and what is recorded about each (columns in their codec's order). */
final class RegisterTables {
    private RegisterTables() {
    }

    static List<RecordTable> all() {
        return List.of(pupil(), provision(), need(), supportPlan(), cycle(), target(), strategy(), review(),
                ehcPlan(), contact());
    }

    private static RecordTable pupil() {
        return new RecordTable(EntityType.PUPIL, "pupil", f -> PupilJson.toJson(PupilJson.fromJson(f)),
                ScopeRule.pupilItself(), Set.of("id", "schoolId"))
                .column("id", UUID_VALUE).column("schoolId", "school_id", UUID_VALUE)
                .column("legalFirstName", TEXT).column("legalLastName", TEXT).column("preferredName", TEXT)
                .column("dateOfBirth", DATE).column("yearGroup", TEXT).column("className", TEXT)
                .column("upn", TEXT).column("lookedAfter", BOOL).column("previouslyLookedAfter", BOOL)
                .column("pupilPremium", BOOL).column("eal", BOOL).column("leftOn", DATE);
    }

    private static RecordTable provision() {
        return new RecordTable(EntityType.SEN_PROVISION, "sen_provision",
                f -> ProvisionEntryJson.toJson(ProvisionEntryJson.fromJson(f)), ScopeRule.pupilMember(),
                Set.of("id", "pupilId"))
                .column("id", UUID_VALUE).column("pupilId", UUID_VALUE).column("provision", TEXT)
                .column("startDate", DATE).column("endDate", DATE)
                .references("pupilId", EntityType.PUPIL);
    }

    private static RecordTable need() {
        return new RecordTable(EntityType.SEN_NEED, "sen_need", f -> RankedNeedJson.toJson(RankedNeedJson.fromJson(f)),
                ScopeRule.pupilMember(), Set.of("id", "pupilId"))
                .column("id", UUID_VALUE).column("pupilId", UUID_VALUE).column("type", TEXT).column("rank", INT)
                .column("startDate", DATE).column("endDate", DATE)
                .references("pupilId", EntityType.PUPIL);
    }

    private static RecordTable supportPlan() {
        return new RecordTable(EntityType.SUPPORT_PLAN, "support_plan",
                f -> SupportPlanJson.toJson(SupportPlanJson.fromJson(f)), ScopeRule.pupilMember(),
                Set.of("id", "pupilId"))
                .column("id", UUID_VALUE).column("pupilId", UUID_VALUE)
                .references("pupilId", EntityType.PUPIL);
    }

    private static RecordTable cycle() {
        return new RecordTable(EntityType.PLAN_CYCLE, "plan_cycle", f -> PlanCycleJson.toJson(PlanCycleJson.fromJson(f)),
                ScopeRule.pupilOfParent("planId", EntityType.SUPPORT_PLAN), Set.of("id", "planId"))
                .column("id", UUID_VALUE).column("planId", UUID_VALUE).column("startDate", DATE)
                .column("reviewDate", DATE).column("status", TEXT)
                .derived("pupil_id", UUID_VALUE, (record, keys) -> new JsonPrimitive(keys.pupilIds().get(0).toString()))
                .references("planId", EntityType.SUPPORT_PLAN);
    }

    private static RecordTable target() {
        return new RecordTable(EntityType.PLAN_TARGET, "plan_target", f -> TargetJson.toJson(TargetJson.fromJson(f)),
                ScopeRule.pupilMember(), Set.of("id", "cycleId", "pupilId"))
                .column("id", UUID_VALUE).column("cycleId", UUID_VALUE).column("pupilId", UUID_VALUE)
                .column("outcome", TEXT).column("areaOfNeed", TEXT).column("measure", TEXT)
                .column("baseline", TEXT).column("goal", TEXT).column("reviewDate", DATE).column("status", TEXT)
                .references("cycleId", EntityType.PLAN_CYCLE).references("pupilId", EntityType.PUPIL);
    }

    private static RecordTable strategy() {
        return new RecordTable(EntityType.PLAN_STRATEGY, "plan_strategy", f -> StrategyJson.toJson(StrategyJson.fromJson(f)),
                ScopeRule.pupilMember(), Set.of("id", "cycleId", "pupilId"))
                .column("id", UUID_VALUE).column("pupilId", UUID_VALUE).column("cycleId", UUID_VALUE)
                .column("text", TEXT).column("who", TEXT)
                .references("cycleId", EntityType.PLAN_CYCLE).references("pupilId", EntityType.PUPIL);
    }

    private static RecordTable review() {
        return new RecordTable(EntityType.PLAN_REVIEW, "plan_review", f -> PlanReviewJson.toJson(PlanReviewJson.fromJson(f)),
                ScopeRule.pupilOfParent("cycleId", EntityType.PLAN_CYCLE), Set.of("id", "cycleId"))
                .column("id", UUID_VALUE).column("cycleId", UUID_VALUE).column("date", DATE)
                .column("progress", JSONB).column("decisions", TEXT).column("attendees", JSONB)
                .column("pupilViews", TEXT).column("parentCarerViews", TEXT)
                .derived("pupil_id", UUID_VALUE, (record, keys) -> new JsonPrimitive(keys.pupilIds().get(0).toString()))
                .references("cycleId", EntityType.PLAN_CYCLE).references("progress[].targetId", EntityType.PLAN_TARGET);
    }

    private static RecordTable ehcPlan() {
        return new RecordTable(EntityType.EHC_PLAN, "ehc_plan", f -> EhcPlanJson.toJson(EhcPlanJson.fromJson(f)),
                ScopeRule.pupilMember(), Set.of("id", "pupilId"))
                .column("id", UUID_VALUE).column("pupilId", UUID_VALUE).column("issueDate", DATE)
                .column("lastAnnualReviewDate", DATE).column("nextReviewMeetingDate", DATE)
                .column("invitationSentDate", DATE).column("localAuthority", TEXT)
                .references("pupilId", EntityType.PUPIL);
    }

    private static RecordTable contact() {
        return new RecordTable(EntityType.CONTACT_LOG, "contact_log", f -> ContactLogJson.toJson(ContactLogJson.fromJson(f)),
                ScopeRule.pupilMember(), Set.of("id", "pupilId"))
                .column("id", UUID_VALUE).column("pupilId", UUID_VALUE).column("date", DATE)
                .column("withWhom", TEXT).column("agency", TEXT).column("agencyName", TEXT)
                .column("method", TEXT).column("summary", TEXT).column("followUpDate", DATE)
                .column("recordedBy", UUID_VALUE)
                .references("pupilId", EntityType.PUPIL).references("recordedBy", EntityType.STAFF);
    }
}
