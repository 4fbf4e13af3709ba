package uk.graduated.app.sync.android;

import java.util.ArrayList;
import java.util.List;
import uk.graduated.app.data.db.SyncedTables;
import uk.graduated.app.data.record.DecodedRecord;
import uk.graduated.app.data.record.SyncedTable;
import uk.graduated.app.sync.engine.PreparedPage;
import uk.graduated.model.sync.Change;
import uk.graduated.model.sync.PullResponse;
import uk.graduated.model.validation.ValidationException;

/**
 * A pull page whose records are already read and checked by their codecs, with the rows they are
 * stored as: done without the database, on the pull-ahead thread, so only the writing is left to
 * the page's transaction.
 */
final class DecodedPage implements PreparedPage {
    private final PullResponse page;
    /** By position in the page's changes; null for a tombstone or a kind the tablet does not keep. */
    private final List<Decoded> decoded;

    private DecodedPage(PullResponse page, List<Decoded> decoded) {
        this.page = page;
        this.decoded = decoded;
    }

    static DecodedPage decode(PullResponse page, SyncedTables tables) {
        List<Decoded> decoded = new ArrayList<>(page.changes().size());
        for (Change change : page.changes()) {
            SyncedTable table = tables.get(change.entityType());
            decoded.add(table == null || change.deleted() ? null : Decoded.of(table, change));
        }
        return new DecodedPage(page, decoded);
    }

    @Override
    public PullResponse page() {
        return page;
    }

    /**
     * The record of the change at {@code index}, as its table's codec read it.
     *
     * @throws ValidationException when the codec refused it: thrown only for a record about to be
     *                             written, as when it was decoded in the transaction
     */
    DecodedRecord record(int index) {
        return decoded.get(index).record();
    }

    /** A record, or why its codec refused it. */
    private record Decoded(DecodedRecord record, ValidationException refusal) {
        static Decoded of(SyncedTable table, Change change) {
            try {
                return new Decoded(table.decode(change.readFields(), change.version()), null);
            } catch (ValidationException e) {
                return new Decoded(null, e);
            }
        }

        @Override
        public DecodedRecord record() {
            if (refusal != null) {
                throw refusal;
            }
            return record;
        }
    }
}
