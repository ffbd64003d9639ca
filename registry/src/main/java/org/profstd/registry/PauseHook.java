package org.profstd.registry;

import java.io.PrintStream;

/**
 * A pause inside the ingest transaction, before it commits, for the test that kills an ingesting process and checks
 * that the registry is as it was. It acts only when the system property {@value #PROPERTY} holds a number of
 * milliseconds; it then prints {@value #MARK} on standard output and sleeps.
 */
final class PauseHook {
    static final String PROPERTY = "profstd.test.pauseBeforeCommitMillis";
    static final String MARK = "profstd: paused before commit";

    private PauseHook() {
    }

    static void beforeCommit(PrintStream out) {
        String millis = System.getProperty(PROPERTY);
        if (millis == null) {
            return;
        }
        out.println(MARK);
        out.flush();
        try {
            Thread.sleep(Long.parseLong(millis));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
