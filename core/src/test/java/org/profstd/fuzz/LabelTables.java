package org.profstd.fuzz;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The label phrases of every template family, read from the parsers' own label tables so the line mutator inserts
 * exactly the words the parsers react to, and keeps doing so as the tables grow. The tables are package-private enums
 * of different shapes (a phrase as a string or as its words, ru and kk columns or one column), so each constant's
 * fields are read by type rather than by name.
 */
final class LabelTables {
    static final List<String> FAMILY_TABLES = List.of(
            "org.profstd.parse.kz2017.Label",
            "org.profstd.parse.kz2023.Label",
            "org.profstd.parse.rumintrud.Label");

    private static final List<String> ALL = FAMILY_TABLES.stream().flatMap(table -> phrases(table).stream())
            .distinct().sorted().toList();

    private LabelTables() {
    }

    /** Every phrase of every family's table, Russian and Kazakh, sorted. */
    static List<String> all() {
        return ALL;
    }

    /** The phrases of one label enum, by class name. */
    static List<String> phrases(String enumClass) {
        try {
            Class<?> table = Class.forName(enumClass);
            TreeSet<String> found = new TreeSet<>();
            for (Object label : table.getEnumConstants()) {
                for (Field field : table.getDeclaredFields()) {
                    if (!Modifier.isStatic(field.getModifiers())) {
                        field.setAccessible(true);
                        strings(field.get(label)).filter(s -> !s.isBlank()).forEach(found::add);
                    }
                }
            }
            return List.copyOf(found);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("the label table " + enumClass + " cannot be read", e);
        }
    }

    private static Stream<String> strings(Object value) {
        if (value instanceof String s) {
            return Stream.of(s);
        }
        if (value instanceof String[] words) {
            return Stream.of(String.join(" ", words));
        }
        if (value instanceof Collection<?> values) {
            return values.stream().flatMap(LabelTables::strings);
        }
        return Stream.empty();
    }
}
