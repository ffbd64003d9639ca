package org.profstd.registry;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;

/**
 * The catalog of standards in SQL: the standards whose shown edition passes a filter, in an order, one window of
 * them, and per facet dimension how many standards each value holds. Only the window's rows and the counts leave
 * the database, and no edition's canonical JSON is read, so a page of the catalog costs the same however many
 * standards the registry holds.
 */
final class ListingQueries {
    /** The dimensions a facet counts by, and the SQL of the values a shown edition has in each. */
    static final Map<String, String> FACETS = facets();
    static final List<String> SORTS = List.of("code", "title", "year", "cards");
    /** Facets of codes group them by their first two digits (an OKED division, an ОКЗ sub-major group). */
    private static final int CODE_PREFIX = 2;
    /** How many leading characters of a title its place in an order by title is decided by. */
    private static final int SORT_PREFIX = 32;
    /**
     * The cluster runs in the C locale, where {@code lower} leaves Cyrillic alone: this folds the Russian and
     * Kazakh capitals, and ё to е, so that titles sort without regard to case.
     */
    private static final String UPPER = "АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯӘҒҚҢӨҰҮҺІё";
    private static final String LOWER = "абвгдеежзийклмнопрстуфхцчшщъыьэюяәғқңөұүһіе";
    /**
     * The standards (not merged into another) with their shown edition: a current one (the latest stored, when
     * translations are current together), else the newest of any status. One pass over the editions, sorted.
     */
    private static final String SHOWN = """
            with shown as (
                select distinct on (e.standard_id) s.id, s.jurisdiction, coalesce(e.code, s.code) as code, e.title,
                       e.language, e.activity, e.id as edition_id, e.version, e.year, e.status
                from edition e join standard s on s.id = e.standard_id
                where s.merged_into is null
                order by e.standard_id, (e.status = 'current') desc, e.year desc nulls last, e.id desc)
            """;
    /** The cards of a listed standard's shown edition. */
    private static final String CARDS = "(select count(*) from card c where c.edition_id = x.edition_id)";

    private final Handle handle;

    ListingQueries(Handle handle) {
        this.handle = handle;
    }

    Listing page(ListingFilter filter, String sort, int limit, int offset) {
        Where where = where(filter, null);
        int total = where.bind(handle.createQuery(SHOWN + "select count(*) from shown x" + where.sql()))
                .mapTo(Integer.class).one();
        List<StandardSummary> rows = where.bind(handle.createQuery(SHOWN + "select x.*, " + CARDS + " as cards"
                        + " from shown x" + where.sql()
                        + " order by " + order(sort) + " limit :limit offset :offset"))
                .bind("limit", limit).bind("offset", offset)
                .map((rs, ctx) -> new StandardSummary(rs.getLong("id"), rs.getString("title"), rs.getString("code"),
                        rs.getString("jurisdiction"), rs.getString("language"),
                        new StandardSummary.EditionRef(rs.getLong("edition_id"), rs.getString("version"),
                                (Integer) rs.getObject("year"), rs.getString("status")),
                        rs.getInt("cards")))
                .list();
        return new Listing(total, withCodes(rows));
    }

    /** How many standards each value of a dimension would give with the other filters kept. */
    Map<String, Integer> facet(String dimension, ListingFilter filter) {
        String values = FACETS.get(dimension);
        if (values == null) {
            throw new RegistryException(RegistryException.Kind.INVALID, "no facet " + dimension);
        }
        Where where = where(filter, dimension);
        Map<String, Integer> counts = new TreeMap<>();
        where.bind(handle.createQuery(SHOWN + "select v.value, count(distinct x.id) as n from shown x cross join lateral ("
                        + values + ") v(value)" + where.sql() + " group by v.value"))
                .map((rs, ctx) -> Map.entry(rs.getString("value"), rs.getInt("n")))
                .forEach(e -> counts.put(e.getKey(), e.getValue()));
        return counts;
    }

    /** Every edition of every standard, by standard and edition id. */
    List<EditionEntry> editions() {
        return handle.createQuery("""
                        select e.standard_id, e.id, e.title, e.code, e.language, e.year, e.status, d.file_name
                        from edition e join source_document d on d.id = e.document_id
                        order by e.standard_id, e.id""")
                .map((rs, ctx) -> entry(rs)).list();
    }

