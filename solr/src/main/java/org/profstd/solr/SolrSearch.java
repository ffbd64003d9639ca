package org.profstd.solr;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.response.FacetField;
import org.apache.solr.client.solrj.response.Group;
import org.apache.solr.client.solrj.response.GroupCommand;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrDocumentList;
import org.profstd.search.CardRef;
import org.profstd.search.GapResult;
import org.profstd.search.MatchResult;
import org.profstd.search.SearchBackend;
import org.profstd.search.SearchFilters;
import org.profstd.search.SearchHit;
import org.profstd.search.SearchResult;
import org.profstd.search.StandardRef;
import org.profstd.search.Suggestion;
import org.profstd.search.analysis.Analysis;
import org.profstd.search.index.EntryType;
import org.profstd.search.index.Fields;
import org.profstd.search.index.IndexedStandard;
import org.profstd.search.index.QueryFactory;
import org.profstd.search.match.CardMatcher;
import org.profstd.solr.plugin.ProfstdQParserPlugin;
import org.profstd.solr.plugin.QueryCodec;
import org.profstd.text.Words;

/**
 * Search, suggestions, matching and gaps answered by a SolrCloud collection, as the embedded index answers them: the
 * query is the embedded engine's own, made on each shard by the {@code profstd} query parser; hits are grouped by the
 * same group key (one hit per text shared by several cards of an edition), with the facet counts and highlights of
 * the embedded engine; matching runs the project's own matcher over the collection's cards ({@link SolrCards}).
 */
public final class SolrSearch implements SearchBackend {
    private static final int MAX_FACET_VALUES = 1000;
    private static final int MAX_CARDS_PER_HIT = 50;
    /** Facet dimensions of the embedded engine and the fields Solr counts them from. */
    private static final Map<String, String> FACETS = facets();
    private static final String[] HIT_FIELDS = {Fields.TYPE, Fields.STANDARD_ID, Fields.STANDARD_TITLE,
        Fields.STANDARD_CODE, Fields.CARD_ID, Fields.CARD_NAME, Fields.LEVEL, Fields.TEXT_RU, Fields.TEXT_KK,
        SolrDocuments.ID, Fields.GROUP, "score"};
    private static final String COLLAPSE = "hits";
    /** Name keys counted per suggestion request before the most frequent are chosen. */
    private static final int SUGGEST_KEYS = 200;

    private final SolrCollection collection;
    private final Analysis analysis;
    private final CardMatcher matcher;
    private final QueryFactory queries;
    private final CollectionVocabulary vocabulary;

    public SolrSearch(SolrCollection collection) {
        this(collection, new Analysis());
    }

    private SolrSearch(SolrCollection collection, Analysis analysis) {
        this.collection = collection;
        this.analysis = analysis;
        this.matcher = new CardMatcher(new SolrCards(collection), analysis);
        this.queries = new QueryFactory(analysis);
        this.vocabulary = new CollectionVocabulary(collection);
    }

    /**
     * The query is planned here, by the embedded engine's own query building, against the terms of the whole
     * collection ({@link CollectionVocabulary}), and carried to every shard whole: a word one shard lacks is not read
     * as a typo there.
     */
    @Override
    public SearchResult search(String text, SearchFilters filters, int offset, int limit) {
        int from = Math.max(0, offset);
        int rows = Math.max(1, limit);
        DirectoryReader terms = vocabulary.reader();
        QueryFactory.Plan plan = queries.plan(text, terms);
        if (plan.query() == null) {
            return new SearchResult(text, 0, from, List.of(), emptyFacets(), plan.hint());
        }
        SearchResult result = run(text, plan.query(), filters, from, rows);
        if (result.total() == 0 && text != null && !text.isBlank()) {
            result = run(text, queries.plan(text, terms, true).query(), filters, from, rows);
        }
        return result;
    }

