package org.profstd.parse.rumintrud;

import java.util.Comparator;
import java.util.List;
import org.profstd.model.Diagnostic;
import org.profstd.model.Jurisdiction;
import org.profstd.model.Standard;
import org.profstd.parse.Diagnostics;
import org.profstd.parse.FamilyParser;
import org.profstd.parse.LabelTable;
import org.profstd.parse.Segment;
import org.profstd.parse.StandardDraft;
import org.profstd.read.SourceText;
import org.profstd.read.TextJoiner;

/**
 * Reads a standard of the Russian Ministry of Labour template: the passport (title, registration number, section I),
 * the functional map (section II), the characteristics of every ОТФ and ТФ (section III) checked against the map,
 * and the developers (section IV). Each ОТФ becomes a card; each ТФ a labor function with one unit of kind
 * {@code function} that holds its labor actions, abilities and knowledge.
 */
public final class RuMintrudParser implements FamilyParser {
    @Override
    public LabelTable<?> labels() {
        return Label.TABLE;
    }

    @Override
    public Standard parse(SourceText text, Segment segment, Diagnostics diagnostics) {
        // the map is checked against section III only after both are read: collect, then report in line order
        Diagnostics found = new Diagnostics();
        Standard standard = read(text, segment, found);
        found.list().stream().sorted(Comparator.comparingInt(Diagnostic::line)).forEach(diagnostics::add);
        return standard;
    }

    private static Standard read(SourceText text, Segment segment, Diagnostics diagnostics) {
        StandardDraft draft = new StandardDraft(segment, Jurisdiction.RU);
        Sections sections = Sections.find(text, segment, diagnostics);
        draft.startLine = sections.start();
        TextJoiner joiner = new TextJoiner(text.vocabulary());
        ValueReader values = new ValueReader(diagnostics);
        new PassportReader(draft, diagnostics).read(sections.passport());
        FunctionalMap map = new FunctionalMapReader(values, joiner, diagnostics).read(sections.functionalMap());
        List<CardSection> cards = new CharacteristicsReader(joiner, diagnostics).read(sections.characteristics());
        new CardAssembler(map, values, diagnostics).assemble(cards, draft);
        DevelopersReader.read(sections.developers(), draft.developers);
        return draft.build();
    }
}
