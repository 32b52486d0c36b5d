package com.caresupport.gateway.ids;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Stored rows' ids: valid version 7 UUIDs, in the order of their time, and never the same twice across threads. */
class TimeOrderedIdsTest {

    @Test
    void idsAreVersionSevenUuidsOrderedByTheirMillisecond() {
        UUID earlier = TimeOrderedIds.next(1_790_000_000_000L);
        UUID later = TimeOrderedIds.next(1_790_000_000_001L);

        assertEquals(7, earlier.version());
        assertEquals(2, earlier.variant());
        assertEquals(1_790_000_000_000L, earlier.getMostSignificantBits() >>> 16);
        assertTrue(earlier.toString().compareTo(later.toString()) < 0, "ids sort by time as text");
        assertEquals(earlier, UUID.fromString(earlier.toString()));
    }

    @Test
    void threadsRacingInTheSameMillisecondNeverShareAnId() throws Exception {
        Set<String> ids = ConcurrentHashMap.newKeySet();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        for (int t = 0; t < 8; t++) {
            pool.submit(() -> {
                Set<String> mine = new HashSet<>();
                for (int i = 0; i < 20_000; i++) {
                    mine.add(TimeOrderedIds.next(1_790_000_000_000L).toString());
                }
                ids.addAll(mine);
            });
        }
        pool.shutdown();
        assertTrue(pool.awaitTermination(1, TimeUnit.MINUTES));
        assertEquals(8 * 20_000, ids.size());
    }
}
