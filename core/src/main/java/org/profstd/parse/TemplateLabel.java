package org.profstd.parse;

/** A label of one template family: the family's enum of labels implements it, and {@link LabelTable} reads it. */
public interface TemplateLabel {
    LabelPhrases phrases();

    default LabelKind kind() {
        return phrases().kind();
    }
}