    private SearchResult run(String text, Query plan, SearchFilters filters, int offset, int limit) {
        SolrQuery query = new SolrQuery();
        if (plan instanceof MatchAllDocsQuery) {
            query.setQuery("*:*");
        } else {
            query.setQuery("{!" + ProfstdQParserPlugin.NAME + " v=$plan}");
            query.set("plan", ProfstdQParserPlugin.PLAN + QueryCodec.encode(plan));
        }
        filters(query, filters);
        query.setFields(HIT_FIELDS).setStart(offset).setRows(limit);
        // one hit per group, its best entry at its head; the other entries (its cards) come expanded. Collapsing is a
        // filter, so the search stays a plain distributed search scored with the collection's statistics
        query.addFilterQuery("{!collapse tag=" + COLLAPSE + " field=" + Fields.GROUP + "}");
        query.set("expand", true).set("expand.rows", MAX_CARDS_PER_HIT);
        query.setFacet(true).setFacetLimit(MAX_FACET_VALUES).setFacetMinCount(1);
        // facets count every entry found, as the embedded engine does, not only the heads of the groups
        FACETS.values().forEach(field -> query.addFacetField("{!ex=" + COLLAPSE + "}" + field));
        query.setHighlight(true).set("hl.method", "unified").set("hl.fl", Fields.TEXT_RU + "," + Fields.TEXT_KK)
                .set("hl.snippets", 1).set("hl.tag.pre", "<b>").set("hl.tag.post", "</b>").set("hl.fragsize", 0)
                .set("hl.defaultSummary", false).set("hl.multiTermQuery", false).set("hl.maxAnalyzedChars", 10000);
        QueryResponse response = collection.query(query);
        Map<String, SolrDocumentList> expanded = response.getExpandedResults() == null ? Map.of()
                : response.getExpandedResults();
        List<SearchHit> hits = new ArrayList<>();
        for (SolrDocument head : response.getResults()) {
            List<SolrDocument> members = new ArrayList<>();
            members.add(head);
            members.addAll(expanded.getOrDefault(string(head, Fields.GROUP), new SolrDocumentList()));
            hits.add(hit(head, members, response.getHighlighting(), filters));
        }
        return new SearchResult(text, response.getResults().getNumFound(), offset, hits, facets(response), null);
    }

    private static void filters(SolrQuery query, SearchFilters filters) {
        if (filters.status() != null) {
            query.addFilterQuery(SolrCards.term(Fields.STATUS, filters.status()));
        } else if (!filters.history()) {
            query.addFilterQuery(SolrCards.term(Fields.STATUS, IndexedStandard.CURRENT));
        }
        filter(query, Fields.TYPE, filters.type());
        filter(query, Fields.LEVEL, filters.level() == null ? null : filters.level().toString());
        filter(query, Fields.STANDARD_ID, filters.standardId());
        filter(query, Fields.LANGUAGE, filters.language());
        filter(query, Fields.JURISDICTION, filters.jurisdiction());
    }

    private static void filter(SolrQuery query, String field, String value) {
        if (value != null) {
            query.addFilterQuery(SolrCards.term(field, value));
        }
    }

