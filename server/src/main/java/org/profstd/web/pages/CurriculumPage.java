package org.profstd.web.pages;

import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.profstd.analysis.curriculum.CoverageReport;
import org.profstd.read.PlainText;
import org.profstd.read.UnreadableDocumentException;
import org.profstd.registry.RegistryException;
import org.profstd.services.CardSummary;
import org.profstd.services.Curricula;
import org.profstd.services.Services;
import org.profstd.web.PageContext;
import org.profstd.web.Templates;

/**
 * Curriculum coverage: a programme pasted or uploaded, a standard and optionally one of its cards picked, then the
 * matrix of disciplines and labor functions with the evidence and the functions no discipline covers, which downloads
 * as CSV. What the visitor got wrong (no programme, no standard, a text without disciplines) is told in the form,
 * which keeps what was typed.
 */
final class CurriculumPage {
    private final Services services;
    private final Templates templates;

    CurriculumPage(Services services, Templates templates) {
        this.services = services;
        this.templates = templates;
    }

    /** The form; {@code ?edition=ID} picks the standard (a standard's page links here with its edition). */
    void form(Context ctx) {
        Long edition = optionalId(ctx.queryParam("edition"));
        render(ctx, new Form("", edition, null), null, null);
    }

    /** POST /curriculum: the matrix, or the form again with what is missing. */
    void results(Context ctx) {
        Form form = submitted(ctx);
        PageContext page = Templates.pageContext(ctx);
        String text;
        try {
            text = text(ctx, form);
        } catch (UnreadableDocumentException e) {
            ctx.status(422);
            render(ctx, form, null, page.t("curriculum.unreadable", e.getMessage()));
            return;
        }
        if (text == null) {
            ctx.status(400);
            render(ctx, form, null, page.t("curriculum.empty"));
            return;
        }
        Form read = new Form(text, form.edition(), form.card());
        if (form.edition() == null) {
            ctx.status(400);
            render(ctx, read, null, page.t("curriculum.noStandard"));
            return;
        }
        try {
            render(ctx, read, services.curricula().cover(name(ctx), text, form.edition(), form.card()), null);
        } catch (RegistryException e) {
            if (e.kind() == RegistryException.Kind.UNAVAILABLE) {
                throw e;
            }
            ctx.status(e.kind() == RegistryException.Kind.NOT_FOUND ? 404 : 400);
            render(ctx, read, null, e.kind() == RegistryException.Kind.NOT_FOUND
                    ? page.t("curriculum.notFound") : page.t("curriculum.noDisciplines"));
        }
    }

    /** POST /curriculum/csv: the same matrix as a CSV file (the programme comes back as the text it was read as). */
    void csv(Context ctx) {
        Form form = submitted(ctx);
        if (form.text().isBlank()) {
            throw PageProblem.invalid("error.parameterMissing", "text");
        }
        if (form.edition() == null) {
            throw PageProblem.invalid("error.parameterMissing", "edition");
        }
        CoverageReport report;
        try {
            report = services.curricula().cover(name(ctx), form.text(), form.edition(), form.card());
        } catch (RegistryException e) {
            if (e.kind() == RegistryException.Kind.INVALID) {
                throw PageProblem.invalid("curriculum.noDisciplines");
            }
            throw e.kind() == RegistryException.Kind.NOT_FOUND ? PageProblem.notFound("curriculum.notFound") : e;
        }
        ctx.contentType("text/csv; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\""
                        + Curricula.csvName(form.edition(), form.card()) + "\"")
                .result(Curricula.csv(report));
    }

    /** GET /curriculum/cards?edition=ID: the card choice for a standard, fetched when the standard changes. */
    void cards(Context ctx) {
        Long edition = optionalId(ctx.queryParam("edition"));
        templates.render(ctx, "curriculum-cards.jte", Map.of("cards", cards(edition), "selected", 0));
    }

    /** What the form sent: the typed text, the edition and the card (both optional here, checked by the caller). */
    private record Form(String text, Long edition, Integer card) {
    }

    private static Form submitted(Context ctx) {
        String text = ctx.formParam("text");
        Long card = optionalId(ctx.formParam("card"));
        return new Form(text == null ? "" : text, optionalId(ctx.formParam("edition")),
                card == null || card < 1 || card > Integer.MAX_VALUE ? null : card.intValue());
    }

    /** The programme as coverage reads it: the typed text, else the uploaded file; null when there is neither. */
    private String text(Context ctx, Form form) throws UnreadableDocumentException {
        if (form.text().length() > PlainText.MAX_CHARS) {
            throw new UnreadableDocumentException("the text has " + form.text().length() + " characters, more than "
                    + PlainText.MAX_CHARS);
        }
        if (!form.text().isBlank()) {
            return services.curricula().read("programme.txt", form.text().strip().getBytes(StandardCharsets.UTF_8));
        }
        UploadedFile file = ctx.isMultipartFormData() ? ctx.uploadedFile("document") : null;
        if (file == null || file.size() == 0) {
            return null;
        }
        return services.curricula().read(file.filename(), SubmittedText.bytes(file));
    }

    private static String name(Context ctx) {
        UploadedFile file = ctx.isMultipartFormData() ? ctx.uploadedFile("document") : null;
        return file != null && file.size() > 0 ? file.filename() : "programme.txt";
    }

    private List<CardSummary> cards(Long edition) {
        if (edition == null) {
            return List.of();
        }
        try {
            return services.catalog().cards(edition);
        } catch (RegistryException e) {
            if (e.kind() == RegistryException.Kind.NOT_FOUND) {
                return List.of();
            }
            throw e;
        }
    }

    private void render(Context ctx, Form form, CoverageReport report, String error) {
        Map<String, Object> params = new HashMap<>();
        params.put("standards", services.curricula().standards());
        params.put("edition", form.edition());
        params.put("cards", cards(form.edition()));
        params.put("card", form.card() == null ? 0 : form.card());
        params.put("text", form.text());
        params.put("report", report);
        params.put("error", error);
        templates.render(ctx, "curriculum.jte", params);
    }

    /** A number from a form or query; anything else (empty, "all", words) is no choice. */
    private static Long optionalId(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
