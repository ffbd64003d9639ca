package org.profstd.registry.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What a cluster's {@code postmaster.pid} says: the server's process, the data folder it serves, its port.
 *
 * <p>Why it is checked against the live process: a server killed with the machine leaves the file behind, its pid
 * may since belong to another program, and its port to another cluster; joining that port would hand this folder's
 * secret and data to a stranger. A server counts as running only when its process is alive and works in this cluster.
 */
record PostmasterPid(long pid, Path dataDir, int port) {
    static final String FILE = "postmaster.pid";

    static Optional<PostmasterPid> read(Path cluster) throws IOException {
        Path file = cluster.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        if (lines.size() < 4 || !lines.get(0).strip().matches("\\d{1,9}") || !lines.get(3).strip().matches("\\d{1,5}")) {
            return Optional.of(new PostmasterPid(-1, Path.of(""), -1)); // half written or damaged: never running
        }
        return Optional.of(new PostmasterPid(Long.parseLong(lines.get(0).strip()), Path.of(lines.get(1).strip()),
                Integer.parseInt(lines.get(3).strip())));
    }

    /** True when the process named is alive and is the server of this cluster (postgres works in its data folder). */
    boolean serves(Path cluster) {
        if (pid <= 0 || !ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
            return false;
        }
        try {
            Path real = cluster.toRealPath();
            return dataDir.equals(cluster) && Path.of("/proc", Long.toString(pid), "cwd").toRealPath().equals(real);
        } catch (IOException | SecurityException unreadable) {
            return false; // gone meanwhile, or a process of another account
        }
    }
}
