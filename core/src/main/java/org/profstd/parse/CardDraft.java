package org.profstd.parse;

import java.util.ArrayList;
import java.util.List;
import org.profstd.model.Card;
import org.profstd.model.Classifier;
import org.profstd.model.FunctionKind;
import org.profstd.model.RelatedProfession;
import org.profstd.model.Span;

/** A profession card (or RU generalized function) being read. */
public final class CardDraft {
    public String name;
    public String code;
    public String groupCode;
    public Integer level;
    public String sublevel;
    public final List<String> altNames = new ArrayList<>();
    public final List<String> jobTitles = new ArrayList<>();
    public String goal;
    public String education;
    public String experience;
    public String specialConditions;
    public int startLine;
    public int endLine;
    public final List<FunctionDraft> functions = new ArrayList<>();
    public final List<String> personalCompetencies = new ArrayList<>();
    public final List<RelatedProfession> relatedProfessions = new ArrayList<>();
    public final List<Classifier> classifiers = new ArrayList<>();

    public CardDraft(int startLine) {
        this.startLine = startLine;
        this.endLine = startLine;
    }

    public FunctionDraft newFunction(String name, FunctionKind kind) {
        FunctionDraft f = new FunctionDraft(name, kind);
        functions.add(f);
        return f;
    }

    public FunctionDraft lastFunction() {
        return functions.isEmpty() ? null : functions.get(functions.size() - 1);
    }

    public Card build() {
        return new Card(name, code, groupCode, level, sublevel, altNames, jobTitles, goal, education, experience,
                specialConditions, new Span(startLine, Math.max(startLine, endLine)),
                functions.stream().map(FunctionDraft::build).toList(), personalCompetencies, relatedProfessions,
                classifiers);
    }
}
