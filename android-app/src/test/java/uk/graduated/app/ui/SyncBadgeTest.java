package uk.graduated.app.ui;

import static org.junit.Assert.assertEquals;

import org.junit.Test;

public class SyncBadgeTest {
    @Test
    public void nothingWaiting_saysAllSynced() {
        assertEquals("✓ All synced", SyncBadge.text(0, 0));
        assertEquals("All saved to the server", SyncBadge.description(0, 0));
    }

    @Test
    public void waitingChanges_areCounted() {
        assertEquals("12 waiting to sync", SyncBadge.text(12, 0));
        assertEquals("1 change waiting to sync", SyncBadge.description(1, 0));
        assertEquals("12 changes waiting to sync", SyncBadge.description(12, 0));
    }

    @Test
    public void rejectedChanges_takePriorityOverWaitingOnes() {
        assertEquals("2 need attention", SyncBadge.text(5, 2));
        assertEquals("2 changes need attention", SyncBadge.description(5, 2));
        assertEquals("1 change needs attention", SyncBadge.description(0, 1));
    }
}
