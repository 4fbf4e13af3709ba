package uk.graduated.server.demo;

import java.util.List;
import uk.graduated.model.school.StaffMember;

/**
 * A demo staff member with what the account needs beside the shared record.
 *
 * @param classes the classes or nursery rooms they work with (a teacher's class, a practitioner's room)
 * @param pin     the demo PIN for shared tablets; demo accounts only, printed by the loader
 */
public record DemoStaff(StaffMember member, List<String> classes, String pin) {
    public DemoStaff {
        classes = List.copyOf(classes);
    }
}
