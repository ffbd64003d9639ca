package org.profstd.parse.rumintrud;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.profstd.model.DiagnosticCode;
import org.profstd.model.Item;
import org.profstd.model.UnitKind;
import org.profstd.parse.CardDraft;
import org.profstd.parse.Diagnostics;
import org.profstd.parse.FunctionDraft;
import org.profstd.parse.StandardDraft;
import org.profstd.parse.UnitDraft;

/**
 * Builds the cards (ОТФ) and labor functions (ТФ) of the model from section III, checked against the functional map
 * of section II. Section III is the fuller text and wins where both are printed; where they differ, both wordings are
 * reported. What a page break took from section III (a code, a level, the beginning of a name) comes from the map.
 */
final class CardAssembler {
    private final FunctionalMap map;
    private final ValueReader values;
    private final Diagnostics diagnostics;
    private final Set<FunctionalMap.Entry> matched = new HashSet<>();

    CardAssembler(FunctionalMap map, ValueReader values, Diagnostics diagnostics) {
        this.map = map;
        this.values = values;
        this.diagnostics = diagnostics;
    }

    void assemble(List<CardSection> sections, StandardDraft draft) {
        for (int i = 0; i < sections.size(); i++) {
            assemble(sections.get(i), i, draft);
        }
        for (FunctionalMap.Entry card : map.cards()) {
            if (!matched.contains(card)) {
                diagnostics.add(DiagnosticCode.CARD_LIST_MISMATCH, card.line, "generalized labor function "
                        + card.code + " of the functional map is not described in section III");
            }
            for (FunctionalMap.Entry f : card.functions) {
                if (matched.contains(card) && !matched.contains(f)) {
                    diagnostics.add(DiagnosticCode.SECTIONS_DIFFER, f.line, "labor function " + f.code
                            + " of the functional map is not described in section III");
                }
            }
        }
    }

    private void assemble(CardSection section, int index, StandardDraft draft) {
        Header h = section.header;
        String printedCode = values.cardCode(h.code, h.codeLine);
        FunctionalMap.Entry mapCard = map.card(printedCode, index);
        if (mapCard != null) {
            matched.add(mapCard);
        }
        String what = "generalized labor function 3." + section.number;
        Reconciled r = new Reconciled(what, h, mapCard);
        CardDraft card = draft.newCard(h.line);
        card.endLine = section.endLine;
        card.code = r.code(printedCode);
        card.level = r.level(values.level(h.level, h.levelLine));
        if (card.level == null) {
            diagnostics.add(DiagnosticCode.LEVEL_MISSING, h.line, what + " has no qualification level");
        }
        card.name = r.name();
        r.report();
        fields(section, card, what);
        for (int j = 0; j < section.functions.size(); j++) {
            function(section.functions.get(j), j, mapCard, card);
        }
        if (section.functions.isEmpty()) {
            diagnostics.add(DiagnosticCode.EMPTY_FUNCTION, h.line, what + " has no labor functions");
        }
    }

    private void fields(CardSection section, CardDraft card, String what) {
        for (String cell : section.field(Label.JOB_TITLES)) {
            if (!cell.equals("-")) {
                card.jobTitles.addAll(JobTitles.split(cell));
            }
        }
        card.education = section.text(Label.EDUCATION);
        card.experience = section.text(Label.EXPERIENCE);
        card.specialConditions = section.text(Label.SPECIAL_CONDITIONS);
        for (Label field : CardSection.FIELDS) {
            if (!section.hasField(field)) {
                diagnostics.add(DiagnosticCode.MISSING_FIELD, section.header.line, what + " has no row \""
                        + field.text() + "\"");
            }
        }
    }

