package uk.graduated.server.console.pdf;

import io.javalin.http.Context;

/** Sends a generated PDF as a download that browsers and proxies do not keep. */
public final class PdfDownload {
    private PdfDownload() {
    }

    /** @param fileName a plain file name (letters, digits, '-', '.'), e.g. "annual-review-2026-11-23.pdf" */
    public static void send(Context ctx, String fileName, byte[] pdf) {
        if (!fileName.matches("[A-Za-z0-9._-]+\\.pdf")) {
            throw new IllegalArgumentException("not a plain PDF file name: " + fileName);
        }
        ctx.header("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
        ctx.header("Cache-Control", "no-store");
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.contentType("application/pdf");
        ctx.result(pdf);
    }
}
