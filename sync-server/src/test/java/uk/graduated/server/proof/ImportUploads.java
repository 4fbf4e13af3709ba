package uk.graduated.server.proof;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import uk.graduated.server.console.web.Csrf;
import uk.graduated.server.console.web.SessionCookies;

/**
 * MIS files uploaded to the console's import, as a browser sends them, for the proof tests: an upload id
 * belongs to the console session that uploaded it, so the tests make their own.
 */
public final class ImportUploads {
    public static final String HEADER = "UPN,Forename,Surname,Date of birth,Year group,Class\r\n";
    public static final String BOUNDARY = "----graduatedProofBoundary7MA4YWxk";

    private final RawHttp http;

    public ImportUploads(int port) {
        this.http = new RawHttp(port);
    }

    /** One new pupil with a made-up surname, valid in every column. */
    public static byte[] onePupil(String surname) {
        return (HEADER + ",Amara," + surname + ",2019-03-14,1,Year 1\r\n").getBytes(StandardCharsets.UTF_8);
    }

    /** A readable file whose only row has errors (no forename, an impossible birth date): it cannot be imported as a whole. */
    public static byte[] onlyRowsWithErrors() {
        return (HEADER + ",,Nobody,2019-02-30,1,Year 1\r\n").getBytes(StandardCharsets.UTF_8);
    }

    /** A {@code multipart/form-data} body with the form token and {@code file}, as a browser builds it. */
    public static byte[] multipart(String csrf, String fileName, byte[] file) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n" + csrf + "\r\n--"
                + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        out.writeBytes(file);
        out.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    public static RawHttp.Request uploadRequest(String sessionToken, byte[] body) {
        RawHttp.Request request = RawHttp.Request.of("POST", "/console/import")
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY).body(body);
        return sessionToken == null ? request : request.header("Cookie", SessionCookies.SESSION + "=" + sessionToken);
    }

    /** Uploads {@code file} in the session of {@code sessionToken}; the upload's id. */
    public String upload(String sessionToken, byte[] file) {
        RawHttp.Reply reply = send(uploadRequest(sessionToken, multipart(Csrf.tokenFor(sessionToken), "pupils.csv", file)));
        String location = reply.header("Location");
        if (reply.status() != 303 || location == null || !location.startsWith("/console/import/")) {
            throw new IllegalStateException("upload: " + reply.status() + " " + reply.text());
        }
        return location.substring("/console/import/".length());
    }

    /** Imports the upload {@code id} (all its rows), as the same session. */
    public void confirm(String sessionToken, String id) {
        RawHttp.Reply reply = send(RawHttp.Request.of("POST", "/console/import/" + id)
                .header("Cookie", SessionCookies.SESSION + "=" + sessionToken)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .body(("csrf=" + URLEncoder.encode(Csrf.tokenFor(sessionToken), StandardCharsets.UTF_8) + "&rows=all")
                        .getBytes(StandardCharsets.UTF_8)));
        if (reply.status() != 303) {
            throw new IllegalStateException("confirm: " + reply.status() + " " + reply.text());
        }
    }

    private RawHttp.Reply send(RawHttp.Request request) {
        try {
            return http.send(request);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
