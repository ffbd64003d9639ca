package org.profstd.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Unauthenticated uploads waiting for a commit hold bounded memory, and only for a while. */
class PendingUploadsTest {
    private static final int TWENTY_MB = 20 * 1024 * 1024;

    @Test
    void manyLargeUploadsHoldNoMoreThanTheBoundTogether() {
        PendingUploads pending = new PendingUploads(() -> 0L);
        String last = null;
        for (int i = 0; i < 32; i++) {
            last = pending.put("big-" + i + ".docx", new byte[TWENTY_MB]);
        }
        assertThat(pending.heldBytes()).isLessThanOrEqualTo(PendingUploads.MAX_TOTAL_BYTES);
        assertThat(pending.get(last)).isPresent();
    }

    @Test
    void anUploadNotCommittedInFifteenMinutesIsDropped() {
        AtomicLong now = new AtomicLong();
        PendingUploads pending = new PendingUploads(now::get);
        String id = pending.put("standard.docx", new byte[1000]);
        now.addAndGet(TimeUnit.MINUTES.toNanos(14));
        assertThat(pending.get(id)).isPresent();
        now.addAndGet(TimeUnit.MINUTES.toNanos(2));
        assertThat(pending.get(id)).isEmpty();
        assertThat(pending.heldBytes()).isZero();
    }
}
