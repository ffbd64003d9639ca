package org.profstd.export;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.profstd.model.Card;
import org.profstd.model.Item;
import org.profstd.model.Jurisdiction;
import org.profstd.model.LaborFunction;
import org.profstd.model.Language;
import org.profstd.model.LegalAct;
import org.profstd.model.Standard;
import org.profstd.model.Unit;
import org.profstd.model.UnitKind;

/**
 * A CASE 1.1 package (1EdTech Competencies and Academic Standards Exchange) for one standard edition: one
 * CFDocument, CFItems for its cards, functions, units and items with their codes and levels, and an isChildOf
 * association from each item to its parent, in document order.
 *
 * <p>Identifiers are name-based UUIDs of the standard's identity and the item's path in it, so exporting the same
 * edition twice gives the same identifiers, and a later edition gives new ones. Timestamps are the date of the act
 * that carries the edition (or 1 January of its year): an export describes the edition, not the moment it was made.
 */
public final class CaseExport {
    static final String CARD = "Profession card";
    static final String FUNCTION = "Labor function";
    static final String TASK = "Task";
    static final String SKILL = "Skill";
    static final String ABILITY = "Ability";
    static final String KNOWLEDGE = "Knowledge";
    static final String ACTION = "Labor action";
    private static final List<String> ITEM_TYPES = List.of(CARD, FUNCTION, TASK, SKILL, ABILITY, KNOWLEDGE, ACTION);

    private final JsonNodeFactory json = JsonNodeFactory.instance;
    private final String baseUri;

    /** @param baseUri prefix of the {@code uri} of every object; {@code urn:uuid:} when null */
    public CaseExport(String baseUri) {
        this.baseUri = baseUri;
    }

    /** The CFPackage of one standard edition. */
    public ObjectNode toPackage(Standard standard, LegalAct act) {
        Context ctx = new Context(standard, timestamp(standard, act));
        ObjectNode pkg = json.objectNode();
        pkg.set("CFDocument", document(ctx, act));
        ArrayNode items = pkg.putArray("CFItems");
        ArrayNode associations = pkg.putArray("CFAssociations");
        ObjectNode docRef = ctx.docRef;
        int cardNo = 0;
        for (Card card : standard.cards()) {
            String cardPath = "card/" + cardNo++;
            ObjectNode cardItem = item(ctx, cardPath, CARD, card.name(), card.code(), card.level());
            items.add(cardItem);
            associations.add(childOf(ctx, cardItem, docRef, cardNo));
            int fnNo = 0;
            for (LaborFunction f : card.functions()) {
                String fnPath = cardPath + "/function/" + fnNo++;
                ObjectNode fnItem = item(ctx, fnPath, FUNCTION, f.name(), f.code(), card.level());
                items.add(fnItem);
                associations.add(childOf(ctx, fnItem, ref(cardItem), fnNo));
                addUnits(ctx, items, associations, f, fnPath, fnItem, card.level());
            }
        }
        pkg.set("CFDefinitions", definitions(ctx));
        return pkg;
    }

    private void addUnits(Context ctx, ArrayNode items, ArrayNode associations, LaborFunction f, String fnPath,
            ObjectNode fnItem, Integer level) {
        int unitNo = 0;
        for (Unit u : f.units()) {
            String unitPath = fnPath + "/unit/" + unitNo++;
            ObjectNode parent = fnItem;
            if (u.kind() != UnitKind.FUNCTION) {
                // an RU function is its own unit: its items hang from the function directly
                String name = u.name() == null ? "" : u.name();
                parent = item(ctx, unitPath, u.kind() == UnitKind.TASK ? TASK : SKILL, name, null, level);
                items.add(parent);
                associations.add(childOf(ctx, parent, ref(fnItem), unitNo));
            }
            int seq = 0;
            seq = addLeaves(ctx, items, associations, u.actions(), unitPath + "/action/", ACTION, parent, level, seq);
            seq = addLeaves(ctx, items, associations, u.abilities(), unitPath + "/ability/", ABILITY, parent, level, seq);
            addLeaves(ctx, items, associations, u.knowledge(), unitPath + "/knowledge/", KNOWLEDGE, parent, level, seq);
        }
    }

    private int addLeaves(Context ctx, ArrayNode items, ArrayNode associations, List<Item> leaves, String pathPrefix,
            String type, ObjectNode parent, Integer level, int seq) {
        int n = 0;
        for (Item leaf : leaves) {
            ObjectNode node = item(ctx, pathPrefix + n++, type, leaf.text(), null, level);
            node.put("notes", "source line " + leaf.line());
            items.add(node);
            associations.add(childOf(ctx, node, ref(parent), ++seq));
        }
        return seq;
    }

