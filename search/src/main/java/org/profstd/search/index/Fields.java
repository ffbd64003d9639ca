package org.profstd.search.index;

import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.miscellaneous.EmptyTokenStream;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;
import org.profstd.model.Language;
import org.profstd.search.analysis.Analysis;
import org.profstd.text.Words;

/** The fields of an entry's Lucene document, and how an {@link Entry} becomes one. */
public final class Fields {
    public static final String ID = "id";
    public static final String TYPE = "type";
    public static final String KIND = "kind";
    public static final String EDITION = "edition";
    public static final String STANDARD_ID = "standard_id";
    public static final String STANDARD_TITLE = "standard_title";
    public static final String STANDARD_CODE = "standard_code";
    public static final String STATUS = "status";
    public static final String CARD_ID = "card_id";
    public static final String CARD_NAME = "card_name";
    public static final String LEVEL = "level";
    public static final String LANGUAGE = "language";
    public static final String JURISDICTION = "jurisdiction";
    public static final String CODE = "code";
    public static final String OKED = "oked";
    public static final String LINE = "line";
    /** {@link Keys#code} of the codes naming the entry itself, for "the thing with this code first". */
    public static final String OWN_CODE = "own_code";
    /** {@link Keys#typedName} of the entry's name, for "the thing with this exact title first", and for suggestions. */
    public static final String NAME_KEY = "name_key";
    /** Doc values of {@link #NAME_KEY} for cards, functions and units: suggestions count entries per name. */
    public static final String SUGGEST_KEY = "suggest_key";
    /** The words of a card, function or unit name, as written (lower case): what suggestions complete. */
    public static final String NAME_WORD = "name_word";
    /**
     * Doc values (and a term) that equal for the entries one hit shows: the same text of the same type in one
     * edition, found in several of its cards. The edition comes first, and an edition's entries are indexed in the
     * order of this key: {@link GroupCollector} relies on a group's entries being adjacent in one segment.
     */
    public static final String GROUP = "group";
    /**
     * Doc values of an entry's place in its edition (standard, then each card's functions, units and items in the
     * order of the document): the index keeps an edition's entries ordered by {@link #GROUP}, so this gives the
     * document's order back.
     */
    public static final String POSITION = "position";
    /** The text, in the field of its language so that each language has its own analysis. */
    public static final String TEXT_RU = "text_ru";
    public static final String TEXT_KK = "text_kk";
    /**
     * Matching: each distinct term of an item's text (as its language's index analysis reads it) again in a field of
     * items alone, so that its document frequency says how common the term is among requirements.
     */
    public static final String ITEM_TERM = "item_term";
    /** Matching's binary doc value of item and card entries: see {@link MatchRecord}. */
    public static final String MATCH = "match";

    /**
     * Doc values of a card entry's card as a hit lists it: {@link #cardRef id, level and name}, read without the
     * stored fields.
     */
    public static final String CARD_REF = "card_ref";
    /**
     * Doc values of the facets with few values, in one key per entry ({@link FacetKey}): counting them costs one
     * doc-value read per matched entry. The standard facet counts the doc values of {@link #STANDARD_ID}.
     */
    public static final String FACET_KEY = "facet_key";

    /** Facet dimensions; the standard facet counts by standard id. */
    public static final String FACET_LEVEL = "level";
    public static final String FACET_TYPE = "type";
    public static final String FACET_LANGUAGE = "language";
    public static final String FACET_STANDARD = "standard";
    public static final String FACET_JURISDICTION = "jurisdiction";
    public static final String FACET_STATUS = "status";

    /** Field name per language, for analysis and queries. */
    public static final Map<String, String> TEXT_FIELDS = Map.of(TEXT_RU, Analysis.RU, TEXT_KK, Analysis.KK);

    private static final FieldType TEXT_TYPE = textType(true);
    private static final FieldType INDEXED_TEXT_TYPE = textType(false);

    private Fields() {
    }

    public static String textField(String language) {
        return Analysis.KK.equals(language) ? TEXT_KK : TEXT_RU;
    }

    public static Document document(Entry entry) {
        return document(entry, null);
    }

