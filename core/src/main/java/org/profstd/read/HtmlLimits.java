package org.profstd.read;

import org.jsoup.nodes.Element;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Checks a parsed web page before its lines are read: elements nested deeper than {@link ReadLimits#MAX_DEPTH} are
 * refused, since reading the lines follows the tree recursively. The walk here is iterative, so it is safe itself.
 */
final class HtmlLimits {
    private HtmlLimits() {
    }

    static void check(String name, Element body) {
        int[] deepest = {0};
        NodeTraversor.traverse((NodeVisitor) (node, depth) -> deepest[0] = Math.max(deepest[0], depth), body);
        if (deepest[0] > ReadLimits.MAX_DEPTH) {
            throw new DocumentRefusedException(name + ": the page nests its elements more than "
                    + ReadLimits.MAX_DEPTH + " deep, the limit; it is refused");
        }
    }
}
