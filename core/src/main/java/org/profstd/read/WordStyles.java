package org.profstd.read;

import java.math.BigInteger;
import java.util.function.Function;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;

/**
 * Paragraph properties that a DOCX may set on the paragraph itself or inherit from its style (and the style's
 * ancestors): list numbering and outline level.
 */
final class WordStyles {
    /** Style chains longer than this are broken documents; stop following them. */
    private static final int MAX_DEPTH = 16;
    private static final int LAST_HEADING_LEVEL = 6;
    private final XWPFStyles styles;

    WordStyles(XWPFDocument document) {
        this.styles = document.getStyles();
    }

    /** The numbering of a paragraph: its own, else its style's; null when it is not a list item. */
    CTNumPr numPr(XWPFParagraph paragraph) {
        CTPPr own = paragraph.getCTP().getPPr();
        if (own != null && own.isSetNumPr() && own.getNumPr().getNumId() != null) {
            return own.getNumPr();
        }
        return fromStyle(paragraph.getStyleID(), p -> p.isSetNumPr() ? p.getNumPr() : null);
    }

    /** The heading level 1-6 of a paragraph from its outline level (own or from its style), 0 for body text. */
    int headingLevel(XWPFParagraph paragraph) {
        CTPPr own = paragraph.getCTP().getPPr();
        BigInteger outline = own != null && own.isSetOutlineLvl() ? own.getOutlineLvl().getVal()
                : fromStyle(paragraph.getStyleID(), p -> p.isSetOutlineLvl() ? p.getOutlineLvl().getVal() : null);
        if (outline == null || outline.intValue() >= LAST_HEADING_LEVEL || outline.signum() < 0) {
            return 0;
        }
        return outline.intValue() + 1;
    }

    private <T> T fromStyle(String styleId, Function<CTPPrGeneral, T> property) {
        String id = styleId;
        for (int depth = 0; styles != null && id != null && depth < MAX_DEPTH; depth++) {
            XWPFStyle style = styles.getStyle(id);
            if (style == null) {
                return null;
            }
            CTPPrGeneral pPr = style.getCTStyle().getPPr();
            T value = pPr == null ? null : property.apply(pPr);
            if (value != null) {
                return value;
            }
            id = style.getCTStyle().isSetBasedOn() ? style.getCTStyle().getBasedOn().getVal() : null;
        }
        return null;
    }
}
