package org.profstd.read;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNum;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumPr;

/**
 * The list numbers Word prints before numbered paragraphs ("1.", "2.", "а)"), computed from the numbering definitions
 * as the paragraphs are met in document order. Parsers rely on printed list numbers, and a DOCX stores them only as
 * definitions, so the reader renders them as text.
 *
 * <p>As in Word, list instances ({@code w:num}) that point at the same abstract definition share one sequence, unless
 * an instance restarts it with a start override; a number on one level restarts every deeper level.
 */
final class ListNumbering {
    /** What stands before a bulleted paragraph; symbol-font bullet glyphs have no meaning as text. */
    static final String BULLET = "•";
    private static final int LEVELS = 9;

    private final XWPFNumbering numbering;
    private final WordStyles styles;
    private final Map<String, int[]> counters = new HashMap<>();
    private final Map<BigInteger, ListLevels> levelsByNum = new HashMap<>();

    ListNumbering(XWPFDocument document, WordStyles styles) {
        this.numbering = document.getNumbering();
        this.styles = styles;
    }

    /** The label printed before the paragraph, or "" when it is not a list item; advances the list's counters. */
    String label(XWPFParagraph paragraph) {
        CTNumPr numPr = styles.numPr(paragraph);
        if (numbering == null || numPr == null || numPr.getNumId() == null) {
            return "";
        }
        BigInteger numId = numPr.getNumId().getVal();
        int level = numPr.getIlvl() == null ? 0 : numPr.getIlvl().getVal().intValue();
        XWPFNum num = numId == null || numId.signum() == 0 ? null : numbering.getNum(numId);
        if (num == null || level < 0 || level >= LEVELS) {
            return "";
        }
        ListLevels levels = levelsByNum.computeIfAbsent(numId, id -> levels(num));
        int[] count = advance(num, levels, level);
        return levels.render(level, count);
    }

    private int[] advance(XWPFNum num, ListLevels levels, int level) {
        int[] count = counters.computeIfAbsent(sequenceKey(num), k -> unused());
        count[level] = count[level] < 0 ? levels.start(level) : count[level] + 1;
        for (int deeper = level + 1; deeper < LEVELS; deeper++) {
            count[deeper] = -1;
        }
        return count;
    }

    private static int[] unused() {
        int[] count = new int[LEVELS];
        Arrays.fill(count, -1);
        return count;
    }

    /** Instances with a start override count on their own; the others share their abstract definition's sequence. */
    private static String sequenceKey(XWPFNum num) {
        for (CTNumLvl override : num.getCTNum().getLvlOverrideArray()) {
            if (override.isSetStartOverride() || override.isSetLvl()) {
                return "num:" + num.getCTNum().getNumId();
            }
        }
        return num.getCTNum().getAbstractNumId() == null ? "num:" + num.getCTNum().getNumId()
                : "abstract:" + num.getCTNum().getAbstractNumId().getVal();
    }

    /** The level definitions of a list instance: its abstract definition's levels with the instance's overrides. */
    private ListLevels levels(XWPFNum num) {
        CTLvl[] defined = new CTLvl[LEVELS];
        XWPFAbstractNum abstractNum = num.getCTNum().getAbstractNumId() == null ? null
                : numbering.getAbstractNum(num.getCTNum().getAbstractNumId().getVal());
        if (abstractNum != null) {
            for (CTLvl lvl : abstractNum.getCTAbstractNum().getLvlArray()) {
                put(defined, lvl.getIlvl(), lvl);
            }
        }
        Integer[] startOverrides = new Integer[LEVELS];
        for (CTNumLvl override : num.getCTNum().getLvlOverrideArray()) {
            int ilvl = override.getIlvl() == null ? 0 : override.getIlvl().intValue();
            if (ilvl >= 0 && ilvl < LEVELS) {
                if (override.isSetLvl()) {
                    defined[ilvl] = override.getLvl();
                }
                if (override.isSetStartOverride() && override.getStartOverride().getVal() != null) {
                    startOverrides[ilvl] = override.getStartOverride().getVal().intValue();
                }
            }
        }
        return new ListLevels(defined, startOverrides);
    }

    private static void put(CTLvl[] defined, BigInteger ilvl, CTLvl lvl) {
        int i = ilvl == null ? 0 : ilvl.intValue();
        if (i >= 0 && i < LEVELS) {
            defined[i] = lvl;
        }
    }
}
