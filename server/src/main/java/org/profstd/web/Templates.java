package org.profstd.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.http.Context;
import java.util.HashMap;
import java.util.Map;

/** Renders the precompiled JTE pages; every page gets the {@link PageContext} of the request as {@code page}. */
public final class Templates {
    private final TemplateEngine engine =
            TemplateEngine.createPrecompiled(null, ContentType.Html, null, "org.profstd.web.templates");

    public void render(Context ctx, String template, Map<String, Object> params) {
        Map<String, Object> all = new HashMap<>(params);
        all.put("page", pageContext(ctx));
        StringOutput out = new StringOutput();
        engine.render(template, all, out);
        ctx.contentType("text/html; charset=utf-8").result(out.toString());
    }

    public static PageContext pageContext(Context ctx) {
        return new PageContext(lang(ctx), ctx.path(), ctx.queryParamMap());
    }

    /** The interface language: ?lang= first, then the cookie it sets, then the browser's preference, else Russian. */
    public static Lang lang(Context ctx) {
        Lang fromQuery = Lang.of(ctx.queryParam("lang"));
        if (fromQuery != null) {
            ctx.cookie("lang", fromQuery.code(), 365 * 24 * 3600);
            return fromQuery;
        }
        Lang fromCookie = Lang.of(ctx.cookie("lang"));
        if (fromCookie != null) {
            return fromCookie;
        }
        String accept = ctx.header("Accept-Language");
        if (accept != null) {
            for (String part : accept.split(",")) {
                Lang l = Lang.of(part.split(";")[0].trim().split("-")[0]);
                if (l != null) {
                    return l;
                }
            }
        }
        return Lang.RU;
    }
}
