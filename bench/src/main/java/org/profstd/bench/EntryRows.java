package org.profstd.bench;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import org.profstd.model.Language;
import org.profstd.search.index.Entry;
import org.profstd.search.index.Fields;

/**
 * An entry as a row of PostgreSQL's {@code bench.entry} in COPY's text format: what the bare search ranks and what a
 * search page filters, counts and groups by, taken from the entry the way the Lucene index takes it (see the search
 * module's {@code Fields.document}).
 */
final class EntryRows {
    /** The columns a row fills, in its order. */
    static final String COLUMNS = "id, type, kind, standard_title, card_id, body, group_key, level, language, "
            + "standard_id, jurisdiction, status";

    private static final ThreadLocal<MessageDigest> MD5 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has MD5", e);
        }
    });

    private EntryRows() {
    }

    static void append(StringBuilder rows, Entry entry) {
        var edition = entry.edition();
        var standard = edition.standard();
        Integer level = entry.card() == null ? null : entry.card().level();
        field(rows, entry.id()).append('\t');
        field(rows, entry.type().id()).append('\t');
        field(rows, entry.kind()).append('\t');
        field(rows, standard.title()).append('\t');
        field(rows, entry.card() == null ? null : entry.card().id()).append('\t');
        field(rows, entry.text()).append('\t');
        rows.append(groupKey(entry)).append('\t');
        field(rows, level == null ? null : level.toString()).append('\t');
        field(rows, Language.codeOrRussian(standard.language())).append('\t');
        field(rows, edition.standardId()).append('\t');
        field(rows, standard.jurisdiction() == null ? null : standard.jurisdiction().value()).append('\t');
        field(rows, edition.status()).append('\n');
    }

    /**
     * The entries one hit shows share this key: the same words of the same type and kind in one edition, as the
     * Lucene index groups them ({@link Fields#groupKey}). A 64-bit number (the first bytes of the key's MD5) rather than the key itself: a
     * {@code bigint} groups and joins faster than text, and any process can make it again from an entry, as an
     * incremental update would.
     */
    static long groupKey(Entry entry) {
        return ByteBuffer.wrap(MD5.get().digest(Fields.groupKey(entry).getBytes(StandardCharsets.UTF_8))).getLong();
    }

    /** A value in COPY's text format: backslash escapes for the separators, \N for null. */
    private static StringBuilder field(StringBuilder rows, String value) {
        if (value == null) {
            return rows.append("\\N");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> rows.append("\\\\");
                case '\t' -> rows.append("\\t");
                case '\n' -> rows.append("\\n");
                case '\r' -> rows.append("\\r");
                default -> rows.append(c);
            }
        }
        return rows;
    }
}
