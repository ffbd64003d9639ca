package org.profstd.services;

import java.util.List;
import org.profstd.model.Card;
import org.profstd.registry.EditionSnapshot;
import org.profstd.registry.Registry;
import org.profstd.registry.RegistryException;
import org.profstd.registry.SourceView;

/**
 * Reading the registry the way the API and the pages browse it: standards filtered and paged, a standard with its
 * history, an edition, its cards and the source lines it was read from.
 */
public final class Catalog {
    public static final int MAX_LIMIT = CatalogQuery.MAX_LIMIT;
    private final Registry registry;

    public Catalog(Registry registry) {
        this.registry = registry;
    }

    /** The standards that pass the query's filter, in its order, one page of them. */
    public StandardPage standards(CatalogQuery query) {
        org.profstd.registry.Listing listing = registry.listing(query.filter().listing(), query.sort(), query.limit(),
                query.offset());
        return new StandardPage(listing.total(), query.limit(), query.offset(),
                listing.standards().stream().map(org.profstd.registry.ListedStandard::summary).toList());
    }

    /** A standard with every edition of it; not found for an unknown id, the standard it joined for a merged one. */
    public StandardDetail standard(long standardId) {
        var editions = registry.history(standardId);
        return new StandardDetail(registry.summary(standardId), editions);
    }

    public EditionSnapshot edition(long editionId) {
        return registry.edition(editionId);
    }

    /** The cards of an edition in the order it prints them. */
    public List<CardSummary> cards(long editionId) {
        List<Card> cards = registry.edition(editionId).standard().cards();
        return java.util.stream.IntStream.range(0, cards.size())
                .mapToObj(i -> CardSummary.of(editionId + "/" + (i + 1), cards.get(i))).toList();
    }

    /** One card by its id {@code EDITION/N}. */
    public CardView card(String id) {
        CardId cardId = CardId.parse(id);
        EditionSnapshot edition = registry.edition(cardId.editionId());
        List<Card> cards = edition.standard().cards();
        if (cardId.ordinal() > cards.size()) {
            throw new RegistryException(RegistryException.Kind.NOT_FOUND, "edition " + cardId.editionId()
                    + " has " + cards.size() + " cards; there is no card " + cardId);
        }
        return new CardView(cardId.toString(), edition.standardId(), edition.editionId(), edition.status(),
                cards.get(cardId.ordinal() - 1));
    }

    /** Whether the registry holds a document with these bytes already (the SHA-256 of them, in hex). */
    public boolean knowsDocument(String sha256) {
        return registry.hasDocument(sha256);
    }

    /** The edition whose source lines are those of the document with these bytes, when one was read from it. */
    public java.util.Optional<Long> editionReadFrom(String sha256) {
        return registry.editionReadFrom(sha256);
    }

    public SourceView source(long editionId) {
        return registry.source(editionId);
    }
}
