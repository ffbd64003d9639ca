package org.profstd.services;

import org.profstd.read.PlainText;
import org.profstd.read.UnreadableDocumentException;
import org.profstd.registry.RegistryException;
import org.profstd.search.GapResult;
import org.profstd.search.MatchResult;
import org.profstd.search.SearchBackend;

/** A CV or vacancy (text, DOCX, PDF or HTML) against the profession cards of the index. */
public final class Matching {
    public static final int MAX_LIMIT = 100;
    private final SearchBackend search;

    public Matching(SearchBackend search) {
        this.search = search;
    }

    /** The cards the document fits best, at most {@code limit}. */
    public MatchResult match(String name, byte[] document, int limit) throws UnreadableDocumentException {
        return matchText(read(name, document), limit);
    }

    /** The cards a text (as {@link #read} gives it) fits best, at most {@code limit}. */
    public MatchResult matchText(String text, int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new RegistryException(RegistryException.Kind.INVALID, "limit must be 1-" + MAX_LIMIT + ", not " + limit);
        }
        return search.match(text, limit);
    }

    /** What of a card's requirements the document evidences and what it lacks; not found for an unknown card. */
    public GapResult gap(String name, byte[] document, String cardId) throws UnreadableDocumentException {
        return gapText(read(name, document), cardId);
    }

    /** What of a card's requirements a text (as {@link #read} gives it) evidences and what it lacks. */
    public GapResult gapText(String text, String cardId) {
        CardId card = CardId.parse(cardId);
        return search.gap(text, card.toString()).orElseThrow(() -> new RegistryException(
                RegistryException.Kind.NOT_FOUND, "no card " + card + " in the search index"));
    }

    /**
     * The words of a CV or vacancy as matching reads them, whatever the interface it came through (a typed text, a
     * file on the command line, an upload to the API or to the match page): one reading for all.
     */
    public static String read(String name, byte[] document) throws UnreadableDocumentException {
        String text = PlainText.of(name, document);
        if (text.isBlank()) {
            throw new UnreadableDocumentException(name + ": the document has no text to match");
        }
        return text;
    }
}
