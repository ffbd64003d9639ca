package org.profstd.search.match;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
            // the lead of a small team is a senior who leads, not the head of a service
            new Cue("руководитель (?:группы|команды)|team ?lead|тимлид|топ жетекшісі|команда жетекшісі", 6),
            new Cue("руководитель|head of|директор|басшы|главный|(?<!\\p{L})бас маман|архитектор|architect"
                    + "|сәулетші", 7),
            // the Kazakh "аға" (senior) and "кіші" (junior) are whole words: "поштаға кіру" is no senior
            new Cue("senior|сеньор|старший|ведущий|(?<!\\p{L})аға |team ?lead|тимлид|tech ?lead|\\blead\\b", 6),
            new Cue("middle|мидл", 5),
            new Cue("junior|джуниор|младший|начинающий|(?<!\\p{L})кіші ", 4),
            new Cue("стажер|стажёр|intern\\b|internship|trainee|оператор|operator|тағылымдамашы", 3));
    private static final int HEAD_LINES = 3;
    /** A full stop, question or exclamation mark, a space and a letter end a sentence of the lower-cased text. */
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[\\p{L}\\d)»\"][.!?])\\s+(?=\\p{L})");
    /** Numbers postings write as words ("от двух лет", "three years", "төрт жыл"), Russian, English and Kazakh. */
    private static final Map<String, Integer> NUMBER_WORDS = numberWords();
    /** "опыт работы от 3 лет", "3+ years", "5 жыл", "от двух лет", "five years". */
    private static final Pattern YEARS = Pattern.compile("(?<![\\p{L}\\d])(\\d{1,2}|"
            + String.join("|", NUMBER_WORDS.keySet()) + ")\\s*\\+?\\s*(?:-\\s*\\d{1,2}\\s*)?(?:лет|года|год|years?|жыл)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** "от 6 месяцев", "6 months", "6 ай": less than a year. */
    private static final Pattern MONTHS = Pattern.compile("(?<![\\p{L}\\d])\\d{1,2}\\s*(?:месяц|months?\\b|ай\\b)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);
    /**
     * Leading people or a direction, which puts a text a level above its years. Only the explicit phrases: "под
     * руководством наставника", "архитектура MVVM", "стратегия тестирования" or the Kazakh "басқару" (management of
     * anything, a network included) are what juniors and middles write too.
     */
    private static final Pattern RESPONSIBILITY = Pattern.compile("(?:руководств[оа]|руководить|руковожу)"
            + " (?:группой|командой|отделом|направлением|службой|проектами)|управлени[ея] (?:командой|отделом|персоналом)"
            + "|стратеги[июя] развития|lead(?:ing)? (?:a|the) team|manag(?:e|ing) (?:a|the) team"
            + "|команданы басқару|бөлімді басқару|даму стратегиясы");

    private LevelEstimator() {
    }

    /** The estimated level, or empty when the text says nothing about it. */
    public static OptionalInt estimate(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        String head = String.join("\n", lower.lines().filter(l -> !l.isBlank()).limit(HEAD_LINES)
                .map(LevelEstimator::firstSentence).toList());
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

    /**
     * The first sentence of a line: a CV's or a company's opening paragraph names its own role first, and the people
     * a later sentence mentions ("I trained the operators") are somebody else.
     */
    private static String firstSentence(String line) {
        Matcher end = SENTENCE_END.matcher(line);
        return end.find() ? line.substring(0, end.start()) : line;
    }

    /**
     * The level of the longest experience the text names: a year or less is a junior's or a technician's (4), two
     * years a specialist's (5), three to five a senior's (6), six and more an expert's (7).
     */
    private static OptionalInt byYears(String lower) {
        Matcher m = YEARS.matcher(lower);
        int years = MONTHS.matcher(lower).find() ? 0 : -1;
        while (m.find()) {
            String number = m.group(1);
            years = Math.max(years, Character.isDigit(number.charAt(0)) ? Integer.parseInt(number)
                    : NUMBER_WORDS.get(number));
        }
        if (years < 0 || years > 40) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(years < 2 ? 4 : years < 3 ? 5 : years < 6 ? 6 : 7);
    }

    private static Map<String, Integer> numberWords() {
        Map<String, Integer> words = new LinkedHashMap<>();
        String[][] byNumber = {
                {"одного", "один", "one", "бір"},
                {"двух", "два", "two", "екі"},
                {"трёх", "трех", "три", "three", "үш"},
                {"четырёх", "четырех", "четыре", "four", "төрт"},
                {"пяти", "пять", "five", "бес"},
                {"шести", "шесть", "six", "алты"},
                {"семи", "семь", "seven", "жеті"},
                {"восьми", "восемь", "eight", "сегіз"},
                {"десяти", "десять", "ten"}};
        for (int i = 0; i < byNumber.length; i++) {
            for (String word : byNumber[i]) {
                words.put(word, i == byNumber.length - 1 ? 10 : i + 1);
            }
        }
        return Map.copyOf(words);
    }

    private record Cue(Pattern pattern, int level) {
        Cue(String words, int level) {
            this(Pattern.compile(words), level);
        }
    }
}
