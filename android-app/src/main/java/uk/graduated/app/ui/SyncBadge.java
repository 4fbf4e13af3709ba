package uk.graduated.app.ui;

/**
 * The app bar's sync badge: what has not reached the server yet, and what it refused. Short enough
 * for a portrait app bar beside the title; the full sentence is what a screen reader says. Plain Java.
 */
public final class SyncBadge {
    private SyncBadge() {
    }

    public static String text(int pending, int rejected) {
        if (rejected > 0) {
            return rejected + (rejected == 1 ? " needs attention" : " need attention");
        }
        return pending == 0 ? "✓ All synced" : pending + " waiting to sync";
    }

    public static String description(int pending, int rejected) {
        if (rejected > 0) {
            return rejected + (rejected == 1 ? " change needs attention" : " changes need attention");
        }
        if (pending == 0) {
            return "All saved to the server";
        }
        return pending + (pending == 1 ? " change waiting to sync" : " changes waiting to sync");
    }
}
