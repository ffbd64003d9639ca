package org.profstd.read;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;

/**
 * The straight borders drawn on one page: table grids. Word prints a cell border as a thin filled rectangle, other
 * producers stroke lines or rectangles; both become {@link PdfRule}s. Curves, images and large filled areas (cell
 * shading) are not borders and are left out. Pieces of one border that touch are joined into one rule.
 */
final class PdfRules extends PDFGraphicsStreamEngine {
    /** A filled rectangle thinner than this (in points) is a border line. */
    private static final float THIN = 2.5f;
    /** A page with more border pieces than this is a drawing, not a form: its rules are not read as tables. */
    static final int MAX_PIECES = 20_000;

    private final PDRectangle box;
    private final List<Point2D[]> path = new ArrayList<>();
    private final List<PdfRule> pieces = new ArrayList<>();
    private Point2D current;

    private PdfRules(PDPage page) {
        super(page);
        this.box = page.getCropBox();
    }

    /** The borders of a page, horizontal ones first, each direction sorted by position. */
    static List<PdfRule> of(PDPage page) throws IOException {
        PdfRules rules = new PdfRules(page);
        rules.processPage(page);
        if (rules.pieces.size() > MAX_PIECES) {
            return List.of();
        }
        return join(rules.pieces);
    }

    @Override
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
        path.add(new Point2D[] {p0, p1, p2, p3});
    }

    @Override
    public void moveTo(float x, float y) {
        current = new Point2D.Float(x, y);
    }

    @Override
    public void lineTo(float x, float y) {
        Point2D next = new Point2D.Float(x, y);
        if (current != null) {
            path.add(new Point2D[] {current, next});
        }
        current = next;
    }

    @Override
    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
        current = new Point2D.Float(x3, y3);
    }

    @Override
    public Point2D getCurrentPoint() {
        return current;
    }

    @Override
    public void closePath() {
        // a closed outline is kept as the segments or rectangle it was built from
    }

    @Override
    public void endPath() {
        path.clear();
    }

    @Override
    public void clip(int windingRule) {
        path.clear();
    }

    @Override
    public void strokePath() {
        for (Point2D[] shape : path) {
            if (shape.length == 2) {
                line(shape[0], shape[1]);
            } else {
                for (int i = 0; i < shape.length; i++) {
                    line(shape[i], shape[(i + 1) % shape.length]);
                }
            }
        }
        path.clear();
    }

    @Override
    public void fillPath(int windingRule) {
        for (Point2D[] shape : path) {
            if (shape.length == 4) {
                thinRectangle(shape);
            }
        }
        path.clear();
    }

    @Override
    public void fillAndStrokePath(int windingRule) {
        strokePath();
    }

    /** Text is read by the text stripper; here its glyphs would only cost time. */
    @Override
    public void showTextString(byte[] string) {
    }

    @Override
    public void showTextStrings(COSArray array) {
    }

    @Override
    public void drawImage(PDImage image) {
        // an image is no border
    }

    @Override
    public void shadingFill(COSName shadingName) {
        // a shading is no border
    }

    private void line(Point2D a, Point2D b) {
        float x1 = x(a), x2 = x(b), y1 = y(a), y2 = y(b);
        if (Math.abs(y1 - y2) < 0.5f && Math.abs(x1 - x2) >= 0.5f) {
            add(new PdfRule(true, (y1 + y2) / 2, Math.min(x1, x2), Math.max(x1, x2)));
        } else if (Math.abs(x1 - x2) < 0.5f && Math.abs(y1 - y2) >= 0.5f) {
            add(new PdfRule(false, (x1 + x2) / 2, Math.min(y1, y2), Math.max(y1, y2)));
        }
    }

    private void thinRectangle(Point2D[] corners) {
        float left = Float.MAX_VALUE, right = -Float.MAX_VALUE, top = Float.MAX_VALUE, bottom = -Float.MAX_VALUE;
        for (Point2D corner : corners) {
            left = Math.min(left, x(corner));
            right = Math.max(right, x(corner));
            top = Math.min(top, y(corner));
            bottom = Math.max(bottom, y(corner));
        }
        float width = right - left;
        float height = bottom - top;
        if (height <= THIN && width > height && width > THIN) {
            add(new PdfRule(true, (top + bottom) / 2, left, right));
        } else if (width <= THIN && height > width && height > THIN) {
            add(new PdfRule(false, (left + right) / 2, top, bottom));
        }
    }

    private void add(PdfRule rule) {
        if (pieces.size() <= MAX_PIECES && Float.isFinite(rule.at()) && Float.isFinite(rule.from())
                && Float.isFinite(rule.to())) {
            pieces.add(rule);
        }
    }

    private float x(Point2D p) {
        return (float) p.getX() - box.getLowerLeftX();
    }

    /** Page coordinates grow upwards; text positions grow downwards from the top of the crop box. */
    private float y(Point2D p) {
        return box.getUpperRightY() - (float) p.getY();
    }

    /** Joins pieces of one border that lie on one line and touch or overlap. */
    static List<PdfRule> join(List<PdfRule> pieces) {
        List<PdfRule> sorted = new ArrayList<>(pieces);
        sorted.sort(Comparator.comparing(PdfRule::horizontal).reversed()
                .thenComparing(PdfRule::at).thenComparing(PdfRule::from));
        List<PdfRule> joined = new ArrayList<>();
        List<PdfRule> line = new ArrayList<>();
        for (PdfRule piece : sorted) {
            if (!line.isEmpty() && (line.get(0).horizontal() != piece.horizontal()
                    || piece.at() - line.get(0).at() > PdfRule.TOLERANCE / 2)) {
                joinLine(line, joined);
                line.clear();
            }
            line.add(piece);
        }
        joinLine(line, joined);
        return joined;
    }

    /** Joins the pieces of one line (same direction, about the same position) that touch. */
    private static void joinLine(List<PdfRule> line, List<PdfRule> out) {
        if (line.isEmpty()) {
            return;
        }
        List<PdfRule> byStart = new ArrayList<>(line);
        byStart.sort(Comparator.comparing(PdfRule::from));
        float at = (float) line.stream().mapToDouble(PdfRule::at).average().orElse(0);
        boolean horizontal = line.get(0).horizontal();
        float from = byStart.get(0).from();
        float to = byStart.get(0).to();
        for (PdfRule piece : byStart) {
            if (piece.from() > to + PdfRule.TOLERANCE) {
                out.add(new PdfRule(horizontal, at, from, to));
                from = piece.from();
            }
            to = Math.max(to, piece.to());
        }
        out.add(new PdfRule(horizontal, at, from, to));
    }
}
