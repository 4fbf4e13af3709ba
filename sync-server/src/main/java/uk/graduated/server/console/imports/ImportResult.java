package uk.graduated.server.console.imports;

/**
 * What a confirmed import wrote.
 *
 * @param skipped rows with errors left out because the SENCO chose to import the valid rows only
 */
public record ImportResult(String fileName, long created, long updated, long unchanged, long skipped) {
    public long written() {
        return created + updated;
    }
}
