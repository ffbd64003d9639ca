package org.profstd.web;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** An interface language of the pages: Russian, Kazakh or English, with its message bundle. */
public enum Lang {
    RU("ru", "Русский"), KK("kk", "Қазақша"), EN("en", "English");

    private final String code;
    private final String label;
    private final ResourceBundle bundle;

    Lang(String code, String label) {
        this.code = code;
        this.label = label;
        this.bundle = ResourceBundle.getBundle("org.profstd.web.messages", Locale.forLanguageTag(code),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public String code() {
        return code;
    }

    public Locale locale() {
        return Locale.forLanguageTag(code);
    }

    public String label() {
        return label;
    }

    /** The interface text for a key; the key itself when the bundle lacks it, so a gap shows instead of failing. */
    public String t(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    public static Lang of(String code) {
        if (code != null) {
            for (Lang l : values()) {
                if (l.code.equalsIgnoreCase(code)) {
                    return l;
                }
            }
        }
        return null;
    }
}
