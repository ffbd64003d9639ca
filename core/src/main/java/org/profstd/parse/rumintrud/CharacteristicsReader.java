package org.profstd.parse.rumintrud;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.profstd.model.DiagnosticCode;
import org.profstd.parse.Diagnostics;
import org.profstd.read.TextJoiner;

/**
 * Reads section III, a state machine over its rows. "3.N. Обобщенная трудовая функция" and "3.N.M. Трудовая функция"
 * open an ОТФ and a ТФ whatever the state; inside each, the rows go header, origin (skipped), then fields (ОТФ) or
 * item lists (ТФ). The "Дополнительные характеристики" table of an ОТФ is skipped.
 */
final class CharacteristicsReader {
    private static final Pattern CARD_HEADING = Pattern.compile("^3\\.(\\d+)\\.?\\s*Обобщенная трудовая функция.*");
    private static final Pattern FUNCTION_HEADING = Pattern.compile("^3\\.(\\d+)\\.(\\d+)\\.?\\s*Трудовая функция.*");

    private enum State {
        BEFORE_CARD {
            @Override
            State process(Row row, CharacteristicsReader r) {
                r.unknown(row, "before the first generalized labor function");
                return this;
            }
        },
        CARD_HEADER {
            @Override
            State process(Row row, CharacteristicsReader r) {
                if (Label.of(row.label()) == Label.ORIGIN) {
                    return CARD_ORIGIN;
                }
                if (CardSection.opensField(row)) {
                    return CARD_FIELDS.process(row, r);
                }
                r.card.header.accept(row);
                return this;
            }
        },
        /** "Происхождение обобщенной трудовой функции" and the debris of its table: nothing the model keeps. */
        CARD_ORIGIN {
            @Override
            State process(Row row, CharacteristicsReader r) {
                return CardSection.opensField(row) ? CARD_FIELDS.process(row, r) : this;
            }
        },
        CARD_FIELDS {
            @Override
            State process(Row row, CharacteristicsReader r) {
                return r.card.acceptField(row) ? this : ADDITIONAL;
            }
        },
        /** "Дополнительные характеристики": related classifier codes of the ОТФ, not part of the model. */
        ADDITIONAL {
            @Override
            State process(Row row, CharacteristicsReader r) {
                return this;
            }
        },
        FUNCTION_HEADER {
            @Override
            State process(Row row, CharacteristicsReader r) {
                if (Label.of(row.label()) == Label.ORIGIN) {
                    return FUNCTION_ORIGIN;
                }
                if (FunctionSection.opensList(row)) {
                    return ITEMS.process(row, r);
                }
                r.function.header.accept(row);
                return this;
            }
        },
        FUNCTION_ORIGIN {
            @Override
            State process(Row row, CharacteristicsReader r) {
                return FunctionSection.opensList(row) ? ITEMS.process(row, r) : this;
            }
        },
        ITEMS {
            @Override
            State process(Row row, CharacteristicsReader r) {
                r.function.accept(row);
                return this;
            }
        };

        abstract State process(Row row, CharacteristicsReader r);
    }

    private final TextJoiner joiner;
    private final Diagnostics diagnostics;
    private final List<CardSection> cards = new ArrayList<>();
    private State state = State.BEFORE_CARD;
    private CardSection card;
    private FunctionSection function;

    CharacteristicsReader(TextJoiner joiner, Diagnostics diagnostics) {
        this.joiner = joiner;
        this.diagnostics = diagnostics;
    }

    List<CardSection> read(List<Row> rows) {
        for (Row row : rows) {
            if (row.isBlank()) {
                continue;
            }
            if (!heading(row)) {
                state = state.process(row, this);
            }
            if (card != null) {
                card.endLine = row.number();
            }
            if (function != null) {
                function.endLine = row.number();
            }
        }
        return cards;
    }

    /** Opens an ОТФ or a ТФ when the row is its heading. */
    private boolean heading(Row row) {
        String t = row.text();
        Matcher c = CARD_HEADING.matcher(t);
        if (c.matches()) {
            int number = Integer.parseInt(c.group(1));
            checkNumber(cards.isEmpty() ? 0 : cards.get(cards.size() - 1).number, number, row.number(),
                    DiagnosticCode.CARD_NUMBER_SKIPPED, "generalized labor function");
            card = new CardSection(number, row.number(), joiner, diagnostics);
            cards.add(card);
            function = null;
            state = State.CARD_HEADER;
            return true;
        }
        Matcher f = FUNCTION_HEADING.matcher(t);
        if (f.matches() && card != null) {
            int number = Integer.parseInt(f.group(2));
            if (Integer.parseInt(f.group(1)) != card.number) {
                diagnostics.add(DiagnosticCode.LABEL_OUT_OF_PLACE, row.number(), "labor function " + f.group(1) + "."
                        + number + " stands under generalized labor function 3." + card.number);
            }
            checkNumber(card.functions.isEmpty() ? 0 : card.functions.get(card.functions.size() - 1).number, number,
                    row.number(), DiagnosticCode.FUNCTION_NUMBER_SKIPPED, "labor function");
            function = new FunctionSection(card.number, number, row.number(), joiner, diagnostics);
            card.functions.add(function);
            state = State.FUNCTION_HEADER;
            return true;
        }
        return false;
    }

    private void checkNumber(int previous, int number, int line, DiagnosticCode code, String what) {
        if (number != previous + 1) {
            String prefix = code == DiagnosticCode.CARD_NUMBER_SKIPPED ? "3." : "3." + card.number + ".";
            diagnostics.add(code, line, what + " " + prefix + number + " follows " + prefix + previous);
        }
    }

    private void unknown(Row row, String where) {
        diagnostics.add(DiagnosticCode.UNKNOWN_LINE, row.number(), "section III: \"" + row.text() + "\" " + where);
    }
}
