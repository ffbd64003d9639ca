package org.profstd.read.registryxml;

import static org.profstd.read.registryxml.RegistryTags.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.profstd.model.Card;
import org.profstd.model.Classifier;
import org.profstd.model.Item;
import org.profstd.model.LaborFunction;
import org.profstd.model.Unit;
import org.profstd.model.UnitKind;

/**
 * Writes cards as {@code GeneralizedWorkFunction}s and their functions as {@code ParticularWorkFunction}s. A Russian
 * function (one unit of kind {@code function}) maps one to one. A function broken into tasks or skills (KZ) becomes one
 * particular function whose labor actions are the names of its tasks and skills, and whose skills and knowledge are
 * those of all its units, in order: the registry tree has no level between function and items.
 */
final class WorkFunctionWriter {
    private static final Pattern FUNCTION_CODE = Pattern.compile("^([A-Z]+)/\\d{2}\\.(\\d(\\.\\d)?)$");

    private final IndentedXml xml;
    private final List<String> letters;

    WorkFunctionWriter(IndentedXml xml, List<String> letters) {
        this.xml = xml;
        this.letters = letters;
    }

    void writeCard(Card card, int index) {
        String letter = letters.get(index);
        xml.start(GENERALIZED_FUNCTION)
                .leaf(OTF_CODE, letter)
                .leaf(OTF_NAME, card.name())
                .leaf(LEVEL, card.level() == null ? null : card.level().toString());
        entries(JOB_TITLES, JOB_TITLE, card.jobTitles().isEmpty() ? card.altNames() : card.jobTitles());
        entries(EDUCATION_LIST, EDUCATION, lines(card.education()));
        entries(EXPERIENCE_LIST, EXPERIENCE, lines(card.experience()));
        entries(CONDITIONS_LIST, CONDITION, lines(card.specialConditions()));
        xml.leaf(OTHER_CHARACTERISTICS, null);
        writeClassifiers(card.classifiers());
        xml.start(PARTICULAR_FUNCTIONS);
        List<LaborFunction> functions = card.functions();
        for (int i = 0; i < functions.size(); i++) {
            writeFunction(functions.get(i), code(functions.get(i), letter, i, card.level()));
        }
        xml.end().end();
    }

    /** The card's classifier entries, one list per system in the order the reader keeps them. */
    private void writeClassifiers(List<Classifier> classifiers) {
        if (classifiers.isEmpty()) {
            return;
        }
        xml.start(CLASSIFIERS);
        for (String system : classifiers.stream().map(Classifier::system).distinct().toList()) {
            xml.start("List" + system);
            for (Classifier c : classifiers) {
                if (c.system().equals(system)) {
                    xml.start("Unit" + system).leaf("Code" + system, c.code() == null ? "-" : c.code())
                            .leaf("Name" + system, c.name()).end();
                }
            }
            xml.end();
        }
        xml.end();
    }

    private void writeFunction(LaborFunction function, String code) {
        List<Item> actions = new ArrayList<>();
        List<Item> abilities = new ArrayList<>();
        List<Item> knowledge = new ArrayList<>();
        for (Unit unit : function.units()) {
            if (unit.kind() != UnitKind.FUNCTION && unit.name() != null) {
                actions.add(new Item(unit.name(), 0));
            }
            actions.addAll(unit.actions());
            abilities.addAll(unit.abilities());
            knowledge.addAll(unit.knowledge());
        }
        xml.start(PARTICULAR_FUNCTION)
                .leaf(TF_CODE, code)
                .leaf(TF_NAME, function.name())
                .leaf(SUBLEVEL, sublevel(code));
        entries(ACTIONS, ACTION, texts(actions));
        entries(SKILLS, SKILL, texts(abilities));
        entries(KNOWLEDGES, KNOWLEDGE, texts(knowledge));
        xml.leaf(OTHER_CHARACTERISTICS, null).leaf(FOOTNOTES, null).end();
    }

    /** The function's own code when it belongs under this letter; otherwise {@code A/01.4} from position and level. */
    private static String code(LaborFunction function, String letter, int index, Integer level) {
        String own = function.code();
        if (own != null && own.startsWith(letter + "/") && FUNCTION_CODE.matcher(own).matches()) {
            return own;
        }
        return String.format(Locale.ROOT, "%s/%02d.%d", letter, index + 1, level == null ? 0 : level);
    }

    /** The level a function code ends in: {@code 3} of {@code A/01.3}. */
    private static String sublevel(String code) {
        var m = FUNCTION_CODE.matcher(code);
        return m.matches() ? m.group(2) : null;
    }

    private void entries(String listName, String entryName, List<String> texts) {
        if (texts.isEmpty()) {
            xml.leaf(listName, null);
            return;
        }
        xml.start(listName);
        for (String text : texts) {
            xml.leaf(entryName, text);
        }
        xml.end();
    }

    private static List<String> texts(List<Item> items) {
        return items.stream().map(Item::text).toList();
    }

    /** A requirement the reader joined from several entries, one per line, split back into them. */
    private static List<String> lines(String text) {
        return text == null ? List.of() : List.of(text.split("\n"));
    }
}
