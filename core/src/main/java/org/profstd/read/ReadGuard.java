package org.profstd.read;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.profstd.concurrent.DaemonThreads;

/**
 * Runs a reader on one document with a time budget, and turns what a hostile document can do to the reader into a
 * refusal with a reason: a stack overflow (nesting), memory exhausted, time spent.
 *
 * <p>Why a thread of its own: the budget must hold even when the reader never looks at the clock (the PDF and Word
 * libraries do not). A reader still running when the budget is spent is abandoned, not stopped; the size and depth
 * limits checked before it started bound what it can still cost.
 */
final class ReadGuard {
    private ReadGuard() {
    }

    static SourceText read(String name, Callable<SourceText> reader) throws UnreadableDocumentException {
        return read(name, reader, ReadLimits.BUDGET_SECONDS);
    }

    static SourceText read(String name, Callable<SourceText> reader, int budgetSeconds)
            throws UnreadableDocumentException {
        CompletableFuture<SourceText> result = new CompletableFuture<>();
        Thread worker = DaemonThreads.start("profstd-reader", () -> {
            try {
                result.complete(reader.call());
            } catch (Throwable t) {
                result.completeExceptionally(t);
            }
        });
        try {
            return result.get(budgetSeconds, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            worker.interrupt();
            throw new UnreadableDocumentException(name + ": reading took longer than " + budgetSeconds
                    + " s, the limit for one document; it is refused");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UnreadableDocumentException(name + ": reading was interrupted", e);
        } catch (ExecutionException e) {
            throw refusal(name, e.getCause());
        }
    }

    private static UnreadableDocumentException refusal(String name, Throwable cause) {
        if (cause instanceof UnreadableDocumentException u) {
            return u;
        }
        if (cause instanceof DocumentRefusedException refused) {
            return new UnreadableDocumentException(refused.getMessage(), refused);
        }
        if (cause instanceof StackOverflowError) {
            return new UnreadableDocumentException(name + ": the document is nested too deeply to read", cause);
        }
        if (cause instanceof OutOfMemoryError) {
            return new UnreadableDocumentException(name + ": the document needs more memory to read than this"
                    + " process has; it is refused", cause);
        }
        if (cause instanceof Error error) {
            throw error;
        }
        return new UnreadableDocumentException(name + ": the document cannot be read (" + Reasons.of(cause) + ")",
                cause);
    }
}
