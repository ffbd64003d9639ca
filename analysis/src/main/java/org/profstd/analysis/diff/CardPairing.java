package org.profstd.analysis.diff;

import java.util.List;
import java.util.Objects;
import org.profstd.analysis.Describe;
import org.profstd.analysis.Pairing;
import org.profstd.analysis.Similarity;
import org.profstd.analysis.TextProfile;
import org.profstd.model.Card;

/**
 * Decides which card of one edition continues which card of the other. A card is one profession at one level, so two
 * cards can only continue each other when they are the same profession: the same occupation code (or ОТФ letter), or
 * names at least {@value #SAME_NAME} alike (a renamed code, or a document without codes). Among the cards of the same
 * profession the same level wins; a card left over on both sides pairs across levels only when its functions and
 * skills are at least {@value #SAME_CONTENT} alike, which the diff reports as a level change.
 *
 * <p>Between two different standards a shared code proves nothing (every RU standard has an ОТФ "A"), so there only
 * names pair cards.
 */
final class CardPairing {
    static final double SAME_NAME = 0.7;
    static final double SAME_CONTENT = 0.5;

    private CardPairing() {
    }

    static Pairing pair(List<Card> oldCards, List<Card> newCards, String oldLanguage, String newLanguage,
            boolean sameStandard) {
        List<Profiled> olds = oldCards.stream().map(c -> new Profiled(c, oldLanguage)).toList();
        List<Profiled> news = newCards.stream().map(c -> new Profiled(c, newLanguage)).toList();
        return Pairing.of(olds, news, (a, b) -> score(a, b, sameStandard), Double.MIN_VALUE);
    }

    private static double score(Profiled a, Profiled b, boolean sameStandard) {
        boolean sameCode = sameStandard && a.card.code() != null && Objects.equals(a.card.code(), b.card.code());
        if (!sameCode && Similarity.score(a.name, b.name) < SAME_NAME) {
            return 0;
        }
        double content = Similarity.score(a.content, b.content);
        if (Objects.equals(a.card.level(), b.card.level())) {
            return 1 + content;
        }
        return content >= SAME_CONTENT ? content : 0;
    }

    private record Profiled(Card card, TextProfile name, TextProfile content) {
        Profiled(Card card, String language) {
            this(card, TextProfile.of(card.name(), language), TextProfile.of(Describe.cardContent(card), language));
        }
    }
}