    /** The current editions stored last, newest first. */
    List<EditionEntry> latestCurrent(int count) {
        return handle.createQuery("""
                        select e.standard_id, e.id, e.title, e.code, e.language, e.year, e.status, d.file_name
                        from edition e join source_document d on d.id = e.document_id
                        join standard s on s.id = e.standard_id
                        where e.status = 'current' and s.merged_into is null
                        order by e.id desc limit :count""")
                .bind("count", count).map((rs, ctx) -> entry(rs)).list();
    }

    /**
     * The editions of other standards of the same jurisdiction, in another language, published by the same act as
     * this edition, with the same code (or, when either has none, as many cards): the texts of one standard in its
     * other languages, registered as standards of their own.
     */
    List<EditionEntry> sameActOtherLanguage(long editionId) {
        return handle.createQuery("""
                        select e.standard_id, e.id, e.title, e.code, e.language, e.year, e.status, d.file_name
                        from edition o
                        join standard os on os.id = o.standard_id
                        join edition e on e.act_id = o.act_id and e.standard_id <> o.standard_id
                             and e.language is distinct from o.language
                        join standard s on s.id = e.standard_id and s.merged_into is null
                             and s.jurisdiction = os.jurisdiction
                        join source_document d on d.id = e.document_id
                        where o.id = :id and o.act_id is not null
                          and case when o.code is not null and e.code is not null then upper(o.code) = upper(e.code)
                                   else (select count(*) from card c where c.edition_id = o.id)
                                        = (select count(*) from card c where c.edition_id = e.id) end
                        order by e.standard_id, e.id""")
                .bind("id", editionId).map((rs, ctx) -> entry(rs)).list();
    }

    RegistryTotals totals() {
        return handle.createQuery("""
                        select (select count(distinct e.standard_id) from edition e where e.status = 'current') as standards,
                               (select count(*) from card c join edition e on e.id = c.edition_id
                                where e.status = 'current') as cards,
                               (select count(*) from item i join unit u on u.id = i.unit_id
                                join labor_function f on f.id = u.function_id join card c on c.id = f.card_id
                                join edition e on e.id = c.edition_id where e.status = 'current') as items""")
                .map((rs, ctx) -> new RegistryTotals(rs.getLong("standards"), rs.getLong("cards"), rs.getLong("items")))
                .one();
    }

    boolean isEmpty() {
        return !handle.createQuery("select exists (select 1 from edition)").mapTo(Boolean.class).one();
    }

    /**
     * Words as a regular expression that finds them in any case, ё and е alike: each letter a class of its forms
     * ("Прог" gives "[пП][рР][оО][гГ]"), anything else taken literally. Matching the columns as stored, instead of
     * folding every row's text first, keeps a filtered page cheap.
     */
    static String anyCase(String words) {
        StringBuilder regex = new StringBuilder();
        for (char c : words.strip().toCharArray()) {
            char lower = Character.toLowerCase(c);
            if (lower == 'е' || lower == 'ё') {
                regex.append("[еЕёЁ]");
            } else if (Character.isLetter(c)) {
                regex.append('[').append(lower).append(Character.toUpperCase(lower)).append(']');
            } else if ("\\^$.|?*+()[]{}".indexOf(c) >= 0) {
                regex.append('\\').append(c);
            } else {
                regex.append(c);
            }
        }
        return regex.toString();
    }

    private static EditionEntry entry(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new EditionEntry(rs.getLong("standard_id"), rs.getLong("id"), rs.getString("title"),
                rs.getString("code"), rs.getString("language"), (Integer) rs.getObject("year"),
                rs.getString("status"), rs.getString("file_name"));
    }

