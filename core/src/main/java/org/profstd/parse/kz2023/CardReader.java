package org.profstd.parse.kz2023;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.profstd.model.DiagnosticCode;
import org.profstd.model.FunctionKind;
import org.profstd.model.Item;
import org.profstd.model.RelatedProfession;
import org.profstd.parse.CardDraft;
import org.profstd.parse.Diagnostics;
import org.profstd.parse.FunctionDraft;
import org.profstd.parse.ItemCollector;
import org.profstd.parse.Names;
import org.profstd.parse.Numbered;
import org.profstd.parse.ParseContext;
import org.profstd.read.TextJoiner;

/** One profession card being read: its fields, its lists of functions, its functions, competencies and links. */
final class CardReader {
    private static final Pattern RELATED_ROW = Pattern.compile("^(\\d{1,2})(?:\\s+(.*))?$");
    private static final Pattern COMPETENCY_SEPARATOR = Pattern.compile("\\s*[,;]\\s*|\\s+(?=\\p{Lu}\\p{Ll})");

    final CardDraft draft;
    final int number;
    final int line;
    String nameField;
    int nameFieldLine;
    final FunctionArea area;
    private final TextJoiner joiner;
    private final Diagnostics diagnostics;
    private final ItemCollector required;
    private final ItemCollector additional;
    private ItemCollector functionList;
    private final List<String[]> related = new ArrayList<>();

    CardReader(int number, String name, int line, ParseContext context) {
        this.number = number;
        this.line = line;
        this.joiner = context.joiner();
        this.diagnostics = context.diagnostics();
        this.draft = new CardDraft(line);
        this.draft.name = name;
        this.area = new FunctionArea(context);
        this.required = new ItemCollector(joiner, diagnostics, "required functions of card " + number);
        this.additional = new ItemCollector(joiner, diagnostics, "additional functions of card " + number);
        this.functionList = required;
    }

    void touch(int lineNumber) {
        draft.endLine = Math.max(draft.endLine, lineNumber);
    }

    void openFunctionList(Label which) {
        functionList = which == Label.ADDITIONAL_FUNCTIONS ? additional : required;
    }

    void functionListText(Fragment f) {
        for (Numbered.Entry e : Numbered.splitInline(f.text())) {
            if (e.number() > 0) {
                functionList.numbered(e.number(), e.text(), f.line());
            } else {
                functionList.continuation(e.text(), f.line());
            }
        }
    }

    void competencies(Fragment f) {
        for (String part : COMPETENCY_SEPARATOR.split(f.text())) {
            String c = Names.clean(part);
            if (!c.isEmpty()) {
                draft.personalCompetencies.add(c);
            }
        }
    }

    /** A row of the table of related professions: "6 Name", or the level and the name in cells of their own. */
    void related(Fragment f) {
        String t = f.text().strip();
        Matcher m = RELATED_ROW.matcher(t);
        if (m.matches()) {
            related.add(new String[] {m.group(1), m.group(2) == null ? "" : m.group(2)});
        } else if (related.isEmpty()) {
            related.add(new String[] {null, t});
        } else {
            String[] last = related.get(related.size() - 1);
            StringBuilder sb = new StringBuilder(last[1]);
            joiner.append(sb, t);
            last[1] = sb.toString();
        }
    }

    CardDraft finish() {
        area.finish();
        List<Item> requiredNames = required.finish();
        List<Item> additionalNames = additional.finish();
        int index = 0;
        for (FunctionBuilder f : area.functions) {
            draft.functions.add(function(f, index++, requiredNames, additionalNames));
        }
        for (String[] r : related) {
            String name = Names.clean(r[1]);
            if (!name.isEmpty()) {
                draft.relatedProfessions.add(new RelatedProfession(r[0] == null ? null : Integer.valueOf(r[0]), name));
            }
        }
        return draft;
    }

    private FunctionDraft function(FunctionBuilder f, int index, List<Item> requiredNames, List<Item> additionalNames) {
        String name = f.name();
        List<Item> listed = new ArrayList<>(requiredNames);
        listed.addAll(additionalNames);
        if (name.isEmpty()) {
            name = index < listed.size() ? Names.clean(listed.get(index).text()) : "Трудовая функция " + f.number;
            diagnostics.add(DiagnosticCode.EMPTY_NAME, f.startLine, "labor function " + f.number + " of card " + number
                    + " has no name; it was taken from " + (index < listed.size() ? "the card's list of functions"
                    : "its label"));
        }
        FunctionDraft d = new FunctionDraft(name, f.additional ? FunctionKind.ADDITIONAL
                : kind(name, index, requiredNames, additionalNames));
        if (f.skills.isEmpty()) {
            diagnostics.add(DiagnosticCode.EMPTY_FUNCTION, f.startLine, "labor function " + f.number + " of card "
                    + number + " has no skills");
        }
        for (SkillBuilder s : f.skills) {
            d.units.add(s.build());
            if (!s.hasItems()) {
                diagnostics.add(DiagnosticCode.EMPTY_UNIT, s.startLine, "skill " + s.number + " of labor function "
                        + f.number + " of card " + number + " has no abilities or knowledge");
            }
        }
        return d;
    }

    /** Required or additional: by the list that names the function, else by its place in the lists. */
    private static FunctionKind kind(String name, int index, List<Item> requiredNames, List<Item> additionalNames) {
        if (requiredNames.isEmpty() && additionalNames.isEmpty()) {
            return null;
        }
        if (additionalNames.stream().anyMatch(i -> Names.same(i.text(), name))) {
            return FunctionKind.ADDITIONAL;
        }
        if (requiredNames.stream().anyMatch(i -> Names.same(i.text(), name))) {
            return FunctionKind.REQUIRED;
        }
        return index >= requiredNames.size() && index < requiredNames.size() + additionalNames.size()
                ? FunctionKind.ADDITIONAL : FunctionKind.REQUIRED;
    }
}
