package uk.graduated.app.data.staff;

import java.util.List;
import java.util.UUID;
import uk.graduated.app.data.db.AppDatabase;
import uk.graduated.model.school.StaffMember;

/** The school's staff, from the device scope: who can sign in on this tablet. */
public final class StaffRepository {
    private final AppDatabase db;
    private final StaffTable table;

    public StaffRepository(AppDatabase db) {
        this.db = db;
        this.table = new StaffTable(db.staff());
    }

    /** Everyone who may pick their name on the sign-in screen, alphabetically. */
    public List<StaffEntity> signInList() {
        return db.staff().signInList();
    }

    /** The member of staff, or null when they are not on this tablet. */
    public StaffMember find(UUID staffId) {
        return table.find(staffId);
    }
}
