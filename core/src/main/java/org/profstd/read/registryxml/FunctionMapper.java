package org.profstd.read.registryxml;

import static org.profstd.read.registryxml.RegistryTags.ACTION;
import static org.profstd.read.registryxml.RegistryTags.ACTIONS;
import static org.profstd.read.registryxml.RegistryTags.KNOWLEDGE;
import static org.profstd.read.registryxml.RegistryTags.KNOWLEDGES;
import static org.profstd.read.registryxml.RegistryTags.SKILL;
import static org.profstd.read.registryxml.RegistryTags.SKILLS;
import static org.profstd.read.registryxml.RegistryTags.TF_CODE;
import static org.profstd.read.registryxml.RegistryTags.TF_NAME;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.profstd.model.DiagnosticCode;
import org.profstd.model.Item;
import org.profstd.model.UnitKind;
import org.profstd.parse.CardDraft;
import org.profstd.parse.Codes;
import org.profstd.parse.Diagnostics;
import org.profstd.parse.FunctionDraft;
import org.profstd.parse.UnitDraft;

/**
 * Maps one {@code ParticularWorkFunction} (ТФ) to a labor function of its card. A Russian labor function is not
 * broken into tasks or skills, so it gets exactly one unit of kind {@code function} that carries its labor actions,
 * required skills (abilities) and necessary knowledge.
 */
final class FunctionMapper {
    /** {@code A/01.3}, or {@code A/01.3.1} where a sublevel is given. */
    private static final Pattern FUNCTION_CODE = Pattern.compile("^[A-Z]/\\d{2}\\.\\d(\\.\\d)?$");
    /** A code printed without the letter of its generalized function: {@code 01.3}. */
    private static final Pattern CODE_WITHOUT_LETTER = Pattern.compile("^\\d{2}\\.\\d(\\.\\d)?$");

    private final Diagnostics diagnostics;

    FunctionMapper(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    void map(XmlNode node, CardDraft card) {
        String code = code(node, card.code);
        String name = RegistryText.single(node.childText(TF_NAME));
        if (name == null) {
            name = code != null ? code : "ТФ " + (card.functions.size() + 1);
            diagnostics.add(DiagnosticCode.EMPTY_NAME, node.startLine(),
                    "the labor function has no name; \"" + name + "\" stands for it");
        }
        FunctionDraft function = card.newFunction(name, null);
        function.code = code;
        UnitDraft unit = function.newUnit(UnitKind.FUNCTION, name);
        unit.actions.addAll(items(node, ACTIONS, ACTION));
        List<Item> abilities = items(node, SKILLS, SKILL);
        List<Item> knowledge = items(node, KNOWLEDGES, KNOWLEDGE);
        if (Infinitives.readAsAbilities(knowledge) && !Infinitives.readAsAbilities(abilities)) {
            diagnostics.add(DiagnosticCode.ITEMS_SWAPPED, node.startLine(), label(function)
                    + ": the required skills read as knowledge and the necessary knowledge as skills;"
                    + " they were exchanged");
            List<Item> swap = abilities;
            abilities = knowledge;
            knowledge = swap;
        }
        unit.abilities.addAll(abilities);
        unit.knowledge.addAll(knowledge);
        if (unit.isEmpty()) {
            diagnostics.add(DiagnosticCode.EMPTY_UNIT, node.startLine(),
                    label(function) + " has no labor actions, skills or knowledge");
        }
    }

    /** The items of every entry of a list element ({@code LaborActions} -> its {@code LaborAction}s). */
    private static List<Item> items(XmlNode function, String listName, String entryName) {
        List<Item> items = new ArrayList<>();
        function.child(listName).ifPresent(list -> {
            for (XmlNode entry : list.textEntries()) {
                items.addAll(RegistryText.items(entry.text(), entry.startLine()));
            }
        });
        return items;
    }

    /** The function code with Latin letters and nothing trailing, or null when it is not a function code at all. */
    private String code(XmlNode node, String cardCode) {
        String printed = RegistryText.single(node.childText(TF_CODE));
        String code = Codes.normalize(printed);
        int line = node.startLine();
        if (code == null) {
            diagnostics.add(DiagnosticCode.MISSING_FIELD, line, "the labor function has no code");
            return null;
        }
        if (Codes.hadCyrillic(printed)) {
            diagnostics.add(DiagnosticCode.CODE_CYRILLIC, line,
                    "the code " + printed + " is printed with Cyrillic letters; read as " + code);
        }
        if (CODE_WITHOUT_LETTER.matcher(code).matches() && cardCode != null) {
            diagnostics.add(DiagnosticCode.CODE_MALFORMED, line, "the code " + printed
                    + " lacks the letter of its generalized function; read as " + cardCode + "/" + code);
            code = cardCode + "/" + code;
        }
        if (!FUNCTION_CODE.matcher(code).matches()) {
            diagnostics.add(DiagnosticCode.CODE_MALFORMED, line,
                    "the code " + printed + " is not a labor function code such as A/01.3; it was left out");
            return null;
        }
        if (cardCode != null && !code.startsWith(cardCode + "/")) {
            diagnostics.add(DiagnosticCode.CODE_MALFORMED, line,
                    "the labor function " + code + " stands under the generalized function " + cardCode);
        }
        return code;
    }

    private static String label(FunctionDraft function) {
        return function.code != null ? function.code : "\"" + function.name + "\"";
    }
}
