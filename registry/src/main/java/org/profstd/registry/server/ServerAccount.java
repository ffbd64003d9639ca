package org.profstd.registry.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The operating-system account the embedded PostgreSQL runs as.
 *
 * <p>Why this class exists: {@code initdb} and {@code postgres} refuse to run as root, and profstd is often run as root
 * (containers, CI machines). When the JVM is root, the server's programs run as the unprivileged system user
 * {@code profstd} (created when missing; {@code nobody} when it cannot be created), through {@code setpriv}, and the
 * cluster folder is handed to that user. The server keeps one capability, CAP_DAC_READ_SEARCH, only so it can reach a
 * data folder below a private home such as {@code /root/.profstd}; where the machine does not grant it, the server
 * runs without it and the data folder must then be reachable by that user. For any other user the programs run as
 * they are, as that user.
 */
final class ServerAccount {
    private static final String SERVICE_USER = "profstd";
    private static final String FALLBACK_USER = "nobody";

    private final List<String> prefix;
    private final Integer uid;
    private final Integer gid;

    private ServerAccount(List<String> prefix, Integer uid, Integer gid) {
        this.prefix = List.copyOf(prefix);
        this.uid = uid;
        this.gid = gid;
    }

    static ServerAccount forThisProcess() throws IOException {
        if (((Number) Files.getAttribute(Path.of("/proc/self"), "unix:uid")).intValue() != 0) {
            return new ServerAccount(List.of(), null, null);
        }
        String user = ensureServiceUser();
        int uid = Integer.parseInt(run("id", "-u", user).strip());
        int gid = Integer.parseInt(run("id", "-g", user).strip());
        List<String> plain = List.of("setpriv", "--reuid=" + uid, "--regid=" + gid, "--clear-groups");
        List<String> withReach = new ArrayList<>(plain);
        withReach.addAll(List.of("--inh-caps=+dac_read_search", "--ambient-caps=+dac_read_search"));
        boolean capabilityGranted = succeeds(concat(withReach, List.of("--", "true")));
        return new ServerAccount(capabilityGranted ? withReach : plain, uid, gid);
    }

    /** The command line that runs a server program as this account. */
    List<String> command(List<String> program) {
        if (prefix.isEmpty()) {
            return program;
        }
        return concat(prefix, concat(List.of("--"), program));
    }

    /** Gives a folder and everything in it to this account (nothing to do when the JVM already runs as it). */
    void own(Path dir) throws IOException {
        if (uid == null) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.toList()) {
                Files.setAttribute(p, "unix:uid", uid, java.nio.file.LinkOption.NOFOLLOW_LINKS);
                Files.setAttribute(p, "unix:gid", gid, java.nio.file.LinkOption.NOFOLLOW_LINKS);
            }
        }
    }

    private static String ensureServiceUser() {
        if (succeeds(List.of("id", "-u", SERVICE_USER))) {
            return SERVICE_USER;
        }
        boolean created = succeeds(List.of("useradd", "--system", "--no-create-home", "--home-dir", "/nonexistent",
                "--shell", "/usr/sbin/nologin", SERVICE_USER));
        return created || succeeds(List.of("id", "-u", SERVICE_USER)) ? SERVICE_USER : FALLBACK_USER;
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

    private static String run(String... command) throws IOException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        try {
            if (p.waitFor() != 0) {
                throw new IOException(String.join(" ", command) + " failed: " + out.strip());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
        return out;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
