package org.profstd.parse;

/** The template families profstd reads. */
public enum Family {
    KZ_2017("kz-2017"), KZ_2023("kz-2023"), RU_MINTRUD("ru-mintrud");

    private final String id;

    Family(String id) {
        this.id = id;
    }

    /** The identifier used in the canonical JSON ({@code format} of a standard). */
    public String id() {
        return id;
    }

    /** The labels of the family's template, with their Russian and Kazakh phrases. */
    public LabelTable<?> labels() {
        return Parsers.forFamily(this).labels();
    }
}
