package org.profstd.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.profstd.read.Decoding;

/**
 * Makes a damaged variant of a real text document by a few {@link LineEdit}s. Byte-level fuzzing rarely gets past the
 * recognizer with the structure intact; edits of whole lines keep a real standard recognisable while breaking it the
 * way real conversions do, so they reach deep into each family's state machine.
 */
final class LineMutator {
    static final int MAX_EDITS = 8;
    private static final List<LineEdit> EDITS = List.of(LineEdit.values());

    private LineMutator() {
    }

    static byte[] mutate(byte[] document, Choices choices) {
        List<String> lines = new ArrayList<>(Arrays.asList(Decoding.decode(document).split("\r\n|\r|\n", -1)));
        int edits = choices.pick(1, MAX_EDITS);
        for (int i = 0; i < edits; i++) {
            choices.oneOf(EDITS).apply(lines, choices);
        }
        return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
    }
}
