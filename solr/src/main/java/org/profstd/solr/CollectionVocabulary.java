package org.profstd.solr;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.common.util.NamedList;
import org.profstd.search.index.Fields;

/**
 * The terms of the whole collection that query building looks up (the text fields, for words, typos and Kazakh
 * compounds; the code fields, for codes), as a small Lucene index in memory: the project's {@code QueryFactory} plans
 * a query against it exactly as against the embedded index, and the plan is then run on every shard. Each term's
 * document frequency is kept up to {@value #MAX_FREQUENCY} (it only orders typo readings that are equally near).
 * Read again after each push or catch-up of the collection.
 */
final class CollectionVocabulary {
    private static final int MAX_FREQUENCY = 32;
    private static final List<String> FIELDS = List.of(Fields.TEXT_RU, Fields.TEXT_KK, Fields.OWN_CODE, Fields.CODE);

    private final SolrCollection collection;
    private String generation;
    private DirectoryReader reader;

    CollectionVocabulary(SolrCollection collection) {
        this.collection = collection;
    }

    /** The vocabulary of what the collection holds now. */
    synchronized DirectoryReader reader() {
        String now = collection.generation();
        if (reader == null || !now.equals(generation)) {
            DirectoryReader fresh = build(frequencies());
            if (reader != null) {
                close(reader);
            }
            reader = fresh;
            generation = now;
        }
        return reader;
    }

    /** Each field's terms with their document frequencies over the collection (one request to the terms component). */
    private Map<String, Map<String, Integer>> frequencies() {
        SolrQuery terms = new SolrQuery();
        terms.setRequestHandler("/terms");
        terms.setTerms(true);
        FIELDS.forEach(terms::addTermsField);
        terms.setTermsLimit(-1);
        terms.setTermsMinCount(1);
        terms.setTermsSortString("index");
        NamedList<?> byField = (NamedList<?>) collection.query(terms).getResponse().get("terms");
        Map<String, Map<String, Integer>> frequencies = new LinkedHashMap<>();
        for (String field : FIELDS) {
            Map<String, Integer> counts = new LinkedHashMap<>();
            NamedList<?> byTerm = byField == null ? null : (NamedList<?>) byField.get(field);
            if (byTerm != null) {
                for (int i = 0; i < byTerm.size(); i++) {
                    counts.put(byTerm.getName(i), ((Number) byTerm.getVal(i)).intValue());
                }
            }
            frequencies.put(field, counts);
        }
        return frequencies;
    }

    /** Document {@code i} holds every term found in more than {@code i} entries: its frequency here is theirs. */
    private static DirectoryReader build(Map<String, Map<String, Integer>> frequencies) {
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new KeywordAnalyzer()))) {
            for (int i = 0; i < MAX_FREQUENCY; i++) {
                Document doc = new Document();
                for (Map.Entry<String, Map<String, Integer>> field : frequencies.entrySet()) {
                    for (Map.Entry<String, Integer> term : field.getValue().entrySet()) {
                        if (term.getValue() > i) {
                            doc.add(new StringField(field.getKey(), term.getKey(), Field.Store.NO));
                        }
                    }
                }
                if (doc.getFields().isEmpty()) {
                    break;
                }
                writer.addDocument(doc);
            }
            writer.commit();
            return DirectoryReader.open(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot hold the collection's terms", e);
        }
    }

    private static void close(DirectoryReader old) {
        try {
            old.close();
        } catch (IOException ignored) {
            // an in-memory reader: nothing to lose
        }
    }
}
