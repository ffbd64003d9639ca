package org.profstd.parse;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.profstd.model.Diagnostic;
import org.profstd.model.DiagnosticCode;
import org.profstd.model.Severity;

/** Collects the diagnostics of one document; bounded, so a pathological input cannot fill memory with them. */
public final class Diagnostics {
    static final int LIMIT = 2_000;
    private final List<Diagnostic> list = new ArrayList<>();
    private int dropped;

    public void add(DiagnosticCode code, int line, String message) {
        add(code.at(line, message));
    }

    public void add(Diagnostic diagnostic) {
        if (list.size() < LIMIT) {
            list.add(diagnostic);
        } else {
            dropped++;
        }
    }

    public List<Diagnostic> list() {
        if (dropped == 0) {
            return Collections.unmodifiableList(list);
        }
        List<Diagnostic> all = new ArrayList<>(list);
        all.add(DiagnosticCode.TRUNCATED.at(0, dropped + " more diagnostics were not kept"));
        return all;
    }

    public boolean hasErrors() {
        return list.stream().anyMatch(d -> d.severity() == Severity.ERROR);
    }
}
