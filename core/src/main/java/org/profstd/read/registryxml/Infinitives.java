package org.profstd.read.registryxml;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.profstd.model.Item;

/**
 * Tells abilities from knowledge by their first word. Russian standards word every ability as a verb in the infinitive
 * ("Анализировать ...", "Вести ...") and every piece of knowledge as a noun phrase ("Методы ...", "Основы ...").
 */
final class Infinitives {
    /** Infinitive endings, reflexive ones included. */
    private static final List<String> ENDINGS = List.of("ть", "ться", "ти", "тись", "чь", "чься");
    /** Noun endings that look like infinitive ones: "возможность", "особенности", "часть", "области". */
    private static final List<String> NOUN_ENDINGS = List.of("ость", "ости", "асть", "асти");
    /** Nouns ending like infinitives that can open a knowledge item; shorter words are never counted. */
    private static final Set<String> NOUNS = Set.of("память", "печать", "смерть", "ртуть", "треть", "плоть");
    /** Shorter words ("сеть", "путь", "суть", "речь", "сети") are nouns far more often than verbs. */
    private static final int MIN_LENGTH = 5;
    private static final Pattern FIRST_WORD = Pattern.compile("[\\p{L}-]+");

    private Infinitives() {
    }

    static boolean startsWithInfinitive(String text) {
        Matcher m = FIRST_WORD.matcher(text);
        if (!m.find()) {
            return false;
        }
        String word = m.group().toLowerCase(Locale.ROOT);
        if (word.length() < MIN_LENGTH || NOUNS.contains(word)) {
            return false;
        }
        return ENDINGS.stream().anyMatch(word::endsWith) && NOUN_ENDINGS.stream().noneMatch(word::endsWith);
    }

    /** Whether more than half of the items start with an infinitive, which is how a list of abilities reads. */
    static boolean readAsAbilities(List<Item> items) {
        long infinitives = items.stream().filter(i -> startsWithInfinitive(i.text())).count();
        return infinitives * 2 > items.size();
    }
}
