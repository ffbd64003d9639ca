package org.profstd.analysis.diff;

import java.util.ArrayList;
import java.util.List;
import org.profstd.analysis.Similarity;
import org.profstd.analysis.TextProfile;

/** Collects the changes of a diff in the order they are found. */
final class ChangeLog {
    private final List<Change> changes = new ArrayList<>();

    void added(String level, String path, String text, int line) {
        changes.add(new Change(Change.ADDED, level, path, null, text, 0, line, null, List.of(), List.of()));
    }

    void removed(String level, String path, String text, int line) {
        changes.add(new Change(Change.REMOVED, level, path, text, null, line, 0, null, List.of(), List.of()));
    }

    void moved(String level, String path, String text, int oldLine, int newLine) {
        changes.add(new Change(Change.MOVED, level, path, text, text, oldLine, newLine, null, List.of(), List.of()));
    }

    void valueChanged(String kind, String level, String path, String oldValue, String newValue, int oldLine,
            int newLine) {
        changes.add(new Change(kind, level, path, oldValue, newValue, oldLine, newLine, null, List.of(), List.of()));
    }

    /** Records a rewording when the two texts differ once normalised; nothing when they read the same. */
    void rewordedIfDifferent(String level, String path, TextProfile old, TextProfile neu, int oldLine, int newLine) {
        if (old.normalized().equals(neu.normalized())) {
            return;
        }
        double similarity = Math.round(Similarity.score(old, neu) * 1000) / 1000.0;
        changes.add(new Change(Change.REWORDED, level, path, old.text(), neu.text(), oldLine, newLine, similarity,
                Similarity.wordsMissingIn(old, neu), Similarity.wordsMissingIn(neu, old)));
    }

    List<Change> list() {
        return List.copyOf(changes);
    }
}