    /** With the analysis given, the entry also carries its analysed terms for matching. */
    public static Document document(Entry entry, Analysis analysis) {
        var standard = entry.edition().standard();
        String language = Language.codeOrRussian(standard.language());
        String jurisdiction = standard.jurisdiction() == null ? null : standard.jurisdiction().value();
        String level = entry.card() == null || entry.card().level() == null ? null : entry.card().level().toString();
        Document doc = new Document();
        keyword(doc, ID, entry.id());
        keyword(doc, TYPE, entry.type().id());
        stored(doc, KIND, entry.kind());
        keyword(doc, EDITION, entry.edition().editionId());
        keyword(doc, STANDARD_ID, entry.edition().standardId());
        doc.add(new SortedDocValuesField(STANDARD_ID, new BytesRef(entry.edition().standardId())));
        stored(doc, STANDARD_TITLE, standard.title());
        stored(doc, STANDARD_CODE, standard.code());
        keyword(doc, STATUS, entry.edition().status());
        keyword(doc, LANGUAGE, language);
        keyword(doc, JURISDICTION, jurisdiction);
        entry.codes().forEach(code -> keyword(doc, CODE, Keys.code(code)));
        entry.ownCodes().forEach(code -> index(doc, OWN_CODE, Keys.code(code)));
        // one reading of the name serves its key and its words; the text is read again only when it differs
        List<String> nameWords = Words.tokens(entry.name());
        String name = String.join(" ", nameWords);
        String nameKey = Keys.typedWords(entry.type(), name);
        index(doc, NAME_KEY, nameKey);
        if (EntryType.SUGGESTED.contains(entry.type())) {
            doc.add(new SortedDocValuesField(SUGGEST_KEY, new BytesRef(nameKey)));
            nameWords.stream().distinct().forEach(word -> index(doc, NAME_WORD, word));
        }
        String group = groupKeyOfWords(entry.edition().editionId(), entry.type().id(), entry.kind(),
                entry.text().equals(entry.name()) ? name : Keys.name(entry.text()));
        // a doc value only: hits collapse by its ordinal and a hit's cards follow it (the key is never searched)
        doc.add(new SortedDocValuesField(GROUP, new BytesRef(group)));
        standard.okedCodes().forEach(oked -> keyword(doc, OKED, oked));
        doc.add(new StoredField(LINE, entry.line()));
        if (analysis == null) {
            doc.add(new Field(textField(language), entry.text(), TEXT_TYPE));
        } else {
            // analysed once for the index and for matching's terms (the same analysis of the entry's language)
            AnalyzedTokens tokens = AnalyzedTokens.of(analysis.index(language), textField(language), entry.text());
            doc.add(new StoredField(textField(language), entry.text()));
            doc.add(new Field(textField(language), tokens.stream(), INDEXED_TEXT_TYPE));
            matchTerms(doc, entry, tokens.terms(), language);
        }
        emptyText(doc, Analysis.KK.equals(language) ? TEXT_RU : TEXT_KK);
        if (entry.card() != null) {
            keyword(doc, CARD_ID, entry.card().id());
            doc.add(new SortedDocValuesField(CARD_ID, new BytesRef(entry.card().id())));
            stored(doc, CARD_NAME, entry.card().name());
            keyword(doc, LEVEL, level);
            doc.add(new SortedDocValuesField(CARD_REF, new BytesRef(cardRef(entry.card().id(), level,
                    entry.card().name()))));
        }
        doc.add(new SortedDocValuesField(FACET_KEY, new BytesRef(FacetKey.of(entry.type().id(), language,
                entry.edition().status(), jurisdiction, level))));
        return doc;
    }

    private static final char SEPARATOR = '\u001f';

    /** The {@link #CARD_REF} value of a card. */
    static String cardRef(String id, String level, String name) {
        return id + SEPARATOR + (level == null ? "" : level) + SEPARATOR + (name == null ? "" : name);
    }

    /** The card of a {@link #CARD_REF} value. */
    static org.profstd.search.CardRef cardOf(String ref) {
        int first = ref.indexOf(SEPARATOR);
        int second = ref.indexOf(SEPARATOR, first + 1);
        String level = ref.substring(first + 1, second);
        String name = ref.substring(second + 1);
        return new org.profstd.search.CardRef(ref.substring(0, first), name.isEmpty() ? null : name,
                level.isEmpty() ? null : Integer.valueOf(level));
    }

    /** The {@link #GROUP} key of an entry: entries of one edition with the same type, kind and words. */
    public static String groupKey(Entry entry) {
        return groupKeyOfWords(entry.edition().editionId(), entry.type().id(), entry.kind(), Keys.name(entry.text()));
    }

    private static String groupKeyOfWords(String editionId, String type, String kind, String words) {
        return editionId + "|" + type + "|" + kind + "|" + Keys.digest(words);
    }

    private static void matchTerms(Document doc, Entry entry, List<String> terms, String language) {
        if (entry.type() == EntryType.ITEM) {
            new java.util.LinkedHashSet<>(terms).forEach(t -> doc.add(new StringField(ITEM_TERM, t, Field.Store.NO)));
            doc.add(new BinaryDocValuesField(MATCH, MatchRecord.encode(entry.type().id(), entry.kind(), language,
                    entry.text(), String.join(" ", terms))));
        } else if (entry.type() == EntryType.CARD) {
            var standard = entry.edition().standard();
            doc.add(new BinaryDocValuesField(MATCH, MatchRecord.encode(entry.type().id(), language, entry.text(),
                    entry.card().name(), entry.card().level() == null ? null : entry.card().level().toString(),
                    entry.edition().standardId(), standard.title(), standard.code())));
        }
    }

    /**
     * The text field of the other language, without a word. Scoring reads the length norm of every entry it scores;
     * a field some entries lack keeps its norms sparse, and in segments that mix Russian and Kazakh entries reading a
     * sparse norm cost a fifth of a broad search. Every entry having both fields keeps both dense. An empty field adds
     * no term, so the document counts and lengths BM25 reads, and so the scores, stay the same.
     */
    private static void emptyText(Document doc, String field) {
        doc.add(new Field(field, new EmptyTokenStream(), INDEXED_TEXT_TYPE));
    }

    private static void keyword(Document doc, String name, String value) {
        if (value != null) {
            doc.add(new StringField(name, value, Field.Store.YES));
        }
    }

    private static void index(Document doc, String name, String value) {
        if (value != null && !value.isEmpty()) {
            doc.add(new StringField(name, value, Field.Store.NO));
        }
    }

    private static void stored(Document doc, String name, String value) {
        if (value != null) {
            doc.add(new StoredField(name, value));
        }
    }

    /** With offsets in the postings so that highlighting needs no re-analysis; stored, or indexed only. */
    private static FieldType textType(boolean stored) {
        FieldType type = new FieldType();
        type.setTokenized(true);
        type.setStored(stored);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }
}
