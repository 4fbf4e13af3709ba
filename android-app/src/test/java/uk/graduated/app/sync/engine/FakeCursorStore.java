package uk.graduated.app.sync.engine;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

final class FakeCursorStore implements CursorStore {
    final Map<SyncScope, String> cursors = new HashMap<>();
    final Map<SyncScope, Integer> failures = new HashMap<>();
    final Map<SyncScope, Instant> lastSuccess = new HashMap<>();
    final Map<SyncScope, SyncError> lastError = new HashMap<>();

    @Override
    public String cursor(SyncScope scope) {
        return cursors.get(scope);
    }

    @Override
    public int consecutiveFailures(SyncScope scope) {
        return failures.getOrDefault(scope, 0);
    }

    @Override
    public void succeeded(SyncScope scope, Instant at) {
        failures.remove(scope);
        lastError.remove(scope);
        lastSuccess.put(scope, at);
    }

    @Override
    public void failed(SyncScope scope, Instant at, SyncError error) {
        failures.merge(scope, 1, Integer::sum);
        lastError.put(scope, error);
    }
}