    private void function(FunctionSection section, int index, FunctionalMap.Entry mapCard, CardDraft card) {
        Header h = section.header;
        String printedCode = values.functionCode(h.code, h.codeLine);
        FunctionalMap.Entry mapFunction = FunctionalMap.function(mapCard, printedCode, index);
        if (mapFunction != null) {
            matched.add(mapFunction);
        }
        Reconciled r = new Reconciled("labor function " + section.id(), h, mapFunction);
        String code = r.code(printedCode);
        r.level(values.level(h.level, h.levelLine));
        String name = r.name();
        r.report();
        if (code != null && card.code != null && !code.startsWith(card.code + "/")) {
            diagnostics.add(DiagnosticCode.CODE_MALFORMED, h.codeLine > 0 ? h.codeLine : h.line, "labor function "
                    + code + " stands under generalized labor function " + card.code);
        }
        FunctionDraft f = card.newFunction(name, null);
        f.code = code;
        UnitDraft unit = f.newUnit(UnitKind.FUNCTION, name);
        Map<Label, List<Item>> items = section.finish();
        unit.actions.addAll(items.get(Label.ACTIONS));
        unit.abilities.addAll(items.get(Label.ABILITIES));
        unit.knowledge.addAll(items.get(Label.KNOWLEDGE));
        for (Label list : FunctionSection.LISTS) {
            if (items.get(list).isEmpty()) {
                diagnostics.add(DiagnosticCode.EMPTY_UNIT, h.line, "labor function " + section.id() + " has no \""
                        + list.text() + "\"");
            }
        }
    }

    /** Code, level and name of one ОТФ or ТФ, section III against the map, with what the map had to supply. */
    private final class Reconciled {
        private final String what;
        private final Header header;
        private final FunctionalMap.Entry mapped;
        private final List<String> fromMap = new ArrayList<>();
        private String code;

        Reconciled(String what, Header header, FunctionalMap.Entry mapped) {
            this.what = what;
            this.header = header;
            this.mapped = mapped;
        }

        String code(String printed) {
            code = printed != null ? printed : mapped == null ? null : mapped.code;
            if (printed == null && code != null) {
                fromMap.add("code");
            } else if (printed != null && mapped != null && !printed.equals(mapped.code)) {
                differ("the code", mapped.code, printed);
            }
            return code;
        }

        Integer level(Integer printed) {
            Integer level = printed != null ? printed : mapped == null ? null : mapped.level;
            if (printed == null && level != null) {
                fromMap.add("level");
            } else if (printed != null && mapped != null && mapped.level != null && !printed.equals(mapped.level)) {
                differ("the level", String.valueOf(mapped.level), String.valueOf(printed));
            }
            return level;
        }

        String name() {
            String printed = header.name();
            String fromSection2 = mapped == null ? null : mapped.name();
            if (printed != null && header.nameLabelled) {
                header.reportContinuation(diagnostics, what);
                if (fromSection2 != null && !same(printed, fromSection2)) {
                    differ("the name", fromSection2, printed);
                }
                return printed;
            }
            if (fromSection2 == null) {
                if (printed == null) {
                    diagnostics.add(DiagnosticCode.EMPTY_NAME, header.line, what + " has no name");
                }
                return printed;
            }
            fromMap.add(printed == null ? "name" : "the beginning of the name (\"" + printed + "\" is left)");
            if (printed != null && !fromSection2.endsWith(printed)) {
                differ("the name", fromSection2, printed);
            }
            return fromSection2;
        }

        /** One diagnostic for everything the map supplied. */
        void report() {
            if (!fromMap.isEmpty()) {
                diagnostics.add(DiagnosticCode.MISSING_FIELD, header.line, what + (code == null ? "" : " (" + code + ")")
                        + ": section III lost " + String.join(", ", fromMap) + " in a page break; taken from the"
                        + " functional map (line " + mapped.line + ")");
            }
        }

        private void differ(String field, String inMap, String inSection3) {
            diagnostics.add(DiagnosticCode.SECTIONS_DIFFER, header.line, what + (code == null ? "" : " (" + code + ")")
                    + ": " + field + " differs: section II \"" + inMap + "\" (line " + mapped.line
                    + "), section III \"" + inSection3 + "\"");
        }

        private static boolean same(String a, String b) {
            return Objects.equals(a.replaceAll("\\s+", " ").strip(), b.replaceAll("\\s+", " ").strip());
        }
    }
}
