package org.profstd.fuzz;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdfwriter.ContentStreamWriter;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;

/**
 * Makes a varied but loadable PDF from a real one: a short run of its pages (so that one edited document parses in a
 * fraction of a second), then a few edits of the pages and of their content streams, operator by operator: drawing
 * and text operators dropped, repeated or swapped, numbers moved, pages repeated, swapped, rotated or cropped. These
 * are the shapes a table reader meets: borders missing or doubled, text outside its cell, rows out of order.
 */
final class PdfMutator {
    static final int MAX_PAGES = 3;
    static final int MAX_EDITS = 5;
    private static final List<Float> ODD_NUMBERS = List.of(0f, -1f, 0.5f, 1e6f, -1e6f, 3.3f, 100f);

    /** One edit of the kept pages. */
    enum PdfEdit {
        DROP_OPERATOR, DUPLICATE_OPERATOR, SWAP_OPERATORS, CHANGE_NUMBER, DUPLICATE_PAGE, SWAP_PAGES, ROTATE_PAGE,
        CROP_PAGE
    }

    private PdfMutator() {
    }

    static byte[] mutate(byte[] pdf, Choices choices) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            keepRun(document, choices);
            int edits = choices.pick(1, MAX_EDITS);
            for (int i = 0; i < edits && document.getNumberOfPages() > 0; i++) {
                edit(document, choices.oneOf(List.of(PdfEdit.values())), choices);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("the seed PDF cannot be mutated", e);
        }
    }

    /** Keeps 1 to {@link #MAX_PAGES} consecutive pages. */
    private static void keepRun(PDDocument document, Choices choices) {
        int pages = document.getNumberOfPages();
        int length = Math.min(pages, choices.pick(1, MAX_PAGES));
        int first = choices.pick(0, pages - length);
        for (int i = pages - 1; i >= 0; i--) {
            if (i < first || i >= first + length) {
                document.removePage(i);
            }
        }
    }

    private static void edit(PDDocument document, PdfEdit edit, Choices choices) throws IOException {
        int pages = document.getNumberOfPages();
        PDPage page = document.getPage(choices.pick(0, pages - 1));
        switch (edit) {
            case DUPLICATE_PAGE -> {
                COSDictionary copy = new COSDictionary(page.getCOSObject());
                copy.removeItem(COSName.PARENT);
                document.addPage(new PDPage(copy));
            }
            case SWAP_PAGES -> swap(document, choices.pick(0, pages - 1), choices.pick(0, pages - 1));
            case ROTATE_PAGE -> page.setRotation(90 * choices.pick(1, 3));
            case CROP_PAGE -> {
                PDRectangle box = page.getMediaBox();
                float cut = box.getHeight() * choices.pick(1, 4) / 10f;
                page.setCropBox(new PDRectangle(box.getLowerLeftX(), box.getLowerLeftY() + cut, box.getWidth(),
                        box.getHeight() - cut));
            }
            default -> editContent(document, page, edit, choices);
        }
    }

    private static void swap(PDDocument document, int a, int b) {
        List<PDPage> order = new ArrayList<>();
        document.getPages().forEach(order::add);
        PDPage kept = order.get(a);
        order.set(a, order.get(b));
        order.set(b, kept);
        for (int i = order.size() - 1; i >= 0; i--) {
            document.removePage(i);
        }
        order.forEach(document::addPage);
    }

    /** Edits the operators of the page's content: each operator with the operands before it is one unit. */
    private static void editContent(PDDocument document, PDPage page, PdfEdit edit, Choices choices)
            throws IOException {
        List<List<Object>> operations = operations(new PDFStreamParser(page).parse());
        if (operations.isEmpty()) {
            return;
        }
        int at = choices.pick(0, operations.size() - 1);
        switch (edit) {
            case DROP_OPERATOR -> operations.remove(at);
            case DUPLICATE_OPERATOR -> operations.add(at, new ArrayList<>(operations.get(at)));
            case SWAP_OPERATORS -> {
                int other = choices.pick(0, operations.size() - 1);
                List<Object> kept = operations.get(at);
                operations.set(at, operations.get(other));
                operations.set(other, kept);
            }
            case CHANGE_NUMBER -> changeNumber(operations.get(at), choices);
            default -> throw new IllegalArgumentException(edit.name());
        }
        PDStream stream = new PDStream(document);
        try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
            ContentStreamWriter writer = new ContentStreamWriter(out);
            for (List<Object> operation : operations) {
                writer.writeTokens(operation);
            }
        }
        page.setContents(stream);
    }

    private static void changeNumber(List<Object> operation, Choices choices) {
        List<Integer> numbers = new ArrayList<>();
        for (int i = 0; i < operation.size(); i++) {
            if (operation.get(i) instanceof COSNumber) {
                numbers.add(i);
            }
        }
        if (!numbers.isEmpty()) {
            int i = choices.oneOf(numbers);
            float value = choices.oneOf(ODD_NUMBERS);
            COSBase number = value == Math.rint(value) ? COSInteger.get((long) value) : new COSFloat(value);
            operation.set(i, number);
        }
    }

    private static List<List<Object>> operations(List<Object> tokens) {
        List<List<Object>> operations = new ArrayList<>();
        List<Object> current = new ArrayList<>();
        for (Object token : tokens) {
            current.add(token);
            if (token instanceof Operator) {
                operations.add(current);
                current = new ArrayList<>();
            }
        }
        if (!current.isEmpty()) {
            operations.add(current);
        }
        return operations;
    }
}
