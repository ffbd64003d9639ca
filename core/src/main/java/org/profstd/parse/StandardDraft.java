package org.profstd.parse;

import java.util.ArrayList;
import java.util.List;
import org.profstd.model.Jurisdiction;
import org.profstd.model.Language;
import org.profstd.model.Span;
import org.profstd.model.Standard;
import org.profstd.model.Term;

/** A standard being read: mutable while a parser fills it, then frozen into a {@link Standard} record. */
public final class StandardDraft {
    public String title;
    public String code;
    public String registrationNumber;
    public Jurisdiction jurisdiction;
    public Language language;
    public String format;
    public String version;
    public Integer year;
    public String reviewDate;
    public String description;
    public String activity;
    public String purpose;
    public final List<String> okedCodes = new ArrayList<>();
    public final List<String> okzCodes = new ArrayList<>();
    public final List<Term> terms = new ArrayList<>();
    public final List<String> developers = new ArrayList<>();
    public int startLine;
    public int endLine;
    public final List<CardDraft> cards = new ArrayList<>();

    public StandardDraft(Segment segment, Jurisdiction jurisdiction) {
        this.jurisdiction = jurisdiction;
        this.language = segment.language();
        this.format = segment.family().id();
        this.startLine = segment.startLine();
        this.endLine = segment.endLine();
    }

    public CardDraft newCard(int line) {
        CardDraft card = new CardDraft(line);
        cards.add(card);
        return card;
    }

    public Standard build() {
        return new Standard(title, code, registrationNumber, jurisdiction, language, format, version, year,
                reviewDate, description, activity, purpose, distinct(okedCodes), distinct(okzCodes), terms,
                developers, new Span(startLine, endLine), cards.stream().map(CardDraft::build).toList());
    }

    private static List<String> distinct(List<String> codes) {
        return codes.stream().distinct().toList();
    }
}
