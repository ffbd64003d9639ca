package org.profstd.cli;

import java.io.PrintWriter;
import org.profstd.services.IndexProgress;

/**
 * Shows an index rebuild on standard error: a bar redrawn in place on a terminal, a line at the start and at the end
 * otherwise (a log file should not fill with carriage returns).
 */
final class TerminalProgress implements IndexProgress {
    private static final int WIDTH = 30;
    private final PrintWriter err;
    private final boolean terminal = System.console() != null;
    private boolean announced;

    TerminalProgress(PrintWriter err) {
        this.err = err;
    }

    @Override
    public void rebuilding(int done, int total) {
        if (terminal) {
            int filled = total == 0 ? WIDTH : done * WIDTH / total;
            err.printf("\rprofstd: indexing the registry [%s%s] %d/%d standards", "#".repeat(filled),
                    " ".repeat(WIDTH - filled), done, total);
        } else if (!announced) {
            err.printf("profstd: indexing the registry (%d standards)%n", total);
        }
        announced = true;
        err.flush();
    }

    @Override
    public void rebuilt(int standards, long millis) {
        if (announced) {
            err.printf("%sprofstd: indexed %d standards in %.1f s%n", terminal ? "\n" : "", standards, millis / 1000.0);
            err.flush();
        }
        announced = false;
    }

    @Override
    public void notice(String message) {
        err.println("profstd: " + message);
        err.flush();
    }
}
