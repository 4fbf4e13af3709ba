package uk.graduated.server.console.audit;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import uk.graduated.model.sync.EntityType;
import uk.graduated.server.auth.Principal;
import uk.graduated.server.console.pupil.PushedNeedWriter;

/** The audit trail of a school, a page at a time, put into words. */
public final class AuditService {
    public static final int PAGE_SIZE = 50;

    private final Jdbi jdbi;
    private final Clock clock;

    public AuditService(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    public AuditView load(Principal senco, AuditFilter filter) {
        UUID consoleWriter = PushedNeedWriter.consoleWriterId(senco.schoolId());
        return jdbi.inTransaction(h -> {
            AuditDao dao = new AuditDao(h, senco.schoolId(), clock.getZone());
            List<AuditDao.Row> rows = dao.find(filter, PAGE_SIZE + 1, (filter.page() - 1) * PAGE_SIZE);
            List<AuditEntry> entries = new ArrayList<>();
            for (AuditDao.Row row : rows.subList(0, Math.min(rows.size(), PAGE_SIZE))) {
                entries.add(entry(row, consoleWriter));
            }
            return new AuditView(filter, entries, rows.size() > PAGE_SIZE, dao.pupils(), dao.staff());
        });
    }

    private AuditEntry entry(AuditDao.Row row, UUID consoleWriter) {
        String pupilName = row.lastName() == null ? null
                : (row.preferredName() != null ? row.preferredName() : row.firstName()) + " " + row.lastName();
        return new AuditEntry(row.at().atZone(clock.getZone()), row.staffName() == null ? "Unknown" : row.staffName(),
                row.pupilId(), pupilName, Math.max(0, row.pupils() - 1), what(row), where(row, consoleWriter));
    }

    private static String what(AuditDao.Row row) {
        if (row.entityType() == null) {
            return AccessAction.fromCode(row.kind()).map(AccessAction::label).orElse(row.kind());
        }
        String noun = EntityType.fromWireName(row.entityType()).map(AuditService::noun).orElse("record");
        return switch (row.kind()) {
            case "created" -> "Added " + noun;
            case "deleted" -> "Deleted " + noun;
            default -> "Changed " + noun;
        };
    }

    private static String where(AuditDao.Row row, UUID consoleWriter) {
        if (row.entityType() == null) {
            String ip = row.ip() == null ? "Address not known" : row.ip();
            return ip + " · " + BrowserNames.describe(row.userAgent());
        }
        if (consoleWriter.equals(row.deviceId())) {
            return "Console";
        }
        return row.deviceName() == null ? "A tablet no longer enrolled" : "Tablet: " + row.deviceName();
    }

    static String noun(EntityType type) {
        return switch (type) {
            case PUPIL -> "pupil details";
            case SEN_PROVISION -> "SEN provision";
            case SEN_NEED -> "a need";
            case SUPPORT_PLAN -> "support plan";
            case PLAN_CYCLE -> "plan cycle";
            case PLAN_TARGET -> "a target";
            case PLAN_STRATEGY -> "a strategy";
            case PLAN_REVIEW -> "a plan review";
            case EHC_PLAN -> "EHC plan";
            case GROUP_MEMBERSHIP -> "group membership";
            case OBSERVATION -> "an observation";
            case CONTACT_LOG -> "a contact note";
            default -> type.wireName().replace('_', ' ');
        };
    }
}
