package org.profstd.registry.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Runs the PostgreSQL programs of a checked {@code bin} folder.
 *
 * <p>Why {@code unshare -U}: {@code initdb} and {@code postgres} refuse to run as root, and profstd is often run as root
 * (containers, CI machines). In a new user namespace the programs see themselves as an unprivileged user, hold no
 * capability on the machine, and still own the files root created, so no system account has to be made and no
 * capability granted. Any other account runs the programs as itself.
 */
final class Programs {
    private final Path bin;
    private final List<String> prefix;

    private Programs(Path bin, List<String> prefix) {
        this.bin = bin;
        this.prefix = prefix;
    }

    static Programs in(Path bin) throws IOException {
        if (PrivateFolder.myUid() != 0) {
            return new Programs(bin, List.of());
        }
        if (!succeeds(List.of("unshare", "-U", "true"))) {
            throw new IOException("PostgreSQL does not run as root, and this machine does not allow 'unshare -U' to"
                    + " drop root's identity; run profstd as an ordinary account");
        }
        return new Programs(bin, List.of("unshare", "-U"));
    }

    /** Runs a program to its end; a failure names the program and the last lines it (and the server log) printed. */
    void run(Path log, String program, String... args) throws IOException {
        List<String> command = new ArrayList<>(prefix);
        command.add(bin.resolve(program).toString());
        command.addAll(Arrays.asList(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("LC_ALL", "C");
        builder.directory(Path.of("/").toFile());
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (process.waitFor() != 0) {
                throw new IOException("embedded PostgreSQL: " + program + " " + args[0] + " failed: "
                        + lastLines(output) + logTail(log));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while running " + program, e);
        }
    }

    private static boolean succeeds(List<String> command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return p.waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static String logTail(Path log) {
        try {
            return log == null ? "" : " | log: " + lastLines(Files.readString(log, StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException noLog) {
            return "";
        }
    }

    private static String lastLines(String text) {
        String[] lines = text.strip().split("\n");
        int from = Math.max(0, lines.length - 3);
        return String.join(" / ", Arrays.asList(lines).subList(from, lines.length));
    }
}
