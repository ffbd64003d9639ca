package org.profstd.search.index;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.BytesRef;
import org.profstd.json.CanonicalJson;
import org.profstd.model.Standard;

/**
 * Each edition's model, stored in the index beside its entries (one document of its own, with no text field, so no
 * query for words finds it), so that what needs whole editions can read them back from an index on disk. Read
 * lazily, on the first question, and kept in step with later changes.
 */
final class StoredModels {
    static final String TYPE = "model";
    private static final String MODEL = "model";

    private final StandardIndex index;
    private Map<String, IndexedStandard> loaded;

    StoredModels(StandardIndex index) {
        this.index = index;
    }

    static Document document(IndexedStandard edition) {
        Document doc = new Document();
        doc.add(new StringField(Fields.TYPE, TYPE, Field.Store.NO));
        doc.add(new StringField(Fields.EDITION, edition.editionId(), Field.Store.YES));
        doc.add(new StringField(Fields.STANDARD_ID, edition.standardId(), Field.Store.YES));
        doc.add(new StringField(Fields.STATUS, edition.status(), Field.Store.YES));
        doc.add(new StoredField(MODEL, gzip(edition.standard())));
        return doc;
    }

    synchronized Map<String, IndexedStandard> all() {
        if (loaded == null) {
            loaded = read();
        }
        return loaded;
    }

    synchronized void changed(Collection<String> removedStandards, Collection<IndexedStandard> added) {
        if (loaded == null) {
            return;
        }
        loaded.values().removeIf(e -> removedStandards.contains(e.standardId()));
        added.forEach(e -> loaded.put(e.editionId(), e));
    }

    synchronized void cleared() {
        loaded = null;
    }

    private Map<String, IndexedStandard> read() {
        Map<String, IndexedStandard> editions = new LinkedHashMap<>();
        IndexSearcher searcher = index.acquire();
        try {
            TopDocs docs = searcher.search(new TermQuery(new Term(Fields.TYPE, TYPE)), Math.max(1, searcher.getIndexReader().maxDoc()));
            StoredFields stored = searcher.storedFields();
            for (ScoreDoc hit : docs.scoreDocs) {
                Document doc = stored.document(hit.doc);
                IndexedStandard edition = new IndexedStandard(doc.get(Fields.STANDARD_ID), doc.get(Fields.EDITION),
                        doc.get(Fields.STATUS), gunzip(doc.getBinaryValue(MODEL)));
                editions.put(edition.editionId(), edition);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the editions of the search index", e);
        } finally {
            index.release(searcher);
        }
        return editions;
    }

    private static byte[] gzip(Standard standard) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            CanonicalJson.mapper().writeValue(out, standard);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static Standard gunzip(BytesRef bytes) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes.bytes, bytes.offset, bytes.length))) {
            return CanonicalJson.mapper().readValue(in, Standard.class);
        }
    }
}
