package uk.graduated.server.console.imports;

/** A file that cannot be read as an import at all, with one sentence the SENCO can act on. */
public final class ImportFileException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ImportFileException(String message) {
        super(message, null, false, false);
    }
}
