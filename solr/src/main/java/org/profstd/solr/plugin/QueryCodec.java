package org.profstd.solr.plugin;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.List;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/**
 * Carries a Lucene query, as the project's query building makes it, to the shards of a collection whole: the kinds of
 * query it makes (boolean, term, boost, constant score, synonyms, phrases, all and none) written compactly and read
 * back into the same query.
 */
public final class QueryCodec {
    private static final int BOOLEAN = 0;
    private static final int TERM = 1;
    private static final int BOOST = 2;
    private static final int CONSTANT = 3;
    private static final int NONE = 4;
    private static final int ALL = 5;
    private static final int SYNONYMS = 6;
    private static final int PHRASE = 7;
    private static final List<BooleanClause.Occur> OCCURS = List.of(BooleanClause.Occur.values());

    private QueryCodec() {
    }

    /** @throws IllegalArgumentException for a kind of query the project does not make */
    public static String encode(Query query) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            write(query, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes.toByteArray());
    }

    /** @throws IllegalArgumentException for a text that is no encoded query */
    public static Query decode(String encoded) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(
                Base64.getUrlDecoder().decode(encoded.strip())))) {
            return read(in);
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("not a query carried by profstd: " + e.getMessage(), e);
        }
    }

    private static void write(Query query, DataOutputStream out) throws IOException {
        if (query instanceof BooleanQuery bool) {
            out.writeByte(BOOLEAN);
            out.writeInt(bool.getMinimumNumberShouldMatch());
            out.writeInt(bool.clauses().size());
            for (BooleanClause clause : bool.clauses()) {
                out.writeByte(clause.getOccur().ordinal());
                write(clause.getQuery(), out);
            }
        } else if (query instanceof TermQuery term) {
            out.writeByte(TERM);
            term(term.getTerm(), out);
        } else if (query instanceof BoostQuery boost) {
            out.writeByte(BOOST);
            out.writeFloat(boost.getBoost());
            write(boost.getQuery(), out);
        } else if (query instanceof ConstantScoreQuery constant) {
            out.writeByte(CONSTANT);
            write(constant.getQuery(), out);
        } else if (query instanceof MatchNoDocsQuery) {
            out.writeByte(NONE);
        } else if (query instanceof MatchAllDocsQuery) {
            out.writeByte(ALL);
        } else if (query instanceof SynonymQuery synonyms) {
            out.writeByte(SYNONYMS);
            out.writeInt(synonyms.getTerms().size());
            for (Term term : synonyms.getTerms()) {
                term(term, out);
            }
        } else if (query instanceof PhraseQuery phrase) {
            out.writeByte(PHRASE);
            out.writeInt(phrase.getSlop());
            out.writeInt(phrase.getTerms().length);
            for (int i = 0; i < phrase.getTerms().length; i++) {
                term(phrase.getTerms()[i], out);
                out.writeInt(phrase.getPositions()[i]);
            }
        } else {
            throw new IllegalArgumentException("cannot carry a " + query.getClass().getSimpleName() + ": " + query);
        }
    }

    private static Query read(DataInputStream in) throws IOException {
        int kind = in.readByte();
        switch (kind) {
            case BOOLEAN -> {
                BooleanQuery.Builder bool = new BooleanQuery.Builder().setMinimumNumberShouldMatch(in.readInt());
                int clauses = in.readInt();
                for (int i = 0; i < clauses; i++) {
                    BooleanClause.Occur occur = OCCURS.get(in.readByte());
                    bool.add(read(in), occur);
                }
                return bool.build();
            }
            case TERM -> {
                return new TermQuery(term(in));
            }
            case BOOST -> {
                float boost = in.readFloat();
                return new BoostQuery(read(in), boost);
            }
            case CONSTANT -> {
                return new ConstantScoreQuery(read(in));
            }
            case NONE -> {
                return new MatchNoDocsQuery("nothing to search for");
            }
            case ALL -> {
                return new MatchAllDocsQuery();
            }
            case SYNONYMS -> {
                int count = in.readInt();
                Term first = null;
                SynonymQuery.Builder synonyms = null;
                for (int i = 0; i < count; i++) {
                    Term term = term(in);
                    if (synonyms == null) {
                        first = term;
                        synonyms = new SynonymQuery.Builder(first.field());
                    }
                    synonyms.addTerm(term);
                }
                return synonyms == null ? new MatchNoDocsQuery() : synonyms.build();
            }
            case PHRASE -> {
                PhraseQuery.Builder phrase = new PhraseQuery.Builder().setSlop(in.readInt());
                int count = in.readInt();
                for (int i = 0; i < count; i++) {
                    Term term = term(in);
                    phrase.add(term, in.readInt());
                }
                return phrase.build();
            }
            default -> throw new IllegalArgumentException("unknown kind of query " + kind);
        }
    }

    private static void term(Term term, DataOutputStream out) throws IOException {
        out.writeUTF(term.field());
        BytesRef bytes = term.bytes();
        out.writeInt(bytes.length);
        out.write(bytes.bytes, bytes.offset, bytes.length);
    }

    private static Term term(DataInputStream in) throws IOException {
        String field = in.readUTF();
        byte[] bytes = new byte[in.readInt()];
        in.readFully(bytes);
        return new Term(field, new BytesRef(bytes));
    }
}
