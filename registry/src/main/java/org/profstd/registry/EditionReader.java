package org.profstd.registry;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;
import org.profstd.model.Card;
import org.profstd.model.Classifier;
import org.profstd.model.FunctionKind;
import org.profstd.model.Item;
import org.profstd.model.Jurisdiction;
import org.profstd.model.LaborFunction;
import org.profstd.model.Language;
import org.profstd.model.RelatedProfession;
import org.profstd.model.Span;
import org.profstd.model.Standard;
import org.profstd.model.Term;
import org.profstd.model.Unit;
import org.profstd.model.UnitKind;

/**
 * Rebuilds an edition's {@link Standard} from its rows (not from its stored JSON): what {@code show --format tree}
 * prints, and what proves that the tables hold the whole standard.
 */
final class EditionReader {
    private final Handle handle;

    EditionReader(Handle handle) {
        this.handle = handle;
    }

    Standard read(long editionId) {
        Standard passport = handle.createQuery("select * from edition where id = :id")
                .bind("id", editionId).map(new PassportMapper()).findOne()
                .orElseThrow(() -> RegistryException.notFound("edition", editionId));
        List<Card> cards = cards(editionId);
        return new Standard(passport.title(), passport.code(), passport.registrationNumber(), passport.jurisdiction(),
                passport.language(), passport.format(), passport.version(), passport.year(), passport.reviewDate(),
                passport.description(), passport.activity(), passport.purpose(), strings(editionId, "oked"),
                strings(editionId, "okz"), terms(editionId), developers(editionId), passport.span(), cards);
    }

    private List<String> strings(long editionId, String scheme) {
        return handle.createQuery("""
                        select code from classifier_code where edition_id = :id and scheme = :scheme order by position""")
                .bind("id", editionId).bind("scheme", scheme).mapTo(String.class).list();
    }

    private List<String> developers(long editionId) {
        return handle.createQuery("select name from developer where edition_id = :id order by position")
                .bind("id", editionId).mapTo(String.class).list();
    }

    private List<Term> terms(long editionId) {
        return handle.createQuery("select term, definition from glossary_term where edition_id = :id order by position")
                .bind("id", editionId)
                .map((rs, ctx) -> new Term(rs.getString("term"), rs.getString("definition"))).list();
    }

    private List<Card> cards(long editionId) {
        Map<Long, List<Item>[]> items = items(editionId);
        Map<Long, List<Unit>> units = new LinkedHashMap<>();
        handle.createQuery("""
                        select u.* from unit u join labor_function f on f.id = u.function_id join card c on c.id = f.card_id
                        where c.edition_id = :id order by u.function_id, u.position""")
                .bind("id", editionId)
                .map(new UnitMapper(items))
                .forEach(row -> units.computeIfAbsent(row.parentId(), k -> new ArrayList<>()).add(row.value()));
        Map<Long, List<LaborFunction>> functions = new LinkedHashMap<>();
        handle.createQuery("""
                        select f.* from labor_function f join card c on c.id = f.card_id
                        where c.edition_id = :id order by f.card_id, f.position""")
                .bind("id", editionId)
                .map(new FunctionMapper(units))
                .forEach(row -> functions.computeIfAbsent(row.parentId(), k -> new ArrayList<>()).add(row.value()));
        Map<Long, List<RelatedProfession>> related = new LinkedHashMap<>();
        handle.createQuery("""
                        select r.* from related_profession r join card c on c.id = r.card_id
                        where c.edition_id = :id order by r.card_id, r.position""")
                .bind("id", editionId)
                .map((rs, ctx) -> new Child<>(rs.getLong("card_id"),
                        new RelatedProfession((Integer) rs.getObject("level"), rs.getString("name"))))
                .forEach(row -> related.computeIfAbsent(row.parentId(), k -> new ArrayList<>()).add(row.value()));
        Map<Long, List<Classifier>> classifiers = new LinkedHashMap<>();
        handle.createQuery("""
                        select k.* from card_classifier k join card c on c.id = k.card_id
                        where c.edition_id = :id order by k.card_id, k.position""")
                .bind("id", editionId)
                .map((rs, ctx) -> new Child<>(rs.getLong("card_id"),
                        new Classifier(rs.getString("system"), rs.getString("code"), rs.getString("name"))))
                .forEach(row -> classifiers.computeIfAbsent(row.parentId(), k -> new ArrayList<>()).add(row.value()));
        return handle.createQuery("select * from card where edition_id = :id order by position")
                .bind("id", editionId).map(new CardMapper(functions, related, classifiers)).list();
    }

