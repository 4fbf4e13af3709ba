package uk.graduated.model.sync;

/** The protocol's size limits, shared by the server that enforces them and the client that batches by them. */
public final class SyncLimits {
    /** Mutations in one push; a client with more pushes them in several requests, in outbox order. */
    public static final int MAX_MUTATIONS_PER_PUSH = 500;
    /** Keys in the {@code fields} object of one mutation or change. */
    public static final int MAX_FIELDS_PER_MUTATION = 200;
    /** Length of one key of {@code fields}. */
    public static final int MAX_FIELD_NAME_LENGTH = 64;
    /**
     * Length of one {@code fields} object written as compact JSON, in characters. An EHC plan's
     * sections of long text fit; a photo never travels inside JSON.
     */
    public static final int MAX_FIELDS_JSON_LENGTH = 256 * 1024;
    /** Size of any request body once decompressed; larger bodies are refused with 413. */
    public static final int MAX_REQUEST_BODY_BYTES = 16 * 1024 * 1024;
    /** Changes and removals in one pull page when the request names no limit. */
    public static final int DEFAULT_PULL_LIMIT = 500;
    public static final int MIN_PULL_LIMIT = 1;
    public static final int MAX_PULL_LIMIT = 1000;
    /** Length of a pull cursor; cursors are opaque, printable ASCII. */
    public static final int MAX_CURSOR_LENGTH = 512;
    /** Size of one photo's bytes (15 MiB, the largest photo an observation may reference). */
    public static final long MAX_PHOTO_BYTES = 15L * 1024 * 1024;

    private SyncLimits() {
    }
}
