package org.profstd.solr.batch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.profstd.read.UnreadableDocumentException;

/**
 * The postings of a batch, read one at a time so that millions never sit in memory: a folder of documents (text,
 * DOCX, PDF, HTML; the id is the path under the folder), or a JSON Lines file of objects
 * {@code {"id": "...", "text": "..."}} (the id defaults to the line number).
 */
public final class PostingInput {
    /** Turns a document's bytes into the text matching reads (as {@code match FILE} does). */
    public interface Reader {
        String read(String name, byte[] bytes) throws UnreadableDocumentException;
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private final Path input;
    private final Reader reader;

    public PostingInput(Path input, Reader reader) {
        this.input = input;
        this.reader = reader;
        if (!Files.exists(input)) {
            throw new IllegalArgumentException("no such file or folder: " + input);
        }
    }

    /** How many postings the input holds (files, or non-blank lines). */
    public int count() {
        try {
            if (Files.isDirectory(input)) {
                return files().size();
            }
            try (Stream<String> lines = Files.lines(input, StandardCharsets.UTF_8)) {
                return (int) lines.filter(l -> !l.isBlank()).count();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + input, e);
        }
    }

    /**
     * Hands each posting to {@code postings} in input order; a posting that cannot be read goes to {@code problems}
     * as a diagnostic naming its file or line.
     */
    public void forEach(Consumer<Posting> postings, Consumer<String> problems) {
        try {
            if (Files.isDirectory(input)) {
                for (Path file : files()) {
                    String id = input.relativize(file).toString();
                    try {
                        postings.accept(new Posting(id, reader.read(file.getFileName().toString(),
                                Files.readAllBytes(file)), id));
                    } catch (UnreadableDocumentException e) {
                        problems.accept(id + ": " + e.getMessage());
                    }
                }
            } else {
                lines(postings, problems);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + input, e);
        }
    }

    private void lines(Consumer<Posting> postings, Consumer<String> problems) throws IOException {
        try (BufferedReader lines = Files.newBufferedReader(input, StandardCharsets.UTF_8)) {
            int number = 0;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                String where = input.getFileName() + ":" + number;
                JsonNode node;
                try {
                    node = JSON.readTree(line);
                } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                    problems.accept(where + ": not a JSON object (" + e.getOriginalMessage() + ")");
                    continue;
                }
                JsonNode text = node == null ? null : node.get("text");
                if (text == null || !text.isTextual() || text.asText().isBlank()) {
                    problems.accept(where + ": no \"text\" to match");
                    continue;
                }
                JsonNode id = node.get("id");
                postings.accept(new Posting(id == null || id.isNull() ? String.valueOf(number) : id.asText(),
                        text.asText(), where));
            }
        }
    }

    private List<Path> files() throws IOException {
        try (Stream<Path> walk = Files.walk(input)) {
            return walk.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted().toList();
        }
    }
}
