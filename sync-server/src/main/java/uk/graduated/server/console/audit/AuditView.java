package uk.graduated.server.console.audit;

import java.util.List;

/** The audit page: one page of entries, whether there is a next one, and the filters' choices. */
public record AuditView(AuditFilter filter, List<AuditEntry> entries, boolean hasNext, List<FilterChoice> pupils,
        List<FilterChoice> staff) {
    public AuditView {
        entries = List.copyOf(entries);
        pupils = List.copyOf(pupils);
        staff = List.copyOf(staff);
    }

    public List<AccessAction> accessActions() {
        return List.of(AccessAction.values());
    }

    public boolean hasPrevious() {
        return filter.page() > 1;
    }

    public String previousHref() {
        return "/console/audit" + filter.query(filter.page() - 1);
    }

    public String nextHref() {
        return "/console/audit" + filter.query(filter.page() + 1);
    }

    /** "Entries 51 to 100". */
    public String range() {
        int first = (filter.page() - 1) * AuditService.PAGE_SIZE + 1;
        return "Entries " + first + " to " + (first + entries.size() - 1);
    }
}
