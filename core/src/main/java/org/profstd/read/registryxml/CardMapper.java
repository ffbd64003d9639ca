package org.profstd.read.registryxml;

import static org.profstd.read.registryxml.RegistryTags.CLASSIFIERS;
import static org.profstd.read.registryxml.RegistryTags.CONDITIONS_LIST;
import static org.profstd.read.registryxml.RegistryTags.EDUCATION_LIST;
import static org.profstd.read.registryxml.RegistryTags.EXPERIENCE_LIST;
import static org.profstd.read.registryxml.RegistryTags.JOB_TITLES;
import static org.profstd.read.registryxml.RegistryTags.LEVEL;
import static org.profstd.read.registryxml.RegistryTags.OTF_CODE;
import static org.profstd.read.registryxml.RegistryTags.OTF_NAME;
import static org.profstd.read.registryxml.RegistryTags.PARTICULAR_FUNCTION;
import static org.profstd.read.registryxml.RegistryTags.PARTICULAR_FUNCTIONS;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.profstd.model.Classifier;
import org.profstd.model.DiagnosticCode;
import org.profstd.model.Item;
import org.profstd.model.QualificationLevels;
import org.profstd.parse.CardDraft;
import org.profstd.parse.Codes;
import org.profstd.parse.Diagnostics;
import org.profstd.parse.StandardDraft;

/**
 * Maps one {@code GeneralizedWorkFunction} (ОТФ) to a card: the ОТФ is the level-bearing unit of a Russian standard,
 * with its possible job titles and admission requirements, and its particular functions (ТФ) are the card's functions.
 */
final class CardMapper {
    private static final Pattern LETTER = Pattern.compile("^[A-Z]$");
    private static final Pattern NUMBER = Pattern.compile("^\\d{1,2}$");

    private final Diagnostics diagnostics;
    private final FunctionMapper functions;

    CardMapper(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
        this.functions = new FunctionMapper(diagnostics);
    }

    void map(XmlNode node, StandardDraft standard) {
        CardDraft card = standard.newCard(node.startLine());
        card.endLine = node.endLine();
        card.code = code(node);
        card.name = name(node, card.code, standard.cards.size());
        card.level = level(node);
        card.jobTitles.addAll(texts(entries(node, JOB_TITLES)));
        card.education = joined(entries(node, EDUCATION_LIST));
        card.experience = joined(entries(node, EXPERIENCE_LIST));
        card.specialConditions = joined(entries(node, CONDITIONS_LIST));
        node.child(CLASSIFIERS).ifPresent(plus -> card.classifiers.addAll(classifiers(plus)));
        List<XmlNode> particular = node.list(PARTICULAR_FUNCTIONS, PARTICULAR_FUNCTION);
        if (particular.isEmpty()) {
            diagnostics.add(DiagnosticCode.MISSING_SECTION, node.startLine(),
                    "the generalized function " + card.name + " has no particular labor functions");
        }
        FunctionNumbering numbering = new FunctionNumbering(diagnostics);
        for (XmlNode function : particular) {
            functions.map(function, card);
            numbering.check(card.lastFunction().code, function.startLine());
        }
    }

    private String code(XmlNode node) {
        String printed = RegistryText.single(node.childText(OTF_CODE));
        String code = Codes.normalize(printed);
        if (code == null) {
            diagnostics.add(DiagnosticCode.MISSING_FIELD, node.startLine(), "the generalized function has no code");
            return null;
        }
        if (Codes.hadCyrillic(printed)) {
            diagnostics.add(DiagnosticCode.CODE_CYRILLIC, node.startLine(),
                    "the code " + printed + " is printed with a Cyrillic letter; read as " + code);
        }
        if (!LETTER.matcher(code).matches()) {
            diagnostics.add(DiagnosticCode.CODE_MALFORMED, node.startLine(),
                    "the generalized function code " + printed + " is not a single letter");
        }
        return code;
    }

    private String name(XmlNode node, String code, int position) {
        String name = RegistryText.single(node.childText(OTF_NAME));
        if (name == null) {
            name = code != null ? code : "ОТФ " + position;
            diagnostics.add(DiagnosticCode.EMPTY_NAME, node.startLine(),
                    "the generalized function has no name; \"" + name + "\" stands for it");
        }
        return name;
    }

    private Integer level(XmlNode node) {
        String printed = RegistryText.single(node.childText(LEVEL));
        if (printed == null) {
            diagnostics.add(DiagnosticCode.LEVEL_MISSING, node.startLine(),
                    "the generalized function has no qualification level");
            return null;
        }
        if (!NUMBER.matcher(printed).matches()) {
            diagnostics.add(DiagnosticCode.LEVEL_MISSING, node.startLine(),
                    "the qualification level \"" + printed + "\" is not a number");
            return null;
        }
        int level = Integer.parseInt(printed);
        if (!QualificationLevels.RU.contains(level)) {
            diagnostics.add(DiagnosticCode.LEVEL_OUT_OF_RANGE, node.startLine(),
                    "the qualification level " + level + " is outside " + QualificationLevels.RU);
            return null;
        }
        return level;
    }

    /**
     * The classifier entries of {@code OtherCharacteristicPlus}, system by system in a fixed order (ОКЗ, ЕКС,
     * ОКПДТР, ОКСО); a code printed as "-" (the ЕКС has none) is no code, an entry with neither code nor name is left out.
     */
    private static List<Classifier> classifiers(XmlNode plus) {
        List<Classifier> found = new ArrayList<>();
        for (String system : List.of(Classifier.OKZ, Classifier.EKS, Classifier.OKPDTR, Classifier.OKSO)) {
            for (XmlNode unit : plus.list("List" + system, "Unit" + system)) {
                String code = Codes.normalize(RegistryText.single(unit.childText("Code" + system)));
                String name = RegistryText.single(unit.childText("Name" + system));
                code = code == null || code.chars().noneMatch(Character::isLetterOrDigit) ? null : code;
                if (code != null || name != null) {
                    found.add(new Classifier(system, code, name));
                }
            }
        }
        return found;
    }

    /** The entries of an element that holds either text or one child per entry, split into lines of text. */
    private static List<Item> entries(XmlNode node, String listName) {
        List<Item> lines = new ArrayList<>();
        node.child(listName).ifPresent(list -> {
            for (XmlNode entry : list.textEntries()) {
                lines.addAll(RegistryText.items(entry.text(), entry.startLine()));
            }
        });
        return lines;
    }

    private static List<String> texts(List<Item> items) {
        return items.stream().map(Item::text).toList();
    }

    /** Several entries of one requirement, one per line, so that none runs into the next. */
    private static String joined(List<Item> items) {
        return items.isEmpty() ? null : String.join("\n", texts(items));
    }
}
