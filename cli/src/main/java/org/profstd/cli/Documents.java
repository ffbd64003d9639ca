package org.profstd.cli;

import java.nio.file.Path;
import org.profstd.analysis.StandardChoice;
import org.profstd.model.ParseResult;
import org.profstd.model.Standard;
import org.profstd.parse.Standards;
import org.profstd.read.UnreadableDocumentException;

/** Reading documents and choosing standards for the comparison commands, with failures worded for the user. */
final class Documents {
    private Documents() {
    }

    static ParseResult read(Path file) {
        try {
            return Standards.parse(file);
        } catch (UnreadableDocumentException e) {
            throw new UserFacingException(e.getMessage(), Main.ERROR);
        }
    }

    static Standard choose(ParseResult document, String wanted) {
        try {
            return StandardChoice.choose(document, wanted);
        } catch (IllegalArgumentException e) {
            throw new UserFacingException(e.getMessage(), Main.INVALID_INPUT);
        }
    }

    /**
     * Chooses one standard in each of two documents: the one named by {@code wanted} in each when given; otherwise
     * the only standard of one document and its other edition (or translation) in the other.
     */
    static Standard[] choosePair(ParseResult first, ParseResult second, String wanted) {
        if (wanted != null) {
            return new Standard[] {choose(first, wanted), choose(second, wanted)};
        }
        try {
            if (first.standards().size() == 1) {
                Standard a = first.standards().get(0);
                return new Standard[] {a, StandardChoice.counterpart(second, a)};
            }
            Standard b = choose(second, null);
            return new Standard[] {StandardChoice.counterpart(first, b), b};
        } catch (IllegalArgumentException e) {
            throw new UserFacingException(e.getMessage(), Main.INVALID_INPUT);
        }
    }

    /**
     * Chooses a standard and its text in the other language: {@code wanted} names it in whichever document holds
     * several; the other document's standard is then found by code or shared occupation codes.
     */
    static Standard[] chooseTranslation(ParseResult first, ParseResult second, String wanted) {
        try {
            if (first.standards().size() == 1 || wanted != null && hasStandard(first, wanted)) {
                Standard a = StandardChoice.choose(first, first.standards().size() == 1 ? null : wanted);
                return new Standard[] {a, second.standards().size() == 1 ? second.standards().get(0)
                        : StandardChoice.translation(second, a)};
            }
            Standard b = StandardChoice.choose(second, second.standards().size() == 1 ? null : wanted);
            return new Standard[] {StandardChoice.translation(first, b), b};
        } catch (IllegalArgumentException e) {
            throw new UserFacingException(e.getMessage(), Main.INVALID_INPUT);
        }
    }

    private static boolean hasStandard(ParseResult document, String wanted) {
        try {
            StandardChoice.choose(document, wanted);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
