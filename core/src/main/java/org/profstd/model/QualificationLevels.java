package org.profstd.model;

/**
 * The range of qualification levels of a framework: the Kazakh sectoral framework (ORK) has levels 1-8, the Russian
 * qualification levels run 1-9. Every reader checks a printed level against these, so the ranges live here once.
 */
public record QualificationLevels(int min, int max) {
    /** ORK, the Kazakh framework. */
    public static final QualificationLevels KZ = new QualificationLevels(1, 8);
    /** The Russian qualification levels. */
    public static final QualificationLevels RU = new QualificationLevels(1, 9);

    public boolean contains(int level) {
        return level >= min && level <= max;
    }

    /** The range as messages print it ("1-8"). */
    @Override
    public String toString() {
        return min + "-" + max;
    }
}
