package org.profstd.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What every page template needs besides its own data: the interface language, its texts, and the links that switch
 * the language of the same page.
 */
public record PageContext(Lang lang, String path, Map<String, List<String>> query) {

    public String t(String key) {
        return lang.t(key);
    }

    /** An interface text with its arguments put in ({0}, {1} ... as {@link java.text.MessageFormat} writes them). */
    public String t(String key, Object... args) {
        String pattern = lang.t(key);
        return args.length == 0 ? pattern : new java.text.MessageFormat(pattern, lang.locale()).format(args);
    }

    public List<Lang> languages() {
        return List.of(Lang.values());
    }

    /** The same page in another interface language. */
    public String withLang(Lang other) {
        String rest = query.entrySet().stream()
                .filter(e -> !e.getKey().equals("lang"))
                .flatMap(e -> e.getValue().stream().map(v -> enc(e.getKey()) + "=" + enc(v)))
                .collect(Collectors.joining("&"));
        return path + "?lang=" + other.code() + (rest.isEmpty() ? "" : "&" + rest);
    }

    /** A link inside the site that keeps the interface language. */
    public String link(String target) {
        return target + (target.contains("?") ? "&" : "?") + "lang=" + lang.code();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
