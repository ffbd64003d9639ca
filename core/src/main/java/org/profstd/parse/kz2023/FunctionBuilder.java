package org.profstd.parse.kz2023;

import java.util.ArrayList;
import java.util.List;
import org.profstd.parse.Names;
import org.profstd.read.TextJoiner;

/** A labor function ("Трудовая функция N" / "Еңбек функциясы N") being read, with its skills. */
final class FunctionBuilder {
    final int number;
    final int startLine;
    /** The line of its own label, or 0 while the label has not been read (it often prints after the first skill). */
    int labelLine;
    /** Labelled "Дополнительная трудовая функция N": additional whatever the lists say. */
    boolean additional;
    private final StringBuilder name = new StringBuilder();
    private final TextJoiner joiner;
    final List<SkillBuilder> skills = new ArrayList<>();

    FunctionBuilder(int number, int startLine, TextJoiner joiner) {
        this.number = number;
        this.startLine = startLine;
        this.joiner = joiner;
    }

    void appendName(String text) {
        joiner.append(name, text);
    }

    void replaceName(String text) {
        name.setLength(0);
        joiner.append(name, text);
    }

    String name() {
        return Names.clean(name.toString());
    }

    SkillBuilder lastSkill() {
        return skills.isEmpty() ? null : skills.get(skills.size() - 1);
    }
}
