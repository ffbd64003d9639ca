package org.profstd.registry;

import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.profstd.model.Card;
import org.profstd.model.Classifier;
import org.profstd.model.Item;
import org.profstd.model.LaborFunction;
import org.profstd.model.RelatedProfession;
import org.profstd.model.Standard;
import org.profstd.model.Term;
import org.profstd.model.Unit;

/**
 * The content of an edition as rows: classifier codes, glossary, developers, and cards down to items. The rows are a
 * projection of the edition's canonical JSON, its one truth (what {@code parse} printed, what the index, the exports
 * and {@code show --format json} read): they are written from the same model the JSON was written from, serve the SQL
 * queries and the tree view, and can be rebuilt from the JSON alone ({@link #delete}, then {@link #insert}).
 */
final class ContentStore {
    private final Handle handle;

    ContentStore(Handle handle) {
        this.handle = handle;
    }

    /** Deletes the rows of an edition's content, children first. */
    void delete(long editionId) {
        String cards = "select id from card where edition_id = :edition";
        String functions = "select id from labor_function where card_id in (" + cards + ")";
        String units = "select id from unit where function_id in (" + functions + ")";
        for (String sql : List.of("delete from item where unit_id in (" + units + ")",
                "delete from unit where function_id in (" + functions + ")",
                "delete from labor_function where card_id in (" + cards + ")",
                "delete from related_profession where card_id in (" + cards + ")",
                "delete from card_classifier where card_id in (" + cards + ")",
                "delete from card where edition_id = :edition",
                "delete from classifier_code where edition_id = :edition",
                "delete from glossary_term where edition_id = :edition",
                "delete from developer where edition_id = :edition")) {
            handle.createUpdate(sql).bind("edition", editionId).execute();
        }
    }

    void insert(long editionId, Standard s) {
        insertStrings("insert into classifier_code (edition_id, scheme, position, code) values (:edition, 'oked', :position, :value)",
                editionId, s.okedCodes());
        insertStrings("insert into classifier_code (edition_id, scheme, position, code) values (:edition, 'okz', :position, :value)",
                editionId, s.okzCodes());
        insertStrings("insert into developer (edition_id, position, name) values (:edition, :position, :value)",
                editionId, s.developers());
        insertTerms(editionId, s.terms());
        PreparedBatch items = handle.prepareBatch("""
                insert into item (unit_id, role, position, text, line_no) values (:unit, :role, :position, :text, :line)""");
        for (int i = 0; i < s.cards().size(); i++) {
            insertCard(editionId, i, s.cards().get(i), items);
        }
        if (items.size() > 0) {
            items.execute();
        }
    }

    private void insertStrings(String sql, long editionId, List<String> values) {
        PreparedBatch batch = handle.prepareBatch(sql);
        for (int i = 0; i < values.size(); i++) {
            batch.bind("edition", editionId).bind("position", i).bind("value", values.get(i)).add();
        }
        if (batch.size() > 0) {
            batch.execute();
        }
    }

    private void insertTerms(long editionId, List<Term> terms) {
        PreparedBatch batch = handle.prepareBatch("""
                insert into glossary_term (edition_id, position, term, definition)
                values (:edition, :position, :term, :definition)""");
        for (int i = 0; i < terms.size(); i++) {
            batch.bind("edition", editionId).bind("position", i).bind("term", terms.get(i).term())
                    .bind("definition", terms.get(i).definition()).add();
        }
        if (batch.size() > 0) {
            batch.execute();
        }
    }

    private void insertCard(long editionId, int position, Card c, PreparedBatch items) {
        long cardId = handle.createUpdate("""
                        insert into card (edition_id, position, name, code, group_code, level, sublevel, alt_names,
                            job_titles, goal, education, experience, special_conditions, span_start, span_end,
                            personal_competencies)
                        values (:edition, :position, :name, :code, :group, :level, :sublevel, :alt, :jobs, :goal,
                            :education, :experience, :conditions, :spanStart, :spanEnd, :competencies)""")
                .bind("edition", editionId).bind("position", position).bind("name", c.name())
                .bind("code", c.code()).bind("group", c.groupCode()).bind("level", c.level())
                .bind("sublevel", c.sublevel())
                .bindArray("alt", String.class, c.altNames())
                .bindArray("jobs", String.class, c.jobTitles())
                .bind("goal", c.goal()).bind("education", c.education()).bind("experience", c.experience())
                .bind("conditions", c.specialConditions())
                .bind("spanStart", c.span() == null ? 0 : c.span().startLine())
                .bind("spanEnd", c.span() == null ? 0 : c.span().endLine())
                .bindArray("competencies", String.class, c.personalCompetencies())
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        insertRelated(cardId, c.relatedProfessions());
        insertClassifiers(cardId, c.classifiers());
        for (int i = 0; i < c.functions().size(); i++) {
            insertFunction(cardId, i, c.functions().get(i), items);
        }
    }

    private void insertRelated(long cardId, List<RelatedProfession> related) {
        PreparedBatch batch = handle.prepareBatch("""
                insert into related_profession (card_id, position, level, name) values (:card, :position, :level, :name)""");
        for (int i = 0; i < related.size(); i++) {
            batch.bind("card", cardId).bind("position", i).bind("level", related.get(i).level())
                    .bind("name", related.get(i).name()).add();
        }
        if (batch.size() > 0) {
            batch.execute();
        }
    }

    private void insertClassifiers(long cardId, List<Classifier> classifiers) {
        PreparedBatch batch = handle.prepareBatch("""
                insert into card_classifier (card_id, position, system, code, name)
                values (:card, :position, :system, :code, :name)""");
        for (int i = 0; i < classifiers.size(); i++) {
            Classifier c = classifiers.get(i);
            batch.bind("card", cardId).bind("position", i).bind("system", c.system()).bind("code", c.code())
                    .bind("name", c.name()).add();
        }
        if (batch.size() > 0) {
            batch.execute();
        }
    }

    private void insertFunction(long cardId, int position, LaborFunction f, PreparedBatch items) {
        long functionId = handle.createUpdate("""
                        insert into labor_function (card_id, position, name, code, kind)
                        values (:card, :position, :name, :code, :kind)""")
                .bind("card", cardId).bind("position", position).bind("name", f.name()).bind("code", f.code())
                .bind("kind", f.kind() == null ? null : f.kind().value())
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        for (int i = 0; i < f.units().size(); i++) {
            Unit u = f.units().get(i);
            long unitId = handle.createUpdate("""
                            insert into unit (function_id, position, kind, name, recognition)
                            values (:function, :position, :kind, :name, :recognition)""")
                    .bind("function", functionId).bind("position", i).bind("kind", u.kind().value())
                    .bind("name", u.name())
                    .bind("recognition", u.recognition())
                    .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            addItems(items, unitId, ItemRole.ACTION, u.actions());
            addItems(items, unitId, ItemRole.ABILITY, u.abilities());
            addItems(items, unitId, ItemRole.KNOWLEDGE, u.knowledge());
        }
    }

    private static void addItems(PreparedBatch batch, long unitId, ItemRole role, List<Item> items) {
        for (int i = 0; i < items.size(); i++) {
            batch.bind("unit", unitId).bind("role", role.id()).bind("position", i)
                    .bind("text", items.get(i).text()).bind("line", items.get(i).line()).add();
        }
    }
}
