package org.profstd.registry.server;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * The locks by which profstd processes share one data folder's server.
 *
 * <p>Every process using the server holds a shared lock on {@code registry.users} for as long as it does; deciding to
 * start or stop the server happens under an exclusive lock on {@code registry.lock}. A process leaving tries to turn
 * its shared lock into an exclusive one: it succeeds only when no other process uses the server, and only then stops
 * it. The operating system releases the locks of a process that dies, so a killed process never blocks the others.
 * One process holds each file open through one channel only (closing any other channel of the file would drop the
 * process's locks on it), which the caller ensures by keeping one lease per folder and process.
 */
final class FolderLease implements AutoCloseable {
    private static final String LIFECYCLE = "registry.lock";
    private static final String USERS = "registry.users";

    private final FileChannel users;
    private FileLock lock;

    private FolderLease(FileChannel users, FileLock lock) {
        this.users = users;
        this.lock = lock;
    }

    /** Waits for the folder's lifecycle lock; held while a server is checked, started or stopped. */
    static FileChannel lifecycle(Path dataDir) throws IOException {
        FileChannel channel = open(dataDir.resolve(LIFECYCLE));
        try {
            channel.lock();
            return channel;
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    /** Marks this process as a user of the folder's server (call under the lifecycle lock). */
    static FolderLease join(Path dataDir) throws IOException {
        FileChannel channel = open(dataDir.resolve(USERS));
        try {
            return new FolderLease(channel, channel.lock(0, Long.MAX_VALUE, true));
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    /** Stops using the server; true when no other process uses it (call under the lifecycle lock). */
    boolean leaveAndCheckAlone() throws IOException {
        lock.release();
        lock = users.tryLock(0, Long.MAX_VALUE, false);
        return lock != null;
    }

    @Override
    public void close() throws IOException {
        users.close();
    }

    private static FileChannel open(Path file) throws IOException {
        return FileChannel.open(file, java.util.Set.of(StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    }
}
