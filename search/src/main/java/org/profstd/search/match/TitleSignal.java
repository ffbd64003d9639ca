package org.profstd.search.match;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.profstd.search.analysis.Analysis;
import org.profstd.search.index.QueryFactory;

/**
 * The role a posting names, usually its first line and often in English ("Senior DevOps Engineer"), against the names
 * of a card (its name, other names and job titles). The title is compared as written and as the title vocabulary
 * renders it in the standards' words (DevOps: "инженер инфраструктуры", "администратор облачных технологий", ...),
 * phrase by phrase, so that the words of two different roles never add up to a third.
 */
final class TitleSignal {
    /** A first line longer than this is prose, not a title. */
    private static final int MAX_TITLE_WORDS = 12;
    private static final int MAX_TITLE_CHARS = 120;
    /** A line opening with one of these labels names the role wherever it stands among the first lines. */
    private static final Pattern LABELLED = Pattern.compile(
            "^(?:вакансия|должность|позиция|роль|position|job title|role|vacancy|title|бос орын|лауазым|лауазымы)"
                    + "\\s*[:\\-–—]\\s*(.+)$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final int LINES_TO_SEARCH = 6;
    /**
     * A CV opens with its label (the Kazakh one also typed without its letters) and the role, often after the person's
     * name: "CV — Timur Abenov, DevOps Engineer".
     */
    private static final String CV_LABELS = "(?:резюме|cv|resume|curriculum vitae|түйіндеме|туйиндеме|тұйіндеме)";
    private static final Pattern CV = Pattern.compile("^" + CV_LABELS + "\\s*[:.\\-–—]\\s*(.+)$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern PERSON_THEN_ROLE = Pattern.compile("^\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}\\p{Ll}+){1,2},\\s*(.+)$");
    /** A CV's label on a line of its own: the role is in the lines after it. */
    private static final Pattern CV_LABEL_ALONE = Pattern.compile("^" + CV_LABELS + "[.:]?$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /**
     * The line under such a label that introduces its author and the role: "Мен Айгерим Токтарова, бағдарламашымын,
     * ...", "Я Иван Петров, тестировщик.", "I am Dana Seitova, a data engineer".
     */
    private static final Pattern SELF_THEN_ROLE = Pattern.compile("^(?iu:мен|я|i am|i'm|my name is)?\\s*"
            + "\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}\\p{Ll}+){1,2},\\s*(?iu:a |an )?([^,.;]+)");
    /** The words before a colon or dash that opens a long first line, when they are few, name the role. */
    private static final Pattern LEADING_ROLE =
            Pattern.compile("^([^:—–|.!?(,]{2,80}?)\\s*(?::|\\(|,|\\.\\s|\\s[—–|-]\\s)");
    private static final int MAX_LEADING_WORDS = 6;
    private static final Pattern BRACKETED = Pattern.compile("\\([^()]*\\)|\\[[^\\[\\]]*\\]");
    /**
     * A first line of any length that opens with a few words, a colon or a spaced dash and more words after it
     * ("Data Engineer: Spark / Airflow", "Эникейщик в офис: компьютеры, принтеры") names the role before the colon;
     * the rest lists tools or duties, which are no part of the title.
     */
    private static final Pattern ROLE_THEN_DETAILS =
            Pattern.compile("^([^:—–|.!?]{2,80}?)\\s*(?::|\\s[—–|-]\\s)\\s*\\S.{10,}$");
    /** How much the card's name covered by the title counts, against the title covered by the name. */
    private static final double NAME_SIDE = 0.7;
    /**
     * A rendering is itself a card's name, with nothing of a posting's decoration: its words the card's name lacks
     * count as much as the name's words it lacks ("техник-программист по обслуживанию промышленных роботов" is not
     * the developers' "Техник-программист").
     */
    private static final double RENDERING_NAME_SIDE = 0.5;
    private static final double ROOT_IN_TITLE = 0.5;
    static final double MIN_FIT = 0.5;
    /**
     * A rendering is a card's name: another card's name that agrees with it less than this shares a head word or two
     * ("разработчик" of "разработчик параллельных программ" and "Программист-разработчик") and names another role.
     */
    private static final double MIN_RENDERING_AGREEMENT = 0.7;
    /**
     * A rendering is a card's name: a card whose name has less than half of the rendering's words is another role that
     * shares a word or two ("Техник-программист" of the developers in "техник-программист по обслуживанию
     * промышленных роботов").
     */
    private static final double MIN_RENDERING_COVERED = 0.5;
    /** A rendering of a role whose form is a small part of the title still counts this much of it. */
    private static final double RENDERING_BASE = 0.5;
    /** Words of a title that tell seniority or hiring, not the role. */
    private static final List<String> NOT_ROLE = List.of("senior", "junior", "middle", "lead", "head", "chief",
            "principal", "intern", "trainee", "remote", "вакансия", "требуется", "требуются", "ищем", "ведущий",
            "старший", "младший", "главный", "стажер", "стажёр", "удаленно", "удалённо", "аға", "кіші", "бас");

    /**
     * Words that say a person works in a trade without saying which: an engineer, a specialist, an operator, "IT".
     * A title names a card only by a word that is not one of these: "Инженер" alone fits "Инженер-программист" and
     * "Системный инженер" equally and says nothing of either, "IT маманы" nothing of an infrastructure engineer "of
     * information technologies"; the duties decide such a posting.
     */
    private static final List<String> GENERIC_ROLE = List.of("инженер", "специалист", "техник", "оператор",
            "менеджер", "сотрудник", "работник", "эксперт", "маман", "маманы", "қызметкер", "инженері", "engineer",
            "specialist", "technician", "operator", "manager", "officer", "expert", "IT", "ИТ", "АТ",
            "информационные технологии", "information technology", "ақпараттық технологиялар");

    /**
     * The words of a title that are not its role, as every analysis reads them.
     *
     * @param notRole seniority and hiring ("senior", "ищем", "аға")
     * @param generic a trade without a field ({@link #GENERIC_ROLE})
     */
    record Words(Set<String> notRole, Set<String> generic) {
        static Words of(Analysis analysis) {
            return new Words(analysed(NOT_ROLE, analysis), analysed(GENERIC_ROLE, analysis));
        }

        private static Set<String> analysed(List<String> words, Analysis analysis) {
            Set<String> terms = new java.util.HashSet<>();
            for (String word : words) {
                terms.addAll(QueryFactory.terms(analysis.index(Analysis.RU), "text", word));
                terms.addAll(QueryFactory.terms(analysis.index(Analysis.KK), "text", word));
                terms.addAll(QueryFactory.terms(analysis.folded(), "text", word));
            }
            return Set.copyOf(terms);
        }
    }

    /**
     * One way of reading the title: as written, or one rendering of a role it names.
     *
     * @param certainty 1 for the title as written; for a rendering, more the more of the title its form covers (a
     *                  "developer" inside "Разработчик параллельных программ" says less than the whole title)
     */
    record Phrase(String text, Map<String, Set<String>> terms, double certainty, double nameSide) {
    }

    /** The best name of a card for the title, and how well they agree (0-1). */
    record Fit(String title, String name, double score) {
    }

    private final String title;
    private final List<Phrase> phrases;
    /** Per language, the words of each role of two words or more the title vocabulary recognises in the title. */
    private final Map<String, List<Set<String>>> roles;
    private final Analysis analysis;
    private final Words words;

    private TitleSignal(String title, List<Phrase> phrases, Map<String, List<Set<String>>> roles, Analysis analysis,
            Words words) {
        this.title = title;
        this.phrases = phrases;
        this.roles = roles;
        this.analysis = analysis;
        this.words = words;
    }

    static TitleSignal of(String text, Analysis analysis, Vocabulary titles, Vocabulary terms, Words words) {
        Set<String> notRole = words.notRole();
        String title = titleOf(text).orElse("");
        List<Phrase> phrases = new ArrayList<>();
        Map<String, List<Set<String>>> roles = new HashMap<>();
        if (!title.isEmpty()) {
            Map<String, Set<String>> own = new HashMap<>();
            Map<Vocabulary.Found, Double> found = new java.util.LinkedHashMap<>();
            String head = head(title);
            for (String language : List.of(Analysis.RU, Analysis.KK)) {
                List<String> analysed = QueryFactory.terms(analysis.index(language), "text", Symbols.spell(title));
                Set<String> role = role(analysed, notRole);
                own.put(language, role);
                Set<String> headRole = role(QueryFactory.terms(analysis.index(language), "text", Symbols.spell(head)),
                        notRole);
                List<Vocabulary.Hit> roleHits = titles.findInOrder(analysed);
                for (Vocabulary.Hit hit : outermost(concat(roleHits, terms.find(analysed)))) {
                    found.merge(hit.found(), certainty(hit, headRole), Math::max);
                    if (hit.length() > 1 && roleHits.contains(hit)) {
                        roles.computeIfAbsent(language, l -> new ArrayList<>())
                                .add(Set.copyOf(analysed.subList(hit.start(), hit.start() + hit.span())));
                    }
                }
            }
            // a Kazakh title typed without its letters ("Техникалык колдау маманы") names its role folded
            List<String> folded = QueryFactory.terms(analysis.folded(), "text", Symbols.spell(title));
            Set<String> foldedRole = role(QueryFactory.terms(analysis.folded(), "text", Symbols.spell(head)), notRole);
            for (Vocabulary.Hit hit : outermost(concat(titles.findFoldedInOrder(folded), terms.findFolded(folded)))) {
                found.merge(hit.found(), certainty(hit, foldedRole), Math::max);
            }
            phrases.add(new Phrase(title, own, 1, NAME_SIDE));
            found.forEach((f, certainty) -> {
                rendering(f.concept().russian(), Analysis.RU, analysis, notRole, certainty).forEach(phrases::add);
                rendering(f.concept().kazakh(), Analysis.KK, analysis, notRole, certainty).forEach(phrases::add);
            });
        }
        return new TitleSignal(title, List.copyOf(phrases), roles, analysis, words);
    }

    /**
     * The title without what it adds in brackets, when something is left: "Software Developer (C#, manufacturing
     * systems)" names a developer whole, the brackets list the stack or the product. Only the share of the title a
     * role covers is measured against the head; the role may stand in the brackets ("IT маманы (жүйелік әкімші)").
     */
    static String head(String title) {
        String head = BRACKETED.matcher(title).replaceAll(" ").strip();
        return head.chars().anyMatch(Character::isLetterOrDigit) ? head : title;
    }

    /** A rendering's certainty: more the more of the title's role (its head) its form covers. */
    private static double certainty(Vocabulary.Hit hit, Set<String> role) {
        double covered = Math.min(1, (double) hit.length() / Math.max(1, role.size()));
        return RENDERING_BASE + (1 - RENDERING_BASE) * covered;
    }

    private static List<Phrase> rendering(List<String> texts, String language, Analysis analysis,
            Set<String> notRole, double certainty) {
        return texts.stream().map(t -> new Phrase(t, Map.of(language,
                role(QueryFactory.terms(analysis.index(language), "text", t), notRole)), certainty,
                RENDERING_NAME_SIDE)).toList();
    }


    /**
     * The hits not inside a longer one: in "Unity Developer" the game developer's title is meant, not the
     * developer in general.
     */
    private static List<Vocabulary.Hit> outermost(List<Vocabulary.Hit> hits) {
        return hits.stream().filter(h -> hits.stream().noneMatch(h::within)).toList();
    }

    private static List<Vocabulary.Hit> concat(List<Vocabulary.Hit> a, List<Vocabulary.Hit> b) {
        List<Vocabulary.Hit> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /**
     * The title of a posting: a labelled line among the first ones, else the role a CV's first line names after its
     * label (and the person's name), else a short first line.
     */
    static Optional<String> titleOf(String text) {
        List<String> lines = new ArrayList<>();
        for (String line : (text == null ? "" : text).lines().limit(200).toList()) {
            String stripped = line.strip().replaceAll("^[#*\\s]+|[*\\s]+$", "");
            if (!stripped.isEmpty()) {
                // a Kazakh title in Latin letters ("Túiindeme: ...", "Qoldau mamany") is read in Cyrillic
                lines.add(KazakhLatin.toCyrillic(stripped));
                if (lines.size() == LINES_TO_SEARCH) {
                    break;
                }
            }
        }
        for (String line : lines) {
            Matcher labelled = LABELLED.matcher(line);
            if (labelled.matches()) {
                return Optional.of(labelled.group(1).strip());
            }
        }
        if (!lines.isEmpty() && CV_LABEL_ALONE.matcher(lines.get(0)).matches()) {
            lines.remove(0);
            Matcher self = lines.isEmpty() ? null : SELF_THEN_ROLE.matcher(lines.get(0));
            if (self != null && self.find()) {
                return Optional.of(self.group(1).strip());
            }
        }
        Matcher cv = lines.isEmpty() ? null : CV.matcher(lines.get(0));
        if (cv != null && cv.matches()) {
            Matcher person = PERSON_THEN_ROLE.matcher(cv.group(1).strip());
            return Optional.of(person.matches() ? person.group(1).strip() : cv.group(1).strip());
        }
        if (lines.isEmpty()) {
            return Optional.empty();
        }
        String first = lines.get(0);
        // a whole short posting on one line: "Тренер ICPC: C++, алгоритмы, разборы контестов." names its role first
        Matcher role = ROLE_THEN_DETAILS.matcher(first);
        if (role.find() && words(role.group(1)) <= MAX_LEADING_WORDS) {
            return Optional.of(role.group(1).strip());
        }
        if (first.length() <= MAX_TITLE_CHARS && words(first) <= MAX_TITLE_WORDS) {
            return Optional.of(first);
        }
        // a short posting on one line: "Data Engineer: Spark / Airflow / ...", "Ищем девопса — Docker, ..."
        Matcher lead = LEADING_ROLE.matcher(first);
        return lead.find() && words(lead.group(1)) <= MAX_LEADING_WORDS ? Optional.of(lead.group(1).strip())
                : Optional.empty();
    }

    private static int words(String text) {
        return text.strip().split("\\s+").length;
    }

    String title() {
        return title;
    }

    boolean isEmpty() {
        return phrases.isEmpty();
    }

    /** Every term of every reading of the title, by language: what finds the cards the title may name. */
    Map<String, Collection<String>> terms() {
        Map<String, Collection<String>> all = new HashMap<>();
        for (Phrase phrase : phrases) {
            phrase.terms().forEach((language, terms) ->
                    all.computeIfAbsent(language, l -> new LinkedHashSet<>()).addAll(terms));
        }
        return all;
    }

    /** How well the title names the card: the best agreement of any name of the card with any reading of the title. */
    Optional<Fit> fit(List<String> names, String language) {
        Fit best = null;
        for (String name : names) {
            Set<String> nameTerms = role(QueryFactory.terms(analysis.index(language), "text", name), words.notRole());
            if (nameTerms.isEmpty()) {
                continue;
            }
            for (Phrase phrase : phrases) {
                Set<String> phraseTerms = phrase.terms().getOrDefault(language, Set.of());
                if (phrase == phrases.get(0) && partOfARole(nameTerms, phraseTerms, language)
                        || sharesOnlyGenericWords(nameTerms, phraseTerms)) {
                    continue;
                }
                double agreement = agreement(nameTerms, phraseTerms, phrase.nameSide());
                if (phrase != phrases.get(0) && (agreement < MIN_RENDERING_AGREEMENT
                        || covered(phraseTerms, nameTerms) < MIN_RENDERING_COVERED)) {
                    continue;
                }
                double score = agreement * phrase.certainty();
                if (score >= MIN_FIT && (best == null || score > best.score())) {
                    best = new Fit(title, name, score);
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** Whether every word the name shares with a reading of the title is a trade without a field. */
    private boolean sharesOnlyGenericWords(Set<String> name, Set<String> title) {
        return name.stream().filter(t -> has(title, t) > 0).allMatch(words.generic()::contains);
    }

    /**
     * Whether the name agrees with the title as written only in words of one role the title vocabulary recognises,
     * without naming that role whole: the "Программист" in "Программист промышленных роботов", the "developer" in
     * "CUDA developer". Such a title names a robot programmer or an HPC developer, which its renderings say.
     */
    private boolean partOfARole(Set<String> name, Set<String> title, String language) {
        Set<String> shared = new LinkedHashSet<>();
        for (String term : name) {
            if (has(title, term) > 0) {
                shared.add(term);
            }
        }
        for (Set<String> role : roles.getOrDefault(language, List.of())) {
            boolean inside = !shared.isEmpty() && shared.stream().allMatch(t -> has(role, t) > 0);
            boolean whole = role.stream().allMatch(t -> has(name, t) > 0);
            if (inside && !whole) {
                return true;
            }
        }
        return false;
    }

    private static double agreement(Set<String> name, Set<String> phrase, double nameSide) {
        if (phrase.isEmpty()) {
            return 0;
        }
        return nameSide * covered(name, phrase) + (1 - nameSide) * covered(phrase, name);
    }

    /** The share of the terms that the other terms have (a word of the same root counting less). */
    private static double covered(Set<String> terms, Set<String> by) {
        return terms.isEmpty() ? 0 : terms.stream().mapToDouble(t -> has(by, t)).sum() / terms.size();
    }

    /**
     * 1 when the terms have the term, {@value #ROOT_IN_TITLE} when they have a word of its root only: in a title a
     * shared root names a different thing more often than not ("программ" of "Разработчик параллельных программ" is
     * not the "программист" of "Программист-разработчик").
     */
    private static double has(Set<String> terms, String term) {
        if (terms.contains(term)) {
            return 1;
        }
        return term.length() >= Evidencer.MIN_ROOT && terms.stream().anyMatch(t -> Evidencer.sameRoot(t, term))
                ? ROOT_IN_TITLE : 0;
    }

    /** The terms that name a role: no numbers (occupation codes), no seniority. */
    private static Set<String> role(List<String> terms, Set<String> notRole) {
        Set<String> role = new LinkedHashSet<>();
        for (String term : terms) {
            if (!term.chars().allMatch(Character::isDigit) && !notRole.contains(term)) {
                role.add(term);
            }
        }
        return role;
    }
}