    /** One hit: its best entry reads as the hit, its entries list its cards. */
    private static SearchHit hit(SolrDocument head, List<SolrDocument> members,
            Map<String, Map<String, List<String>>> highlighting, SearchFilters filters) {
        String type = string(head, Fields.TYPE);
        String own = string(head, Fields.TEXT_RU) != null ? string(head, Fields.TEXT_RU) : string(head, Fields.TEXT_KK);
        // a standard's entry holds its description and glossary too; its hit reads as its title
        String text = EntryType.STANDARD.id().equals(type) ? string(head, Fields.STANDARD_TITLE) : own;
        String highlight = highlight(highlighting, string(head, SolrDocuments.ID));
        StandardRef standard = new StandardRef(string(head, Fields.STANDARD_ID), string(head, Fields.STANDARD_TITLE),
                string(head, Fields.STANDARD_CODE));
        List<CardRef> cards = new ArrayList<>();
        for (SolrDocument doc : members) {
            if (cards.size() >= MAX_CARDS_PER_HIT) {
                break;
            }
            String cardId = string(doc, Fields.CARD_ID);
            String level = string(doc, Fields.LEVEL);
            if (cardId != null && cards.stream().noneMatch(c -> c.id().equals(cardId))) {
                CardRef card = new CardRef(cardId, string(doc, Fields.CARD_NAME),
                        level == null ? null : Integer.valueOf(level));
                if (filters.level() == null || filters.level().equals(card.level())) {
                    cards.add(card);
                }
            }
        }
        cards.sort(Comparator.comparing(CardRef::level, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(CardRef::id));
        float score = ((Number) head.getFirstValue("score")).floatValue();
        // a hit found by its code has no matched word: its text is its highlight
        return new SearchHit(type, score, text, highlight == null ? text : highlight, standard,
                cards.isEmpty() ? null : cards.get(0), cards);
    }

    private static String highlight(Map<String, Map<String, List<String>>> highlighting, String id) {
        Map<String, List<String>> fields = highlighting == null ? null : highlighting.get(id);
        if (fields == null) {
            return null;
        }
        for (String field : List.of(Fields.TEXT_RU, Fields.TEXT_KK)) {
            List<String> snippets = fields.get(field);
            if (snippets != null && !snippets.isEmpty()) {
                return snippets.get(0);
            }
        }
        return null;
    }

    private static String string(SolrDocument doc, String field) {
        Object value = doc.getFirstValue(field);
        return value == null ? null : value.toString();
    }

    private static Map<String, Map<String, Integer>> facets(QueryResponse response) {
        Map<String, Map<String, Integer>> counts = emptyFacets();
        FACETS.forEach((dim, field) -> {
            FacetField facet = response.getFacetField(field);
            if (facet != null && facet.getValues() != null) {
                List<FacetField.Count> values = new ArrayList<>(facet.getValues());
                if (dim.equals(Fields.FACET_LEVEL)) {
                    values.sort(Comparator.comparingDouble(v -> levelOrder(v.getName())));
                }
                Map<String, Integer> byValue = new LinkedHashMap<>();
                values.forEach(v -> byValue.put(v.getName(), (int) v.getCount()));
                counts.put(dim, byValue);
            }
        });
        return counts;
    }

    private static double levelOrder(String label) {
        try {
            return Double.parseDouble(label);
        } catch (NumberFormatException notANumber) {
            return Double.MAX_VALUE;
        }
    }

    private static Map<String, Map<String, Integer>> emptyFacets() {
        Map<String, Map<String, Integer>> counts = new LinkedHashMap<>();
        FACETS.keySet().forEach(dim -> counts.put(dim, Map.of()));
        return counts;
    }

    private static Map<String, String> facets() {
        Map<String, String> facets = new LinkedHashMap<>();
        facets.put(Fields.FACET_LEVEL, Fields.LEVEL);
        facets.put(Fields.FACET_TYPE, Fields.TYPE);
        facets.put(Fields.FACET_LANGUAGE, Fields.LANGUAGE);
        facets.put(Fields.FACET_STANDARD, Fields.STANDARD_ID);
        facets.put(Fields.FACET_JURISDICTION, Fields.JURISDICTION);
        facets.put(Fields.FACET_STATUS, Fields.STATUS);
        return facets;
    }

    /**
     * Names of cards, functions and units of current editions whose words begin with the words typed, the most
     * frequent first (then the shortest); a Kazakh prefix that current editions do not complete is completed from
     * earlier Kazakh editions, marked as history. The same rules as the embedded suggester.
     */
    @Override
    public List<Suggestion> suggest(String prefix, int limit) {
        List<String> words = prefix == null ? List.of() : Words.tokens(prefix);
        if (words.isEmpty() || limit < 1) {
            return List.of();
        }
        Map<String, Suggestion> found = new LinkedHashMap<>();
        collect(words, List.of(SolrCards.term(Fields.STATUS, IndexedStandard.CURRENT)), false, limit, found);
        if (found.size() < limit && Analysis.KK.equals(Analysis.languageOf(prefix))) {
            collect(words, List.of(SolrCards.term(Fields.LANGUAGE, Analysis.KK),
                    "-" + SolrCards.term(Fields.STATUS, IndexedStandard.CURRENT)), true, limit, found);
        }
        return List.copyOf(found.values());
    }

    private void collect(List<String> words, List<String> scope, boolean history, int limit,
            Map<String, Suggestion> found) {
        SolrQuery query = new SolrQuery("*:*").setRows(0);
        query.addFilterQuery("{!terms f=" + Fields.TYPE + "}" + String.join(",", EntryType.SUGGESTED.stream()
                .map(EntryType::id).toList()));
        scope.forEach(query::addFilterQuery);
        for (int i = 0; i < words.size() - 1; i++) {
            query.addFilterQuery(SolrCards.term(Fields.NAME_WORD, words.get(i)));
        }
        String last = words.get(words.size() - 1);
        query.addFilterQuery("{!prefix f=" + Fields.NAME_WORD + " v='" + last.replace("'", "\\'") + "'}");
        query.setFacet(true).addFacetField(Fields.SUGGEST_KEY).setFacetLimit(SUGGEST_KEYS).setFacetMinCount(1);
        FacetField keys = collection.query(query).getFacetField(Fields.SUGGEST_KEY);
        if (keys == null || keys.getValues() == null) {
            return;
        }
        List<FacetField.Count> ranked = new ArrayList<>(keys.getValues());
        ranked.sort(Comparator.comparingLong(FacetField.Count::getCount).reversed()
                .thenComparingInt(c -> c.getName().length()).thenComparing(FacetField.Count::getName));
        List<String> chosen = new ArrayList<>();
        for (FacetField.Count key : ranked) {
            if (found.size() + chosen.size() >= limit) {
                break;
            }
            if (!found.containsKey(key.getName())) {
                chosen.add(key.getName());
            }
        }
        Map<String, Suggestion> texts = texts(chosen, scope, history);
        chosen.forEach(key -> {
            if (texts.containsKey(key)) {
                found.put(key, texts.get(key));
            }
        });
    }

    /** One entry's name for each name key: what a suggestion shows. */
    private Map<String, Suggestion> texts(List<String> keys, List<String> scope, boolean history) {
        Map<String, Suggestion> texts = new LinkedHashMap<>();
        if (keys.isEmpty()) {
            return texts;
        }
        SolrQuery query = new SolrQuery();
        StringBuilder should = new StringBuilder("{!bool");
        for (int i = 0; i < keys.size(); i++) {
            should.append(" should=$k").append(i);
            query.set("k" + i, SolrCards.term(Fields.SUGGEST_KEY, keys.get(i)));
        }
        query.setQuery(should.append('}').toString());
        scope.forEach(query::addFilterQuery);
        query.setFields(Fields.TYPE, Fields.CARD_NAME, Fields.TEXT_RU, Fields.TEXT_KK).setRows(keys.size());
        query.set("group", true).set("group.field", Fields.SUGGEST_KEY).set("group.limit", 1);
        GroupCommand groups = collection.query(query).getGroupResponse().getValues().get(0);
        for (Group group : groups.getValues()) {
            SolrDocument doc = group.getResult().get(0);
            String type = string(doc, Fields.TYPE);
            String text = EntryType.CARD.id().equals(type) ? string(doc, Fields.CARD_NAME)
                    : string(doc, Fields.TEXT_RU) != null ? string(doc, Fields.TEXT_RU) : string(doc, Fields.TEXT_KK);
            texts.put(group.getGroupValue(), new Suggestion(text, type, history));
        }
        return texts;
    }

    @Override
    public MatchResult match(String text, int limit) {
        return matcher.match(text, limit);
    }

    @Override
    public Optional<GapResult> gap(String text, String cardId) {
        return matcher.gap(text, cardId);
    }

    @Override
    public void close() throws IOException {
        collection.close();
    }
}
