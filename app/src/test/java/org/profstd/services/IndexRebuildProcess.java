package org.profstd.services;

import java.nio.file.Path;
import java.time.Duration;
import org.profstd.registry.Registry;

/**
 * A process that opens the index of a registry and rebuilds it, stopping in the middle of the rebuild (after the
 * first batch is written, before the commit) to print {@link #MARK} and wait there to be killed.
 */
public final class IndexRebuildProcess {
    static final String MARK = "rebuild paused";

    private IndexRebuildProcess() {
    }

    public static void main(String[] args) throws Exception {
        try (Registry registry = Registry.external(args[0], "rebuilder");
             IndexKeeper keeper = IndexKeeper.open(registry, Path.of(args[1]), Duration.ZERO, new IndexProgress() {
                 @Override
                 public void rebuilding(int done, int total) {
                     System.out.println(MARK);
                     System.out.flush();
                     try {
                         Thread.sleep(120_000);
                     } catch (InterruptedException e) {
                         Thread.currentThread().interrupt();
                     }
                 }
             })) {
            keeper.rebuild();
        }
    }
}
