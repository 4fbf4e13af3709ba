package uk.graduated.server.photo;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.graduated.model.validation.ValidationException;

/**
 * The {@code Content-Range} of a photo upload (protocol section 9.1): {@code bytes <first>-<last>/<total>}
 * for a chunk, or {@code bytes *}{@code /<total>} asking how much the server holds.
 *
 * @param first the chunk's first byte offset, -1 for a status query
 * @param last  the chunk's last byte offset (inclusive), -1 for a status query
 * @param total the whole photo's size
 */
record ContentRange(long first, long last, long total) {
    static final String HEADER = "Content-Range";
    private static final Pattern CHUNK = Pattern.compile("bytes ([0-9]{1,15})-([0-9]{1,15})/([0-9]{1,15})");
    private static final Pattern QUERY = Pattern.compile("bytes \\*/([0-9]{1,15})");

    static ContentRange parse(String header) {
        String text = header.strip();
        Matcher query = QUERY.matcher(text);
        if (query.matches()) {
            return checked(new ContentRange(-1, -1, Long.parseLong(query.group(1))));
        }
        Matcher chunk = CHUNK.matcher(text);
        if (!chunk.matches()) {
            throw invalid("Content-Range must be \"bytes <first>-<last>/<total>\" or \"bytes */<total>\"");
        }
        ContentRange range = checked(new ContentRange(Long.parseLong(chunk.group(1)), Long.parseLong(chunk.group(2)),
                Long.parseLong(chunk.group(3))));
        if (range.first > range.last || range.last > range.total - 1) {
            throw invalid("Content-Range must have first <= last <= total - 1");
        }
        return range;
    }

    /** The whole photo in one body, without a Content-Range. */
    static ContentRange whole(long size) {
        return checked(new ContentRange(0, size - 1, size));
    }

    boolean isStatusQuery() {
        return first < 0;
    }

    long length() {
        return last - first + 1;
    }

    private static ContentRange checked(ContentRange range) {
        if (range.total < 1) {
            throw invalid("a photo has at least one byte");
        }
        return range;
    }

    static ValidationException invalid(String message) {
        return ValidationException.of(HEADER, "invalid_value", message);
    }
}
