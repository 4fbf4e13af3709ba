package uk.graduated.server.console.imports;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import uk.graduated.server.console.web.ConsoleUser;

/**
 * Uploaded files between preview and confirmation, held in memory only (pupil data never goes to
 * disk here), under an unguessable id that works only for the session that uploaded it, for
 * {@link #LIFETIME}. The confirmation reads the file again from here, never from the browser.
 */
final class PendingImports {
    /** As long as a console session may sit idle. */
    static final Duration LIFETIME = Duration.ofMinutes(30);
    /** A person keeps a few uploads at once (two tabs, a corrected file); older ones are dropped. */
    private static final int PER_PERSON = 3;
    private static final SecureRandom RANDOM = new SecureRandom();

    /** An upload, or once imported, what was written (and no longer the file). */
    record Pending(String id, UUID schoolId, UUID staffId, String sessionKey, String fileName, byte[] bytes,
            Instant expiresAt, ImportResult result) {
        boolean isDone() {
            return result != null;
        }
    }

    private final Map<String, Pending> pending = new ConcurrentHashMap<>();
    private final Set<String> claimed = ConcurrentHashMap.newKeySet();
    private final Clock clock;

    PendingImports(Clock clock) {
        this.clock = clock;
    }

    String put(ConsoleUser user, String fileName, byte[] bytes) {
        dropExpired();
        dropOldestBeyondLimit(user);
        byte[] id = new byte[18];
        RANDOM.nextBytes(id);
        String key = Base64.getUrlEncoder().withoutPadding().encodeToString(id);
        pending.put(key, new Pending(key, user.principal().schoolId(), user.principal().staffId(), user.csrfToken(),
                fileName, bytes.clone(), clock.instant().plus(LIFETIME), null));
        return key;
    }

    /** The upload {@code id} of this very session, if it has not expired. */
    Optional<Pending> find(ConsoleUser user, String id) {
        Pending p = id == null ? null : pending.get(id);
        if (p == null || !p.expiresAt().isAfter(clock.instant()) || !belongsTo(p, user)) {
            return Optional.empty();
        }
        return Optional.of(p);
    }

    /**
     * Takes {@code upload} for writing; false when another request already has (a double click), so a
     * file is written once. {@link #complete} or {@link #release} follows.
     */
    boolean claim(Pending upload) {
        return claimed.add(upload.id());
    }

    void release(Pending upload) {
        claimed.remove(upload.id());
    }

    /** Keeps only what was written: the file itself is dropped. */
    void complete(Pending upload, ImportResult result) {
        pending.put(upload.id(), new Pending(upload.id(), upload.schoolId(), upload.staffId(), upload.sessionKey(),
                upload.fileName(), new byte[0], upload.expiresAt(), result));
    }

    private static boolean belongsTo(Pending p, ConsoleUser user) {
        return p.schoolId().equals(user.principal().schoolId()) && p.staffId().equals(user.principal().staffId())
                && p.sessionKey().equals(user.csrfToken());
    }

    private void dropExpired() {
        Instant now = clock.instant();
        pending.values().removeIf(p -> {
            boolean expired = !p.expiresAt().isAfter(now);
            if (expired) {
                claimed.remove(p.id());
            }
            return expired;
        });
    }

    private void dropOldestBeyondLimit(ConsoleUser user) {
        pending.values().stream()
                .filter(p -> p.staffId().equals(user.principal().staffId()) && !p.isDone())
                .sorted(Comparator.comparing(Pending::expiresAt).reversed())
                .skip(PER_PERSON - 1L)
                .forEach(p -> pending.remove(p.id()));
    }
}
