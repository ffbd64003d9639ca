package org.profstd.search.index;

import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;
import org.profstd.search.analysis.Analysis;

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
    /** The text, in the field of its language so that each language has its own analysis. */
    public static final String TEXT_RU = "text_ru";
    public static final String TEXT_KK = "text_kk";
    /**
     * Matching: an entry's text as its language's index analysis reads it (terms joined by spaces, stored), and for
     * items each distinct term again in a field of items alone, so that its document frequency says how common the
     * term is among requirements.
     */
    public static final String TERMS = "terms";
    public static final String ITEM_TERM = "item_term";
    /** Matching's binary doc value of item and card entries: see {@link MatchRecord}. */
    public static final String MATCH = "match";

    /** Facet dimensions; the standard facet counts by standard id. */
    public static final String FACET_LEVEL = "level";
    public static final String FACET_TYPE = "type";
    public static final String FACET_LANGUAGE = "language";
    public static final String FACET_STANDARD = "standard";

    /** Field name per language, for analysis and queries. */
    public static final Map<String, String> TEXT_FIELDS = Map.of(TEXT_RU, Analysis.RU, TEXT_KK, Analysis.KK);

    private static final FieldType TEXT_TYPE = textType();

    private Fields() {
    }

    public static String textField(String language) {
        return Analysis.KK.equals(language) ? TEXT_KK : TEXT_RU;
    }

    public static FacetsConfig facetsConfig() {
        return new FacetsConfig();
    }

    public static Document document(Entry entry, FacetsConfig facets) throws java.io.IOException {
        return document(entry, facets, null);
    }

    /** With the analysis given, the entry also carries its analysed terms for matching. */
    public static Document document(Entry entry, FacetsConfig facets, Analysis analysis) throws java.io.IOException {
        var standard = entry.edition().standard();
        String language = standard.language() == null ? Analysis.RU : standard.language();
        String level = entry.card() == null || entry.card().level() == null ? null : entry.card().level().toString();
        Document doc = new Document();
        keyword(doc, ID, entry.id());
        keyword(doc, TYPE, entry.type().id());
        stored(doc, KIND, entry.kind());
        keyword(doc, EDITION, entry.edition().editionId());
        keyword(doc, STANDARD_ID, entry.edition().standardId());
        stored(doc, STANDARD_TITLE, standard.title());
        stored(doc, STANDARD_CODE, standard.code());
        keyword(doc, STATUS, entry.edition().status());
        keyword(doc, LANGUAGE, language);
        keyword(doc, JURISDICTION, standard.jurisdiction());
        entry.codes().forEach(code -> keyword(doc, CODE, code));
        standard.okedCodes().forEach(oked -> keyword(doc, OKED, oked));
        doc.add(new StoredField(LINE, entry.line()));
        doc.add(new Field(textField(language), entry.text(), TEXT_TYPE));
        if (entry.card() != null) {
            keyword(doc, CARD_ID, entry.card().id());
            doc.add(new SortedDocValuesField(CARD_ID, new BytesRef(entry.card().id())));
            stored(doc, CARD_NAME, entry.card().name());
            keyword(doc, LEVEL, level);
        }
        if (analysis != null) {
            matchTerms(doc, entry, analysis.index(language), language);
        }
        doc.add(new SortedSetDocValuesFacetField(FACET_TYPE, entry.type().id()));
        doc.add(new SortedSetDocValuesFacetField(FACET_LANGUAGE, language));
        doc.add(new SortedSetDocValuesFacetField(FACET_STANDARD, entry.edition().standardId()));
        if (level != null) {
            doc.add(new SortedSetDocValuesFacetField(FACET_LEVEL, level));
        }
        return facets.build(doc);
    }

    private static void matchTerms(Document doc, Entry entry, org.apache.lucene.analysis.Analyzer analyzer,
            String language) {
        java.util.List<String> terms = QueryFactory.terms(analyzer, TEXT_RU, entry.text());
        doc.add(new StoredField(TERMS, String.join(" ", terms)));
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

    private static void keyword(Document doc, String name, String value) {
        if (value != null) {
            doc.add(new StringField(name, value, Field.Store.YES));
        }
    }

    private static void stored(Document doc, String name, String value) {
        if (value != null) {
            doc.add(new StoredField(name, value));
        }
    }

    /** Stored, with offsets in the postings so that highlighting needs no re-analysis. */
    private static FieldType textType() {
        FieldType type = new FieldType();
        type.setTokenized(true);
        type.setStored(true);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }
}
