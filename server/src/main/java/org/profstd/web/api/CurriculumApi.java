package org.profstd.web.api;

import io.javalin.http.Context;
import java.util.List;
import org.profstd.analysis.curriculum.CoverageReport;
import org.profstd.read.UnreadableDocumentException;
import org.profstd.services.Curricula;

/**
 * {@code POST /api/v1/curriculum?edition=ID[&card=N][&format=json|csv]}: an educational programme, posted as
 * text/plain or as a multipart file {@code document} (text, markdown, DOCX, PDF, HTML), against the labor functions
 * of an edition: the matrix of disciplines and functions as JSON, or as CSV for a spreadsheet.
 */
final class CurriculumApi {
    private static final int MAX_CARD = 10_000;
    private final Curricula curricula;

    CurriculumApi(Curricula curricula) {
        this.curricula = curricula;
    }

    void cover(Context ctx) throws UnreadableDocumentException {
        long edition = Params.queryId(ctx, "edition");
        Integer card = Params.integer(ctx, "card", 1, MAX_CARD);
        String format = Params.oneOf(ctx, "format", List.of("json", "csv"));
        UploadedDocument document = UploadedDocument.of(ctx, "programme.txt");
        String text = curricula.read(document.name(), document.bytes());
        CoverageReport report = curricula.cover(document.name(), text, edition, card);
        if ("csv".equals(format)) {
            ctx.contentType("text/csv; charset=utf-8")
                    .header("Content-Disposition", "attachment; filename=\"" + Curricula.csvName(edition, card) + "\"")
                    .result(Curricula.csv(report));
        } else {
            ctx.json(report);
        }
    }
}
