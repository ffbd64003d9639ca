package org.profstd.search.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;

/**
 * A text analysed once and kept token by token: an entry's text is indexed and also stored as the terms matching
 * reads, and analysing it once for both saves a pass of stemming over the whole registry when the index is built.
 */
final class AnalyzedTokens {
    private record Token(String term, int increment, int length, int start, int end) {
    }

    private final List<Token> tokens;
    private final int finalOffset;

    private AnalyzedTokens(List<Token> tokens, int finalOffset) {
        this.tokens = tokens;
        this.finalOffset = finalOffset;
    }

    static AnalyzedTokens of(Analyzer analyzer, String field, String text) {
        List<Token> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            PositionLengthAttribute length = stream.addAttribute(PositionLengthAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(new Token(term.toString(), increment.getPositionIncrement(), length.getPositionLength(),
                        offset.startOffset(), offset.endOffset()));
            }
            stream.end();
            return new AnalyzedTokens(tokens, offset.endOffset());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The terms in the order the analysis gave them. */
    List<String> terms() {
        return tokens.stream().map(Token::term).toList();
    }

    /** The tokens again, as the analysis gave them, for the index writer. */
    TokenStream stream() {
        return new TokenStream() {
            private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
            private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
            private final PositionLengthAttribute length = addAttribute(PositionLengthAttribute.class);
            private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
            private int next;

            @Override
            public boolean incrementToken() {
                if (next == tokens.size()) {
                    return false;
                }
                clearAttributes();
                Token token = tokens.get(next++);
                term.setEmpty().append(token.term());
                increment.setPositionIncrement(token.increment());
                length.setPositionLength(token.length());
                offset.setOffset(token.start(), token.end());
                return true;
            }

            @Override
            public void end() throws IOException {
                super.end();
                offset.setOffset(finalOffset, finalOffset);
            }

            @Override
            public void reset() throws IOException {
                super.reset();
                next = 0;
            }
        };
    }
}
