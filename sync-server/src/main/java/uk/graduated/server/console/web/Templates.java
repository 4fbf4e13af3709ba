package uk.graduated.server.console.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.http.Context;
import java.util.Map;

/**
 * The console's jte templates ({@code src/main/jte}), compiled to Java classes at build time, so a
 * template error fails the build and nothing is compiled while serving. Output is HTML-escaped unless
 * a template says otherwise.
 */
public final class Templates {
    private final TemplateEngine engine = TemplateEngine.createPrecompiled(ContentType.Html);

    public String render(String template, Map<String, Object> params) {
        StringOutput output = new StringOutput();
        engine.render(template, params, output);
        return output.toString();
    }

    /** Renders {@code template} as the response, with {@code status}. */
    public void send(Context ctx, int status, String template, Map<String, Object> params) {
        ctx.status(status).html(render(template, params));
    }

    public void send(Context ctx, String template, Map<String, Object> params) {
        send(ctx, 200, template, params);
    }
}