    private ObjectNode document(Context ctx, LegalAct act) {
        Standard s = ctx.standard;
        ObjectNode doc = json.objectNode();
        doc.put("identifier", ctx.docId);
        doc.put("uri", uri("CFDocuments", ctx.docId));
        doc.put("creator", s.developers().isEmpty() ? issuer(s, act) : String.join("; ", s.developers()));
        doc.put("title", s.title() == null ? "" : s.title());
        doc.put("lastChangeDateTime", ctx.timestamp);
        if (act != null && act.issuer() != null) {
            doc.put("publisher", act.issuer());
        }
        if (s.description() != null || s.purpose() != null) {
            doc.put("description", s.description() != null ? s.description() : s.purpose());
        }
        if (s.code() != null) {
            doc.put("humanCodingScheme", s.code());
        }
        doc.put("language", code(s.language()));
        if (s.version() != null || s.year() != null) {
            doc.put("version", (s.version() == null ? "" : s.version()) + (s.year() == null ? "" : " (" + s.year() + ")"));
        }
        doc.put("adoptionStatus", "Adopted");
        if (act != null) {
            doc.put("notes", "Act No " + act.number() + (act.date() == null ? "" : " of " + act.date())
                    + "; jurisdiction " + s.jurisdiction() + "; template " + s.format());
        }
        ObjectNode pkgRef = json.objectNode();
        pkgRef.put("title", s.title() == null ? "" : s.title());
        pkgRef.put("identifier", ctx.docId);
        pkgRef.put("uri", uri("CFPackages", ctx.docId));
        doc.set("CFPackageURI", pkgRef);
        return doc;
    }

    private ObjectNode item(Context ctx, String path, String type, String statement, String code, Integer level) {
        String id = ctx.id(path);
        ObjectNode node = json.objectNode();
        node.put("identifier", id);
        node.put("uri", uri("CFItems", id));
        node.put("fullStatement", statement == null || statement.isBlank() ? "(" + type + ")" : statement);
        if (code != null) {
            node.put("humanCodingScheme", code);
        }
        node.put("CFItemType", type);
        node.set("CFItemTypeURI", linkTo("CFItemTypes", ctx.typeId(type), type));
        if (level != null) {
            node.putArray("educationLevel").add(String.valueOf(level));
        }
        node.put("language", code(ctx.standard.language()));
        node.put("lastChangeDateTime", ctx.timestamp);
        node.set("CFDocumentURI", ctx.docRef);
        return node;
    }

    private ObjectNode childOf(Context ctx, ObjectNode child, ObjectNode parentRef, int sequence) {
        ObjectNode a = json.objectNode();
        String id = ctx.id("isChildOf:" + child.get("identifier").asText());
        a.put("identifier", id);
        a.put("associationType", "isChildOf");
        a.put("uri", uri("CFAssociations", id));
        a.put("sequenceNumber", sequence);
        a.set("originNodeURI", ref(child));
        a.set("destinationNodeURI", parentRef);
        a.set("CFDocumentURI", ctx.docRef);
        a.put("lastChangeDateTime", ctx.timestamp);
        return a;
    }

    private ObjectNode definitions(Context ctx) {
        ObjectNode defs = json.objectNode();
        ArrayNode types = defs.putArray("CFItemTypes");
        int code = 1;
        for (String type : ITEM_TYPES) {
            ObjectNode t = json.objectNode();
            String id = ctx.typeId(type);
            t.put("identifier", id);
            t.put("uri", uri("CFItemTypes", id));
            t.put("title", type);
            t.put("description", "profstd " + type.toLowerCase());
            t.put("hierarchyCode", String.valueOf(code++));
            t.put("lastChangeDateTime", ctx.timestamp);
            types.add(t);
        }
        return defs;
    }

    private ObjectNode ref(ObjectNode node) {
        ObjectNode r = json.objectNode();
        r.put("title", node.has("fullStatement") ? node.get("fullStatement").asText() : node.get("title").asText());
        r.put("identifier", node.get("identifier").asText());
        r.put("uri", node.get("uri").asText());
        return r;
    }

    private ObjectNode linkTo(String kind, String id, String title) {
        ObjectNode r = json.objectNode();
        r.put("title", title);
        r.put("identifier", id);
        r.put("uri", uri(kind, id));
        return r;
    }

    private String uri(String kind, String id) {
        return baseUri == null ? "urn:uuid:" + id : baseUri + kind + "/" + id;
    }

    private static String issuer(Standard s, LegalAct act) {
        if (act != null && act.issuer() != null) {
            return act.issuer();
        }
        return s.jurisdiction() == Jurisdiction.KZ ? "Republic of Kazakhstan" : "Russian Federation";
    }

    /** The language as the canonical JSON writes it; null stays null. */
    private static String code(Language language) {
        return language == null ? null : language.value();
    }

    private static String timestamp(Standard s, LegalAct act) {
        if (act != null && act.date() != null) {
            return act.date() + "T00:00:00+00:00";
        }
        return (s.year() == null ? "1970" : s.year()) + "-01-01T00:00:00+00:00";
    }

    /** Per-package state: the standard, its identity and the document reference every object carries. */
    private final class Context {
        final Standard standard;
        final String timestamp;
        final String identity;
        final String docId;
        final ObjectNode docRef;

        Context(Standard standard, String timestamp) {
            this.standard = standard;
            this.timestamp = timestamp;
            this.identity = standard.jurisdiction() + "|" + (standard.code() != null ? standard.code() : standard.title())
                    + "|" + standard.language() + "|" + standard.version() + "|" + standard.year();
            this.docId = id("document");
            this.docRef = json.objectNode();
            docRef.put("title", standard.title() == null ? "" : standard.title());
            docRef.put("identifier", docId);
            docRef.put("uri", uri("CFDocuments", docId));
        }

        String id(String path) {
            return UUID.nameUUIDFromBytes((identity + "#" + path).getBytes(StandardCharsets.UTF_8)).toString();
        }

        String typeId(String type) {
            return UUID.nameUUIDFromBytes(("profstd-item-type#" + type).getBytes(StandardCharsets.UTF_8)).toString();
        }
    }
}
