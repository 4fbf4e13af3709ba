package uk.graduated.server.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import uk.graduated.model.contact.Agency;
import uk.graduated.model.contact.ContactLog;
import uk.graduated.model.contact.ContactMethod;
import uk.graduated.model.contact.ContactParty;
import uk.graduated.model.ehc.EhcPlan;
import uk.graduated.model.plan.CycleStage;
import uk.graduated.model.plan.PlanCycle;
import uk.graduated.model.plan.Strategy;
import uk.graduated.model.plan.SupportPlan;
import uk.graduated.model.plan.Target;
import uk.graduated.model.plan.TargetStatus;
import uk.graduated.model.pupil.Pupil;
import uk.graduated.model.pupil.YearGroup;
import uk.graduated.model.sen.BroadArea;
import uk.graduated.model.sen.NeedType;
import uk.graduated.model.sen.ProvisionEntry;
import uk.graduated.model.sen.RankedNeed;
import uk.graduated.model.sen.SenProvision;
import uk.graduated.server.demo.DemoSchoolGenerator.DemoCalendar;

/** The SEN register of the demo school: provision history, ranked needs, plans, EHC plans, contacts. */
record DemoRegister(
        List<Pupil> registerPupils,
        List<ProvisionEntry> provisions,
        List<RankedNeed> needs,
        List<SupportPlan> plans,
        List<PlanCycle> cycles,
        List<Target> targets,
        List<Strategy> strategies,
        List<EhcPlan> ehcPlans,
        DemoIds ids) {

    /** Primary needs as they are spread in primary schools: SLCN most common, then SEMH, ASD, MLD, SpLD. */
    private static final List<NeedType> PRIMARY_NEEDS = List.of(
            NeedType.SLCN, NeedType.SLCN, NeedType.SLCN, NeedType.SLCN, NeedType.SLCN,
            NeedType.SEMH, NeedType.SEMH, NeedType.SEMH, NeedType.SEMH,
            NeedType.ASD, NeedType.ASD, NeedType.ASD,
            NeedType.MLD, NeedType.MLD, NeedType.MLD,
            NeedType.SPLD, NeedType.SPLD, NeedType.PD, NeedType.HI, NeedType.VI);
    private static final String LOCAL_AUTHORITY = "Northbridge County Council";

    static DemoRegister build(DemoIds ids, Random random, List<Pupil> pupils, DemoCalendar calendar, DemoSize size) {
        List<Pupil> school = new ArrayList<>();
        for (Pupil p : pupils) {
            if (p.yearGroup() != YearGroup.N1 && p.yearGroup() != YearGroup.N2) {
                school.add(p);
            }
        }
        Collections.shuffle(school, random);
        DemoRegister r = new DemoRegister(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(),
                new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), ids);
        LocalDate today = calendar.lastDay().plusDays(1);
        for (int i = 0; i < size.onRegister(); i++) {
            Pupil pupil = school.get(i);
            boolean ehc = i < size.withEhcPlan();
            boolean noSpecialistAssessment = !ehc && i % 15 == 14;
            r.registerPupils.add(pupil);
            NeedType primary = noSpecialistAssessment ? NeedType.NSA : PRIMARY_NEEDS.get(random.nextInt(PRIMARY_NEEDS.size()));
            LocalDate supportSince = today.minusDays(120 + random.nextInt(900));
            if (ehc) {
                LocalDate issued = supportSince.plusDays(200 + random.nextInt(200));
                if (!issued.isBefore(today)) {
                    issued = today.minusDays(30);
                }
                r.provisions.add(new ProvisionEntry(ids.next(), pupil.id(), SenProvision.K, supportSince, issued));
                r.provisions.add(new ProvisionEntry(ids.next(), pupil.id(), SenProvision.E, issued, null));
                r.ehcPlans.add(ehcPlan(ids, random, pupil, issued, today));
            } else {
                r.provisions.add(new ProvisionEntry(ids.next(), pupil.id(), SenProvision.K, supportSince, null));
            }
            r.needs.add(new RankedNeed(ids.next(), pupil.id(), primary, 1, supportSince, null));
            if (ehc || random.nextInt(4) == 0) {
                NeedType secondary = PRIMARY_NEEDS.get(random.nextInt(PRIMARY_NEEDS.size()));
                if (secondary != primary && !noSpecialistAssessment) {
                    r.needs.add(new RankedNeed(ids.next(), pupil.id(), secondary, 2, supportSince.plusDays(60), null));
                }
            }
            r.addPlan(random, pupil, primary.broadArea().orElse(BroadArea.COGNITION_AND_LEARNING), calendar);
        }
        // Former SEN: support that ended, so the history shows a pupil who no longer needs it.
        for (int i = size.onRegister(); i < size.onRegister() + 4 && i < school.size(); i++) {
            Pupil pupil = school.get(i);
            LocalDate from = today.minusDays(700 + random.nextInt(200));
            LocalDate ended = from.plusDays(300);
            r.provisions.add(new ProvisionEntry(ids.next(), pupil.id(), SenProvision.K, from, ended));
            r.provisions.add(new ProvisionEntry(ids.next(), pupil.id(), SenProvision.N, ended, null));
        }
        return r;
    }

    private static EhcPlan ehcPlan(DemoIds ids, Random random, Pupil pupil, LocalDate issued, LocalDate today) {
        // A spread of review states: some reviewed this year, some due soon, a few overdue.
        LocalDate lastReview = null;
        LocalDate anniversary = issued.plusYears(1);
        while (anniversary.isBefore(today.minusDays(random.nextInt(60)))) {
            lastReview = anniversary.minusDays(random.nextInt(20));
            anniversary = lastReview.plusYears(1);
        }
        LocalDate meeting = null;
        LocalDate invited = null;
        if (anniversary.isBefore(today.plusDays(60)) && anniversary.isAfter(today.plusDays(14)) && random.nextBoolean()) {
            meeting = anniversary.minusDays(7);
            invited = meeting.minusDays(21);
            if (invited.isAfter(today)) {
                invited = null;
            }
        }
        return new EhcPlan(ids.next(), pupil.id(), issued, lastReview, meeting, invited, LOCAL_AUTHORITY);
    }

    private void addPlan(Random random, Pupil pupil, BroadArea area, DemoCalendar calendar) {
        SupportPlan plan = new SupportPlan(ids.next(), pupil.id());
        plans.add(plan);
        LocalDate reviewDate = calendar.termStart().plusWeeks(11 + random.nextInt(4));
        PlanCycle cycle = new PlanCycle(ids.next(), plan.id(), calendar.termStart(), reviewDate, CycleStage.DO);
        cycles.add(cycle);
        List<String[]> pool = new ArrayList<>(DemoTexts.TARGETS.get(area));
        Collections.shuffle(pool, random);
        int count = 2 + random.nextInt(2);
        for (int t = 0; t < count && t < pool.size(); t++) {
            String[] target = pool.get(t);
            targets.add(new Target(ids.next(), cycle.id(), pupil.id(), target[0], area, target[1], target[2], target[3],
                    reviewDate, TargetStatus.ACTIVE));
        }
        List<String> strategyPool = new ArrayList<>(DemoTexts.STRATEGIES.get(area));
        Collections.shuffle(strategyPool, random);
        for (int s = 0; s < 2; s++) {
            strategies.add(new Strategy(ids.next(), pupil.id(), cycle.id(), strategyPool.get(s), "Class teacher and TA"));
        }
    }

    /** Parent meetings and agency contacts for a third of the register, recorded by the SENCO. */
    List<ContactLog> contacts(UUID sencoId) {
        List<ContactLog> contacts = new ArrayList<>();
        for (int i = 0; i < registerPupils.size(); i += 3) {
            Pupil pupil = registerPupils.get(i);
            LocalDate date = cycles.get(Math.min(i, cycles.size() - 1)).startDate().plusDays(3);
            contacts.add(new ContactLog(ids.next(), pupil.id(), date, ContactParty.PARENT_CARER, null, null,
                    ContactMethod.MEETING, "Shared the new targets and strategies; parent will practise reading at home three times a week.",
                    date.plusWeeks(6), sencoId));
            if (i % 2 == 0) {
                contacts.add(new ContactLog(ids.next(), pupil.id(), date.plusDays(10), ContactParty.AGENCY,
                        Agency.SPEECH_AND_LANGUAGE_THERAPY, null, ContactMethod.EMAIL,
                        "Therapist sent the updated programme; TA to run it three times a week.", null, sencoId));
            }
        }
        return contacts;
    }
}
