package org.profstd.search.match;

import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Estimates the qualification level (ORK 1-8) a text asks for or shows, from years of experience, seniority words and
 * responsibility words. The estimate only ranks the levels of one profession against each other.
 */
public final class LevelEstimator {
    /**
     * Seniority words and the level each points to, checked in this order (the highest first), in the first lines
     * only: the title and the opening say whom a posting hires, while "lead" or "head" further down is usually
     * somebody else (the team lead one reports to).
     */
    private static final List<Cue> CUES = List.of(
            new Cue("руководитель|head of|директор|басшы|главный|бас маман|архитектор|architect|сәулетші", 7),
            new Cue("senior|сеньор|старший|ведущий|аға |team ?lead|тимлид|tech ?lead|\\blead\\b", 6),
            new Cue("middle|мидл", 5),
            new Cue("junior|джуниор|младший|начинающий|кіші ", 4),
            new Cue("стажер|стажёр|intern\\b|internship|trainee|оператор|operator|тағылымдамашы", 3));
    private static final int HEAD_LINES = 3;
    /** "опыт работы от 3 лет", "3+ years", "5 жыл". */
    private static final Pattern YEARS = Pattern.compile(
            "(\\d{1,2})\\s*\\+?\\s*(?:-\\s*\\d{1,2}\\s*)?(?:лет|года|год|years?|жыл)", Pattern.CASE_INSENSITIVE);
    private static final Pattern RESPONSIBILITY = Pattern.compile(
            "руковод|управлени[ея] команд|архитектур|стратеги|менторств|наставни|басқару|стратегия");

    private LevelEstimator() {
    }

    /** The estimated level, or empty when the text says nothing about it. */
    public static OptionalInt estimate(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        String head = String.join("\n", lower.lines().filter(l -> !l.isBlank()).limit(HEAD_LINES).toList());
        for (Cue cue : CUES) {
            if (cue.pattern.matcher(head).find()) {
                return OptionalInt.of(cue.level);
            }
        }
        OptionalInt byYears = byYears(lower);
        if (byYears.isPresent()) {
            boolean leads = RESPONSIBILITY.matcher(lower).find();
            return OptionalInt.of(Math.min(7, byYears.getAsInt() + (leads ? 1 : 0)));
        }
        return OptionalInt.empty();
    }

    private static OptionalInt byYears(String lower) {
        Matcher m = YEARS.matcher(lower);
        int years = -1;
        while (m.find()) {
            years = Math.max(years, Integer.parseInt(m.group(1)));
        }
        if (years < 0 || years > 40) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(years < 1 ? 4 : years < 3 ? 5 : years < 6 ? 6 : 7);
    }

    private record Cue(Pattern pattern, int level) {
        Cue(String words, int level) {
            this(Pattern.compile(words), level);
        }
    }
}
