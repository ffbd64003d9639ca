package org.profstd.analysis.check;

/**
 * One thing an author should look at.
 *
 * @param origin      {@code parser} (found while reading) or {@code template} (a template rule the model breaks)
 * @param explanation what this kind of finding means, in plain words
 * @param message     what exactly was found here
 * @param source      the text of the source line, shortened, or null when the line is not known
 */
public record Finding(String severity, String code, int line, String origin, String explanation, String message,
        String source) {
    public static final String PARSER = "parser";
    public static final String TEMPLATE = "template";
}
