package uk.graduated.app.sync.engine;

/**
 * What applying one pull page did locally.
 *
 * @param applied changes written (new or replaced records)
 * @param removed tombstones and removals applied: records taken off the tablet, or out of this scope
 * @param skipped changes left alone: the record has a local change still waiting in the outbox,
 *                or the device already holds a newer version of it
 */
public record PageResult(int applied, int removed, int skipped) {
}
