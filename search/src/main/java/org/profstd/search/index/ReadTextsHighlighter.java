package org.profstd.search.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * A highlighter given the texts of the hits, already read with the rest of their stored fields: reading them again
 * would decompress the same blocks of stored fields a second time, which on a small registry costs more than the
 * highlighting itself. The offsets of the words come from the postings.
 *
 * <p>A field's description is taken from the first segment that has it rather than from the field infos of all
 * segments merged, which Lucene's highlighter would build again for every search.
 */
final class ReadTextsHighlighter extends UnifiedHighlighter {
    private final Map<Integer, String> texts;

    /** @param texts the text of the highlighted field by document id */
    ReadTextsHighlighter(UnifiedHighlighter.Builder builder, Map<Integer, String> texts) {
        super(builder);
        this.texts = texts;
    }

    @Override
    protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docs, int cacheCharsThreshold)
            throws IOException {
        List<CharSequence[]> values = new ArrayList<>();
        for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
            String text = texts.get(doc);
            // one field is highlighted at a time, and an entry has the field of its language only
            CharSequence[] perField = new CharSequence[fields.length];
            java.util.Arrays.fill(perField, text);
            values.add(perField);
        }
        return values;
    }

    @Override
    protected FieldInfo getFieldInfo(String field) {
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            FieldInfo info = leaf.reader().getFieldInfos().fieldInfo(field);
            if (info != null) {
                return info;
            }
        }
        return null;
    }
}
