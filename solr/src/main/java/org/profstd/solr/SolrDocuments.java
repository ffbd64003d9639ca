package org.profstd.solr;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DocValuesType;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.util.BytesRef;
import org.apache.solr.common.SolrInputDocument;
import org.profstd.search.analysis.Analysis;
import org.profstd.search.index.Entries;
import org.profstd.search.index.Entry;
import org.profstd.search.index.Fields;
import org.profstd.search.index.IndexedStandard;

/**
 * The Solr documents of an edition: the very documents the embedded index writes ({@link Fields#document}), field by
 * field, so that both engines hold the same values whatever the index learns to hold. The entry's id becomes
 * {@code entry_id}; the document's id {@code EDITION!ENTRY} routes every entry of an edition to one shard.
 */
public final class SolrDocuments {
    public static final String ID = "id";
    public static final String ENTRY_ID = "entry_id";
    /** The position of the entry in its edition: the order of a card's requirements. */
    public static final String ORDINAL = "ordinal";
    /** Which push wrote the document: a rebuild removes the documents of earlier pushes when it is done. */
    public static final String PUSH = "push";

    private final Analysis analysis;
    private final FacetsConfig facets = Fields.facetsConfig();

    public SolrDocuments(Analysis analysis) {
        this.analysis = analysis;
    }

    public List<SolrInputDocument> of(IndexedStandard edition, String push) {
        List<SolrInputDocument> documents = new ArrayList<>();
        int ordinal = 0;
        for (Entry entry : Entries.of(edition)) {
            SolrInputDocument document = document(entry);
            document.setField(ID, edition.editionId() + "!" + entry.id());
            document.setField(ORDINAL, ordinal++);
            document.setField(PUSH, push);
            documents.add(document);
        }
        return documents;
    }

    private SolrInputDocument document(Entry entry) {
        Document lucene;
        try {
            lucene = Fields.document(entry, facets, analysis);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        SolrInputDocument document = new SolrInputDocument();
        Set<String> seen = new HashSet<>();
        for (IndexableField field : lucene.getFields()) {
            if (field.name().startsWith("$")) {
                continue; // the facet ordinals of the embedded index: Solr counts facets from its own doc values
            }
            Object value = value(field);
            String name = Fields.ID.equals(field.name()) ? ENTRY_ID : field.name();
            if (value != null && seen.add(name + '\u001f' + value)) {
                document.addField(name, value);
            }
        }
        return document;
    }

    private static Object value(IndexableField field) {
        if (field.fieldType().docValuesType() != DocValuesType.NONE && field.binaryValue() != null) {
            BytesRef bytes = field.binaryValue();
            return new String(bytes.bytes, bytes.offset, bytes.length, StandardCharsets.UTF_8);
        }
        if (field.stringValue() != null) {
            return field.stringValue();
        }
        return field.numericValue();
    }
}
