package uk.graduated.server.console.web;

import java.util.List;

/**
 * What the layout of every signed-in page needs: who is signed in (with their school), the page
 * title, where the page sits in the navigation, and an optional notice after an action.
 *
 * @param user    the signed-in person, or null on pages shown before sign-in
 * @param current the section to mark as current, or null for pages outside the navigation
 * @param notice  a one-line confirmation such as "Tablet revoked", or null
 */
public record Page(ConsoleUser user, String title, Section current, String notice) {
    public static Page of(ConsoleUser user, String title, Section current) {
        return new Page(user, title, current, null);
    }

    public Page withNotice(String text) {
        return new Page(user, title, current, text);
    }

    public List<Section> nav() {
        return user == null ? List.of() : Section.openTo(user);
    }

    /** The value for {@code aria-current}: "page" on the current section's link, else null (no attribute). */
    public String ariaCurrent(Section section) {
        return section == current ? "page" : null;
    }
}