    /** The levels and codes of the window's shown editions, in two queries for the whole window. */
    private List<ListedStandard> withCodes(List<StandardSummary> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Long[] editions = rows.stream().map(r -> r.edition().id()).toArray(Long[]::new);
        Map<Long, List<Integer>> levels = new HashMap<>();
        handle.createQuery("""
                        select distinct edition_id, level from card
                        where edition_id = any(:ids) and level is not null order by edition_id, level""")
                .bindArray("ids", Long.class, editions)
                .map((rs, ctx) -> Map.entry(rs.getLong("edition_id"), rs.getInt("level")))
                .forEach(e -> levels.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        Map<String, List<String>> codes = new HashMap<>();
        handle.createQuery("""
                        select edition_id, scheme, code from classifier_code
                        where edition_id = any(:ids) order by edition_id, scheme, position""")
                .bindArray("ids", Long.class, editions)
                .map((rs, ctx) -> Map.entry(rs.getLong("edition_id") + " " + rs.getString("scheme"), rs.getString("code")))
                .forEach(e -> codes.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        return rows.stream().map(r -> new ListedStandard(r, levels.getOrDefault(r.edition().id(), List.of()),
                codes.getOrDefault(r.edition().id() + " oked", List.of()),
                codes.getOrDefault(r.edition().id() + " okz", List.of()))).toList();
    }

    private static String order(String sort) {
        // the first words decide an order of titles; folding only them keeps the sort of a large registry cheap
        String byTitle = folded("left(x.title, " + SORT_PREFIX + ")") + ", x.title, x.id";
        return switch (sort == null ? "code" : sort) {
            case "title" -> byTitle;
            case "year" -> "x.year desc nulls last, " + byTitle;
            case "cards" -> CARDS + " desc, " + byTitle;
            case "code" -> "x.jurisdiction, x.code nulls last, x.title, x.id";
            default -> throw new RegistryException(RegistryException.Kind.INVALID,
                    "sort must be one of " + String.join(", ", SORTS) + ", not '" + sort + "'");
        };
    }

    private static String folded(String column) {
        return "translate(lower(" + column + "), '" + UPPER + "', '" + LOWER + "')";
    }

    /** The conditions of a filter, leaving out one dimension (the one a facet counts), and their values. */
    private static Where where(ListingFilter f, String without) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> values = new LinkedHashMap<>();
        if (f.jurisdiction() != null && !"jurisdiction".equals(without)) {
            conditions.add("upper(x.jurisdiction) = :jurisdiction");
            values.put("jurisdiction", f.jurisdiction().strip().toUpperCase(Locale.ROOT));
        }
        if (f.language() != null && !"language".equals(without)) {
            conditions.add("lower(x.language) = :language");
            values.put("language", f.language().strip().toLowerCase(Locale.ROOT));
        }
        if (f.status() != null && !"status".equals(without)) {
            conditions.add("x.status = :status");
            values.put("status", f.status().strip().toLowerCase(Locale.ROOT));
        }
        if (f.level() != null && !"level".equals(without)) {
            conditions.add("exists (select 1 from card c where c.edition_id = x.edition_id and c.level = :level)");
            values.put("level", f.level());
        }
        for (String scheme : List.of("oked", "okz")) {
            String code = scheme.equals("oked") ? f.oked() : f.okz();
            if (code != null && !scheme.equals(without)) {
                conditions.add("exists (select 1 from classifier_code k where k.edition_id = x.edition_id"
                        + " and k.scheme = '" + scheme + "' and starts_with(k.code, :" + scheme + "))");
                values.put(scheme, code.strip());
            }
        }
        if (f.area() != null && !f.area().isBlank()) {
            conditions.add("(x.title ~ :area or x.activity ~ :area)");
            values.put("area", anyCase(f.area()));
        }
        return new Where(conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions), values);
    }

    private record Where(String sql, Map<String, Object> values) {
        Query bind(Query query) {
            values.forEach(query::bind);
            return query;
        }
    }

    private static Map<String, String> facets() {
        Map<String, String> facets = new LinkedHashMap<>();
        facets.put("jurisdiction", "select x.jurisdiction where x.jurisdiction is not null");
        facets.put("language", "select x.language where x.language is not null");
        facets.put("status", "select x.status");
        facets.put("level", "select distinct c.level::text from card c where c.edition_id = x.edition_id"
                + " and c.level is not null");
        for (String scheme : List.of("oked", "okz")) {
            facets.put(scheme, "select distinct left(k.code, " + CODE_PREFIX + ") from classifier_code k"
                    + " where k.edition_id = x.edition_id and k.scheme = '" + scheme + "' and length(k.code) >= "
                    + CODE_PREFIX);
        }
        return java.util.Collections.unmodifiableMap(facets);
    }
}
