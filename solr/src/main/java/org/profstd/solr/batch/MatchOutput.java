package org.profstd.solr.batch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.Set;
import org.profstd.json.CanonicalJson;
import org.profstd.search.MatchResult;

/**
 * The JSON Lines output of a batch, one line per posting: {@code {"id": ..., "matches": [...]}}. A line is written
 * whole and flushed before the next, so a batch killed midway leaves complete lines and at most one cut short; opening
 * the file again drops that one and tells which postings are done, so the batch resumes where it stopped.
 */
public final class MatchOutput implements Closeable {
    private static final ObjectMapper JSON = CanonicalJson.mapper();
    /** One posting, one line, whatever the project's JSON indents elsewhere. */
    private static final ObjectWriter LINE = JSON.writer().without(SerializationFeature.INDENT_OUTPUT);
    private final Set<String> done;
    private final BufferedWriter writer;

    private MatchOutput(Set<String> done, BufferedWriter writer) {
        this.done = done;
        this.writer = writer;
    }

    /** Opens the output for appending, after the postings it already holds. */
    public static MatchOutput open(Path file) throws IOException {
        Set<String> done = new HashSet<>();
        if (Files.exists(file)) {
            long complete = 0;
            long offset = 0;
            byte[] bytes = Files.readAllBytes(file);
            int start = 0;
            for (int i = 0; i < bytes.length; i++) {
                if (bytes[i] == '\n') {
                    String line = new String(bytes, start, i - start, StandardCharsets.UTF_8);
                    String id = id(line);
                    if (id == null) {
                        break; // a line cut short: everything from here is written again
                    }
                    done.add(id);
                    complete = i + 1;
                    start = i + 1;
                }
            }
            offset = complete;
            if (offset < bytes.length) {
                try (RandomAccessFile truncated = new RandomAccessFile(file.toFile(), "rw")) {
                    truncated.setLength(offset);
                }
            }
        } else if (file.getParent() != null) {
            Files.createDirectories(file.getParent());
        }
        BufferedWriter writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
        return new MatchOutput(done, writer);
    }

    private static String id(String line) {
        try {
            JsonNode node = JSON.readTree(line);
            return node != null && node.hasNonNull("id") && node.has("matches") ? node.get("id").asText() : null;
        } catch (IOException cutShort) {
            return null;
        }
    }

    /** True when the output already holds the posting's matches. */
    public boolean holds(String id) {
        return done.contains(id);
    }

    public int size() {
        return done.size();
    }

    public synchronized void write(String id, MatchResult result) throws IOException {
        ObjectNode line = JSON.createObjectNode();
        line.put("id", id);
        line.setAll((ObjectNode) JSON.valueToTree(result));
        writer.write(LINE.writeValueAsString(line));
        writer.write('\n');
        writer.flush();
        done.add(id);
    }

    @Override
    public synchronized void close() throws IOException {
        writer.close();
    }
}
