package org.profstd.read.registryxml;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One element of a registry export, kept in memory so the mapping to the model can look at an element's children in
 * any order: its name, its own text (children excluded, entities already decoded by the XML parser) and where it is.
 *
 * @param startLine the line its start tag ends on, which is where its own text begins
 * @param endLine   the line of its end tag
 */
record XmlNode(String name, String text, int startLine, int endLine, List<XmlNode> children) {

    XmlNode {
        children = List.copyOf(children);
    }

    /** The first child of that name, if there is one. */
    Optional<XmlNode> child(String childName) {
        return children.stream().filter(c -> c.name.equals(childName)).findFirst();
    }

    /** Every child of that name, in document order. */
    List<XmlNode> children(String childName) {
        return children.stream().filter(c -> c.name.equals(childName)).toList();
    }

    /** The children of the child {@code listName}: {@code ListOKZ} -> its {@code UnitOKZ} elements. */
    List<XmlNode> list(String listName, String entryName) {
        return child(listName).map(l -> l.children(entryName)).orElse(List.of());
    }

    /** The own text of the first child of that name, or null when there is no such child. */
    String childText(String childName) {
        return child(childName).map(XmlNode::text).orElse(null);
    }

    /**
     * The text entries of an element that some exports fill with text and others with child elements
     * ({@code <RequirementsWorkExperiences>} holding text, or one {@code <RequirementsWorkExperience>} per entry):
     * its own text first, then the text of every descendant, as nodes so that each keeps its line.
     */
    List<XmlNode> textEntries() {
        List<XmlNode> entries = new ArrayList<>();
        collectTexts(this, entries);
        return entries;
    }

    private static void collectTexts(XmlNode node, List<XmlNode> into) {
        if (!node.text.isBlank()) {
            into.add(node);
        }
        for (XmlNode child : node.children) {
            collectTexts(child, into);
        }
    }
}
