package org.profstd.services;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.profstd.analysis.curriculum.CoverageCsv;
import org.profstd.analysis.curriculum.CoverageReport;
import org.profstd.analysis.curriculum.CurriculumCoverage;
import org.profstd.analysis.curriculum.Programme;
import org.profstd.analysis.curriculum.ProgrammeReader;
import org.profstd.model.Card;
import org.profstd.read.PlainText;
import org.profstd.read.UnreadableDocumentException;
import org.profstd.registry.EditionSnapshot;
import org.profstd.registry.Registry;
import org.profstd.registry.RegistryException;
import org.profstd.registry.StandardSummary;

/**
 * An educational programme against the labor functions of an edition of the registry, as {@code profstd curriculum}
 * reads one against a document: the matrix of disciplines and functions, with the evidence and the functions no
 * discipline covers.
 */
public final class Curricula {
    private final Registry registry;

    public Curricula(Registry registry) {
        this.registry = registry;
    }

    /**
     * The words of a programme (text, markdown, DOCX, PDF or HTML) as coverage reads them, whatever the interface it
     * came through, so a page can keep them and cover them again (for the CSV) without the file.
     */
    public String read(String name, byte[] document) throws UnreadableDocumentException {
        String text = PlainText.of(name, document);
        if (text.isBlank()) {
            throw new UnreadableDocumentException(name + ": the document has no text to read a programme from");
        }
        return text;
    }

    /**
     * The coverage of edition {@code editionId}'s labor functions by the programme {@code text}.
     *
     * @param card the card to cover alone, by its number in the edition (1, 2, ...), or null for every card
     * @throws RegistryException not found for an unknown edition or card; invalid for a text without disciplines
     */
    public CoverageReport cover(String name, String text, long editionId, Integer card) {
        Programme programme;
        try {
            programme = ProgrammeReader.read(name, text);
        } catch (IllegalArgumentException e) {
            throw new RegistryException(RegistryException.Kind.INVALID, e.getMessage());
        }
        EditionSnapshot edition = registry.edition(editionId);
        return CurriculumCoverage.compute(edition.sourceFile(), edition.standard(), programme,
                card(edition, card));
    }

    /** The standards a programme can be read against: every standard not withdrawn, with its edition in force. */
    public List<StandardSummary> standards() {
        return StandardChoices.inForce(registry, null);
    }

    /**
     * The matrix as CSV: one row per labor function, one column per discipline (as {@code --format csv}), after a
     * byte order mark, as the other CSV exports, so that spreadsheet programs read the file as UTF-8.
     */
    public static String csv(CoverageReport report) {
        StringWriter out = new StringWriter();
        out.write('\uFEFF');
        CoverageCsv.print(report, new PrintWriter(out));
        return out.toString();
    }

    /** A file name for the CSV of a coverage of edition {@code editionId}. */
    public static String csvName(long editionId, Integer card) {
        return "coverage-" + editionId + (card == null ? "" : "-" + card) + ".csv";
    }

    private static Card card(EditionSnapshot edition, Integer ordinal) {
        if (ordinal == null) {
            return null;
        }
        List<Card> cards = edition.standard().cards();
        if (ordinal < 1 || ordinal > cards.size()) {
            throw new RegistryException(RegistryException.Kind.NOT_FOUND, "edition " + edition.editionId() + " has "
                    + cards.size() + " cards; there is no card " + ordinal);
        }
        return cards.get(ordinal - 1);
    }
}