    @SuppressWarnings("unchecked")
    private Map<Long, List<Item>[]> items(long editionId) {
        Map<Long, List<Item>[]> byUnit = new LinkedHashMap<>();
        handle.createQuery("""
                        select i.* from item i join unit u on u.id = i.unit_id join labor_function f on f.id = u.function_id
                        join card c on c.id = f.card_id where c.edition_id = :id order by i.unit_id, i.role, i.position""")
                .bind("id", editionId)
                .map(new ItemMapper())
                .forEach(row -> byUnit.computeIfAbsent(row.unitId(), k -> new List[] {
                        new ArrayList<>(), new ArrayList<>(), new ArrayList<>()})[row.role().ordinal()].add(row.item()));
        return byUnit;
    }

    /** A row together with the id of the row it belongs to. */
    private record Child<T>(long parentId, T value) {
    }

    private record ItemRow(long unitId, ItemRole role, Item item) {
    }

    private static final class ItemMapper implements RowMapper<ItemRow> {
        @Override
        public ItemRow map(ResultSet rs, StatementContext ctx) throws SQLException {
            return new ItemRow(rs.getLong("unit_id"), ItemRole.of(rs.getString("role")),
                    new Item(rs.getString("text"), rs.getInt("line_no")));
        }
    }

    private record UnitMapper(Map<Long, List<Item>[]> items) implements RowMapper<Child<Unit>> {
        @Override
        public Child<Unit> map(ResultSet rs, StatementContext ctx) throws SQLException {
            List<Item>[] lists = items.getOrDefault(rs.getLong("id"), new List[] {List.of(), List.of(), List.of()});
            return new Child<>(rs.getLong("function_id"), new Unit(UnitKind.of(rs.getString("kind")),
                    rs.getString("name"),
                    rs.getString("recognition"), lists[ItemRole.ACTION.ordinal()], lists[ItemRole.ABILITY.ordinal()],
                    lists[ItemRole.KNOWLEDGE.ordinal()]));
        }
    }

    private record FunctionMapper(Map<Long, List<Unit>> units) implements RowMapper<Child<LaborFunction>> {
        @Override
        public Child<LaborFunction> map(ResultSet rs, StatementContext ctx) throws SQLException {
            return new Child<>(rs.getLong("card_id"), new LaborFunction(rs.getString("name"), rs.getString("code"),
                    FunctionKind.of(rs.getString("kind")), units.getOrDefault(rs.getLong("id"), List.of())));
        }
    }

    private record CardMapper(Map<Long, List<LaborFunction>> functions, Map<Long, List<RelatedProfession>> related,
            Map<Long, List<Classifier>> classifiers) implements RowMapper<Card> {
        @Override
        public Card map(ResultSet rs, StatementContext ctx) throws SQLException {
            long id = rs.getLong("id");
            return new Card(rs.getString("name"), rs.getString("code"), rs.getString("group_code"),
                    (Integer) rs.getObject("level"), rs.getString("sublevel"), array(rs, "alt_names"),
                    array(rs, "job_titles"), rs.getString("goal"), rs.getString("education"),
                    rs.getString("experience"), rs.getString("special_conditions"), span(rs),
                    functions.getOrDefault(id, List.of()), array(rs, "personal_competencies"),
                    related.getOrDefault(id, List.of()), classifiers.getOrDefault(id, List.of()));
        }
    }

    /** The passport of an edition: every column of the standard but its lists, which have tables of their own. */
    private static final class PassportMapper implements RowMapper<Standard> {
        @Override
        public Standard map(ResultSet rs, StatementContext ctx) throws SQLException {
            return new Standard(rs.getString("title"), rs.getString("code"), rs.getString("registration_number"),
                    Jurisdiction.of(rs.getString("jurisdiction")), Language.of(rs.getString("language")),
                    rs.getString("format"), rs.getString("version"), (Integer) rs.getObject("year"),
                    rs.getString("review_date"), rs.getString("description"), rs.getString("activity"),
                    rs.getString("purpose"), List.of(), List.of(), List.of(), List.of(), span(rs), List.of());
        }
    }

    private static Span span(ResultSet rs) throws SQLException {
        int start = rs.getInt("span_start");
        int end = rs.getInt("span_end");
        return start == 0 && end == 0 ? null : new Span(start, end);
    }

    private static List<String> array(ResultSet rs, String column) throws SQLException {
        Array array = rs.getArray(column);
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
