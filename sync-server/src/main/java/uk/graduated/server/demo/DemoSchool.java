package uk.graduated.server.demo;

import java.time.LocalDate;
import java.util.List;
import uk.graduated.model.contact.ContactLog;
import uk.graduated.model.ehc.EhcPlan;
import uk.graduated.model.intervention.GroupMembership;
import uk.graduated.model.intervention.Intervention;
import uk.graduated.model.observation.Observation;
import uk.graduated.model.plan.PlanCycle;
import uk.graduated.model.plan.Strategy;
import uk.graduated.model.plan.SupportPlan;
import uk.graduated.model.plan.Target;
import uk.graduated.model.pupil.Pupil;
import uk.graduated.model.school.School;
import uk.graduated.model.sen.ProvisionEntry;
import uk.graduated.model.sen.RankedNeed;
import uk.graduated.model.session.SessionLog;

/**
 * A whole fictional school as shared-model records, made by {@link DemoSchoolGenerator}. Every name
 * is invented; nothing here is about a real person.
 *
 * @param referenceDate the "today" the school was generated for: sessions and observations stop the day before
 */
public record DemoSchool(
        LocalDate referenceDate,
        School school,
        List<DemoStaff> staff,
        List<DemoDevice> devices,
        List<Pupil> pupils,
        List<ProvisionEntry> provisions,
        List<RankedNeed> needs,
        List<SupportPlan> plans,
        List<PlanCycle> cycles,
        List<Target> targets,
        List<Strategy> strategies,
        List<EhcPlan> ehcPlans,
        List<Intervention> interventions,
        List<GroupMembership> memberships,
        List<SessionLog> sessions,
        List<Observation> observations,
        List<ContactLog> contacts) {

    public DemoSchool {
        staff = List.copyOf(staff);
        devices = List.copyOf(devices);
        pupils = List.copyOf(pupils);
        provisions = List.copyOf(provisions);
        needs = List.copyOf(needs);
        plans = List.copyOf(plans);
        cycles = List.copyOf(cycles);
        targets = List.copyOf(targets);
        strategies = List.copyOf(strategies);
        ehcPlans = List.copyOf(ehcPlans);
        interventions = List.copyOf(interventions);
        memberships = List.copyOf(memberships);
        sessions = List.copyOf(sessions);
        observations = List.copyOf(observations);
        contacts = List.copyOf(contacts);
    }

    /** Pupils whose current provision is E or K. */
    public long registerSize() {
        return provisions.stream().filter(p -> p.endDate() == null && p.provision() != uk.graduated.model.sen.SenProvision.N).count();
    }
}
