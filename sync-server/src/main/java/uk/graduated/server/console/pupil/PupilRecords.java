package uk.graduated.server.console.pupil;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;
import uk.graduated.model.plan.CycleStage;
import uk.graduated.model.plan.ProgressRating;
import uk.graduated.model.plan.ReviewDue;
import uk.graduated.model.plan.TargetStatus;
import uk.graduated.model.pupil.YearGroup;
import uk.graduated.model.sen.BroadArea;
import uk.graduated.model.sen.NeedType;
import uk.graduated.model.sen.SenProvision;

/** The lines of a pupil's page, as read from the register's tables. */
public final class PupilRecords {
    private PupilRecords() {
    }

    public record Details(PupilRef ref, String legalFirstName, String legalLastName, String preferredName,
            LocalDate dateOfBirth, YearGroup year, String className, String upn, boolean lookedAfter,
            boolean previouslyLookedAfter, boolean pupilPremium, boolean eal, LocalDate leftOn) {
        public String legalName() {
            return legalFirstName + " " + legalLastName;
        }
    }

    public record Provision(SenProvision provision, LocalDate startDate, LocalDate endDate) {
        public boolean isOpen() {
            return endDate == null;
        }
    }

    /** @param version the server version, sent back as the base of an edit so a concurrent change is merged */
    public record Need(UUID id, NeedType type, int rank, LocalDate startDate, LocalDate endDate, long version) {
        public boolean appliesOn(LocalDate date) {
            return !date.isBefore(startDate) && (endDate == null || date.isBefore(endDate));
        }

        public String rankLabel() {
            return rank == 1 ? "Primary" : "Secondary";
        }
    }

    public record Target(UUID id, UUID cycleId, String outcome, BroadArea area, String measure, String baseline,
            String goal, LocalDate reviewDate, TargetStatus status) {
        public String statusLabel() {
            return switch (status) {
                case ACTIVE -> "Active";
                case ACHIEVED -> "Achieved";
                case CARRIED_FORWARD -> "Carried forward";
                case DISCONTINUED -> "Discontinued";
            };
        }
    }

    public record Strategy(UUID cycleId, String text, String who) {
    }

    public record Progress(String target, ProgressRating rating, String comment) {
        public String ratingLabel() {
            String code = rating.code().replace('_', ' ');
            return Character.toUpperCase(code.charAt(0)) + code.substring(1);
        }
    }

    public record Review(UUID cycleId, LocalDate date, List<Progress> progress, String decisions, String attendees,
            String pupilViews, String parentCarerViews) {
        public Review {
            progress = List.copyOf(progress);
        }
    }

    /** One assess-plan-do-review cycle with what belongs to it. */
    public record Cycle(UUID id, LocalDate startDate, LocalDate reviewDate, CycleStage stage, ReviewDue due,
            List<Target> targets, List<Strategy> strategies, List<Review> reviews) {
        public Cycle {
            targets = List.copyOf(targets);
            strategies = List.copyOf(strategies);
            reviews = List.copyOf(reviews);
        }

        public String stageLabel() {
            String code = stage.code();
            return Character.toUpperCase(code.charAt(0)) + code.substring(1);
        }
    }

    public record Observation(ZonedDateTime observedAt, String text, List<String> areas, String nextSteps,
            String observedBy, int photos, int children) {
        public Observation {
            areas = List.copyOf(areas);
        }
    }

    public record Contact(LocalDate date, String withWhom, String method, String summary, LocalDate followUp,
            String recordedBy) {
    }

    public record Group(String intervention, LocalDate joined, LocalDate left, BigDecimal entry, BigDecimal exit,
            String unit) {
    }
}
