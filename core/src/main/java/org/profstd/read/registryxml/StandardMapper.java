package org.profstd.read.registryxml;

import static org.profstd.read.registryxml.RegistryTags.ACTIVITY;
import static org.profstd.read.registryxml.RegistryTags.CODE;
import static org.profstd.read.registryxml.RegistryTags.DEVELOPER;
import static org.profstd.read.registryxml.RegistryTags.DEVELOPERS;
import static org.profstd.read.registryxml.RegistryTags.EMPLOYMENT_GROUP;
import static org.profstd.read.registryxml.RegistryTags.FIRST_SECTION;
import static org.profstd.read.registryxml.RegistryTags.FOURTH_SECTION;
import static org.profstd.read.registryxml.RegistryTags.GENERALIZED_FUNCTION;
import static org.profstd.read.registryxml.RegistryTags.GENERALIZED_FUNCTIONS;
import static org.profstd.read.registryxml.RegistryTags.OKVED_CODE;
import static org.profstd.read.registryxml.RegistryTags.OKVED_LIST;
import static org.profstd.read.registryxml.RegistryTags.OKVED_UNIT;
import static org.profstd.read.registryxml.RegistryTags.OKZ_CODE;
import static org.profstd.read.registryxml.RegistryTags.OKZ_LIST;
import static org.profstd.read.registryxml.RegistryTags.OKZ_UNIT;
import static org.profstd.read.registryxml.RegistryTags.PURPOSE;
import static org.profstd.read.registryxml.RegistryTags.REGISTRATION_NUMBER;
import static org.profstd.read.registryxml.RegistryTags.RESPONSIBLE;
import static org.profstd.read.registryxml.RegistryTags.THIRD_SECTION;
import static org.profstd.read.registryxml.RegistryTags.TITLE;
import static org.profstd.read.registryxml.RegistryTags.WORK_FUNCTIONS;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.profstd.model.DiagnosticCode;
import org.profstd.model.Jurisdiction;
import org.profstd.model.Language;
import org.profstd.model.Standard;
import org.profstd.parse.Codes;
import org.profstd.parse.Diagnostics;
import org.profstd.parse.Family;
import org.profstd.parse.Segment;
import org.profstd.parse.StandardDraft;

/**
 * Maps one {@code ProfessionalStandart} element to a standard: its passport (title, code, registration number,
 * activity, purpose, ОКЗ and ОКВЭД codes), its generalized functions as cards, and its developers.
 */
final class StandardMapper {
    private static final Pattern OKZ = Pattern.compile("^[0-9]{4}(-[0-9])?$");
    private static final Pattern OKVED = Pattern.compile("^([A-Z]|[A-Z]?[0-9]{2}(\\.[0-9]{1,2}){0,3})$");

    private final Diagnostics diagnostics;
    private final CardMapper cards;

    StandardMapper(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
        this.cards = new CardMapper(diagnostics);
    }

    /** The standard of one element; {@code order} is the act that approved it, when the export names one. */
    Standard map(XmlNode node, ActOfStandard order) {
        Segment segment = new Segment(node.startLine(), node.endLine(), Family.RU_MINTRUD, Language.RU, null, 0);
        StandardDraft draft = new StandardDraft(segment, Jurisdiction.RU);
        draft.title = required(node, TITLE, "title");
        draft.registrationNumber = RegistryText.single(node.childText(REGISTRATION_NUMBER));
        draft.year = order == null ? null : order.year();
        readFirstSection(node, draft);
        readFunctions(node, draft);
        readDevelopers(node, draft);
        return draft.build();
    }

    private void readFirstSection(XmlNode standard, StandardDraft draft) {
        Optional<XmlNode> first = standard.child(FIRST_SECTION);
        if (first.isEmpty()) {
            diagnostics.add(DiagnosticCode.MISSING_SECTION, standard.startLine(),
                    "the standard has no general information (" + FIRST_SECTION + ")");
            return;
        }
        XmlNode section = first.get();
        draft.activity = RegistryText.single(section.childText(ACTIVITY));
        draft.code = Codes.normalize(required(section, CODE, "code of the kind of professional activity"));
        draft.purpose = RegistryText.single(section.childText(PURPOSE));
        XmlNode groups = section.child(EMPLOYMENT_GROUP).orElse(section);
        draft.okzCodes.addAll(classifierCodes(groups.list(OKZ_LIST, OKZ_UNIT), OKZ_CODE, OKZ, "ОКЗ"));
        draft.okedCodes.addAll(classifierCodes(groups.list(OKVED_LIST, OKVED_UNIT), OKVED_CODE, OKVED, "ОКВЭД"));
    }

    /** The codes of a classifier list, normalised ({@code 2152.} becomes {@code 2152}); malformed ones are reported. */
    private List<String> classifierCodes(List<XmlNode> units, String codeTag, Pattern form, String classifier) {
        return units.stream().map(unit -> {
            String printed = RegistryText.single(unit.childText(codeTag));
            String code = Codes.normalize(printed);
            if (code != null && !form.matcher(code).matches()) {
                diagnostics.add(DiagnosticCode.CODE_MALFORMED, unit.startLine(),
                        "the " + classifier + " code " + printed + " is not in the form of that classifier; left out");
                return null;
            }
            return code;
        }).filter(c -> c != null).toList();
    }

    private void readFunctions(XmlNode standard, StandardDraft draft) {
        List<XmlNode> generalized = standard.child(THIRD_SECTION)
                .flatMap(s -> s.child(WORK_FUNCTIONS))
                .map(w -> w.list(GENERALIZED_FUNCTIONS, GENERALIZED_FUNCTION))
                .orElse(List.of());
        if (generalized.isEmpty()) {
            diagnostics.add(DiagnosticCode.MISSING_SECTION, standard.startLine(),
                    "the standard has no generalized labor functions (" + THIRD_SECTION + ")");
        }
        for (XmlNode function : generalized) {
            cards.map(function, draft);
        }
    }

    /** The responsible organisation first, then the other developing organisations, as section IV lists them. */
    private static void readDevelopers(XmlNode standard, StandardDraft draft) {
        standard.child(FOURTH_SECTION).ifPresent(section -> {
            section.child(RESPONSIBLE).flatMap(r -> r.child(RESPONSIBLE).or(() -> Optional.of(r)))
                    .map(r -> RegistryText.single(r.text()))
                    .ifPresent(draft.developers::add);
            for (XmlNode developer : section.list(DEVELOPERS, DEVELOPER)) {
                String name = RegistryText.single(developer.text());
                if (name != null) {
                    draft.developers.add(name);
                }
            }
        });
    }

    private String required(XmlNode node, String tag, String what) {
        String value = RegistryText.single(node.childText(tag));
        if (value == null) {
            diagnostics.add(DiagnosticCode.MISSING_FIELD, node.startLine(), "the standard has no " + what);
        }
        return value;
    }
}
