package uk.graduated.app.sync.engine;

/** The tablet's side of sync: its outbox, the records pulls write, the cursors and the photo queue. */
public record LocalStores(OutboxStore outbox, LocalApplier applier, CursorStore cursors, PhotoQueue photos) {
}
