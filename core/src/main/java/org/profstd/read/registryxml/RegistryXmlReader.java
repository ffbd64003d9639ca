package org.profstd.read.registryxml;

import static org.profstd.read.registryxml.RegistryTags.ROOT;
import static org.profstd.read.registryxml.RegistryTags.STANDARD;
import static org.profstd.read.registryxml.RegistryTags.STANDARDS;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.profstd.model.DiagnosticCode;
import org.profstd.model.Jurisdiction;
import org.profstd.model.Language;
import org.profstd.model.LegalAct;
import org.profstd.model.ParseResult;
import org.profstd.model.Source;
import org.profstd.model.Standard;
import org.profstd.parse.Diagnostics;
import org.profstd.parse.Family;
import org.profstd.parse.Segment;
import org.profstd.parse.StandardDraft;
import org.profstd.read.FileFormat;
import org.profstd.read.UnreadableDocumentException;

/**
 * Reads a registry export ({@code XMLCardInfo}, the XML in which the Russian register of professional standards
 * publishes them) straight into the model: the export is already structured, so it skips the text stage that other
 * formats go through. Every item and span points to its line in the file laid out one element per line
 * ({@link #lines(byte[])}): the line of the element it came from, even where the registry wrote a standard on one line.
 *
 * <p>Damaged XML, or XML that is not a registry export, ends in an {@link UnreadableDocumentException}; an export
 * whose content is odd (missing fields, Cyrillic letters in codes, abilities and knowledge swapped) is read, and the
 * oddities come back as diagnostics.
 */
public final class RegistryXmlReader {
    /** The roots a registry export can have: the whole export, or a list or a single standard cut out of one. */
    private static final Set<String> ROOTS = Set.of(ROOT, STANDARDS, STANDARD);

    private RegistryXmlReader() {
    }

    public static ParseResult read(String name, byte[] bytes, String sha256) throws UnreadableDocumentException {
        XmlDecoding.Decoded decoded = XmlDecoding.decode(bytes);
        XmlNode root = XmlTreeReader.read(name, ElementLines.of(decoded.text()), decoded.text());
        List<XmlNode> nodes = standardNodes(name, root);
        Diagnostics diagnostics = new Diagnostics();
        if (decoded.guess() != null) {
            diagnostics.add(decoded.guess());
        }
        StandardMapper mapper = new StandardMapper(diagnostics);
        List<Standard> standards = new ArrayList<>();
        List<ActOfStandard> acts = new ArrayList<>();
        for (XmlNode node : nodes) {
            ActOfStandard act = ActOfStandard.of(node);
            if (act == null) {
                diagnostics.add(DiagnosticCode.MISSING_FIELD, node.startLine(), "the standard has no order number");
            }
            acts.add(act);
            standards.add(mapSafely(mapper, node, act, diagnostics));
        }
        Source source = new Source(name, sha256, FileFormat.REGISTRY_XML.id(), Language.RU);
        return new ParseResult(source, commonAct(acts, nodes, diagnostics), standards, diagnostics.list());
    }

    /**
     * The lines the line numbers of a read export refer to: the file laid out one element per line, so that each
     * item points to the element it came from even when the registry wrote the whole standard on one line.
     */
    public static List<String> lines(byte[] bytes) {
        return List.of(ElementLines.of(XmlDecoding.decode(bytes).text()).split("\r\n|\r|\n", -1));
    }

    private static List<XmlNode> standardNodes(String name, XmlNode root) throws UnreadableDocumentException {
        if (!ROOTS.contains(root.name())) {
            throw new UnreadableDocumentException(name + ": not a registry export of professional standards"
                    + " (the root element is <" + root.name() + ">, not <" + ROOT + ">)");
        }
        List<XmlNode> found = new ArrayList<>();
        collectStandards(root, found);
        if (found.isEmpty()) {
            throw new UnreadableDocumentException(name + ": the registry export holds no professional standard"
                    + " (no <" + STANDARD + "> element)");
        }
        return found;
    }

    private static void collectStandards(XmlNode node, List<XmlNode> into) {
        if (node.name().equals(STANDARD)) {
            into.add(node);
            return;
        }
        for (XmlNode child : node.children()) {
            collectStandards(child, into);
        }
    }

    /** A mapping bug on a strange export becomes an error diagnostic and an empty standard, not a crash. */
    private static Standard mapSafely(StandardMapper mapper, XmlNode node, ActOfStandard act, Diagnostics diagnostics) {
        try {
            return mapper.map(node, act);
        } catch (RuntimeException e) {
            diagnostics.add(DiagnosticCode.PARSER_FAILED, node.startLine(),
                    "the registry reader stopped at this standard: " + e);
            Segment segment = new Segment(node.startLine(), node.endLine(), Family.RU_MINTRUD, Language.RU, null, 0);
            return new StandardDraft(segment, Jurisdiction.RU).build();
        }
    }

    /** The act of the file: the order all its standards share; none when they name different orders or none. */
    private static LegalAct commonAct(List<ActOfStandard> acts, List<XmlNode> nodes, Diagnostics diagnostics) {
        List<ActOfStandard> distinct = acts.stream().filter(Objects::nonNull).distinct().toList();
        if (distinct.size() > 1) {
            diagnostics.add(DiagnosticCode.ACTS_DIFFER, nodes.get(0).startLine(), "the " + nodes.size()
                    + " standards of the file were approved by " + distinct.size() + " different orders");
        }
        return distinct.size() == 1 ? distinct.get(0).toLegalAct() : null;
    }
}
