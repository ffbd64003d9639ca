package org.profstd.parse.kz2017;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.profstd.model.QualificationLevels;
import org.profstd.model.RelatedProfession;
import org.profstd.parse.Names;
import org.profstd.parse.ParseContext;

/**
 * "Связь с другими профессиями в рамках ОРК": entries of a level and a name ("4 Специалист технической поддержки"),
 * the level sometimes alone on its line with the name lines later, a name running over several lines. The older
 * variant prints an occupation code instead of a level ("2132 Проектировщик программного обеспечения") or a dash
 * ("- Специалист по проведению бизнес-анализа"); a dash alone means none.
 */
final class RelatedProfessions {
    private static final Pattern LEADING_NUMBER = Pattern.compile("^(\\d{1,4})(?:\\s+(.*))?$");

    private final ParseContext context;
    private final List<Integer> levels = new ArrayList<>();
    private final List<StringBuilder> names = new ArrayList<>();

    RelatedProfessions(ParseContext context) {
        this.context = context;
    }

    void text(Token.TextToken t) {
        if (t.isDash()) {
            // a dash in the level column: the name after it, if any, is an entry without a level
            open(null, null);
            return;
        }
        Matcher m = LEADING_NUMBER.matcher(t.text());
        if (m.matches()) {
            String number = m.group(1);
            Integer level = number.length() == 1 && Integer.parseInt(number) <= QualificationLevels.KZ.max()
                    ? Integer.valueOf(number) : null;
            open(level, m.group(2));
        } else if (names.isEmpty()) {
            open(null, t.text());
        } else {
            context.append(names.get(names.size() - 1), t.text());
        }
    }

    private void open(Integer level, String name) {
        levels.add(level);
        StringBuilder sb = new StringBuilder();
        if (name != null) {
            context.append(sb, name);
        }
        names.add(sb);
    }

    List<RelatedProfession> list() {
        List<RelatedProfession> out = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            String name = Names.clean(names.get(i).toString());
            if (!name.isEmpty()) {
                out.add(new RelatedProfession(levels.get(i), name));
            }
        }
        return out;
    }
}
