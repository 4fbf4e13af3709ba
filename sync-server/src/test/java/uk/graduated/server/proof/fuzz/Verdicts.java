package uk.graduated.server.proof.fuzz;

import java.util.ArrayList;
import java.util.List;
import uk.graduated.model.sync.ErrorBody;
import uk.graduated.model.validation.FieldError;
import uk.graduated.server.proof.RawHttp;

/**
 * What every answer must be: never a 5xx; an API refusal is the protocol's {@link ErrorBody} with a
 * code (and the field at fault for a validation error); a console refusal is an HTML page or a
 * redirect; a request that had to be refused was.
 */
final class Verdicts {
    private Verdicts() {
    }

    /** The problems with one answer; empty when it is right. */
    static List<String> judge(FuzzRequest sent, RawHttp.Reply reply) {
        List<String> problems = new ArrayList<>();
        int status = reply.status();
        if (status >= 500) {
            problems.add("server error " + status);
        }
        if (isRefusedByHttpLayer(reply)) {
            return problems;
        }
        if (status >= 400 && !sent.request().method().equals("HEAD")) {
            if (sent.isConsole()) {
                checkHtml(reply, problems);
            } else {
                checkErrorBody(reply, problems);
            }
        }
        if (status >= 300 && status < 400 && reply.header("Location") == null) {
            problems.add("redirect without Location");
        }
        if (sent.mustBeRefused() && accepted(reply)) {
            problems.add("accepted (" + status + (reply.header("Location") == null ? "" : " to " + reply.header("Location"))
                    + ") though it had to be refused");
        }
        return problems;
    }

    /**
     * Jetty's own 400 or 431 for a request it will not hand to the application at all (a NUL or an
     * encoded separator in the path, headers over 8 KiB): refused before routing, so without an ErrorBody.
     */
    static boolean isRefusedByHttpLayer(RawHttp.Reply reply) {
        return reply.status() >= 400 && reply.status() < 500 && reply.text().startsWith("<h1>Bad Message ");
    }

    /** A success, or a redirect anywhere but the sign-in page (a form that was saved). */
    static boolean accepted(RawHttp.Reply reply) {
        int status = reply.status();
        if (status < 300) {
            return true;
        }
        String location = reply.header("Location");
        return status < 400 && (location == null || !location.startsWith("/console/sign-in"));
    }

    private static void checkHtml(RawHttp.Reply reply, List<String> problems) {
        String type = reply.header("Content-Type");
        if (type == null || !type.startsWith("text/html")) {
            problems.add("console error not HTML but " + type + ": " + abbreviate(reply.text()));
        } else if (!reply.text().contains("<html")) {
            problems.add("console error page without <html>");
        }
    }

    private static void checkErrorBody(RawHttp.Reply reply, List<String> problems) {
        String type = reply.header("Content-Type");
        if (type == null || !type.startsWith("application/json")) {
            problems.add("API error not JSON but " + type + ": " + abbreviate(reply.text()));
            return;
        }
        ErrorBody body;
        try {
            body = ErrorBody.fromJson(reply.text());
        } catch (RuntimeException e) {
            problems.add("API error not an ErrorBody: " + abbreviate(reply.text()));
            return;
        }
        if (body.code() == null || body.code().isBlank()) {
            problems.add("ErrorBody without a code");
        }
        if ("validation_failed".equals(body.code())) {
            boolean named = body.field() != null || (!body.errors().isEmpty()
                    && body.errors().stream().map(FieldError::field).allMatch(f -> f != null && !f.isBlank()));
            if (!named) {
                problems.add("validation error naming no field: " + abbreviate(reply.text()));
            }
        }
    }

    static String abbreviate(String text) {
        String flat = text.replaceAll("\\s+", " ");
        return flat.length() <= 200 ? flat : flat.substring(0, 197) + "...";
    }
}
