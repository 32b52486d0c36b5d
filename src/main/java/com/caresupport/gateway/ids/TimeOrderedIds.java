package com.caresupport.gateway.ids;

import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.UUID;

/**
 * Ids for stored rows (webhook events, messages, and the idempotency keys the gateway makes up): UUIDs laid out
 * as version 7 (the milliseconds since the epoch first, then 74 random bits), so that rows stored together sit
 * together in every index keyed by them, and a commit rewrites a page or two of each index rather than one page
 * per row. Under H2 a commit serializes every index page it touched, so a batch of random ids cost a page per row
 * per index. The random bits come from a generator per thread: {@link UUID#randomUUID()} shares one lock-guarded
 * generator, on which concurrent request threads queued.
 */
public final class TimeOrderedIds {

    /** DRBG: each instance has its own state (the default NativePRNG shares one, behind the same lock). */
    private static final ThreadLocal<SecureRandom> RANDOM = ThreadLocal.withInitial(() -> {
        try {
            return SecureRandom.getInstance("DRBG");
        } catch (NoSuchAlgorithmException e) {
            return new SecureRandom();
        }
    });

    public static String next() {
        return next(System.currentTimeMillis()).toString();
    }

    static UUID next(long epochMillis) {
        byte[] random = new byte[10];
        RANDOM.get().nextBytes(random);
        long most = (epochMillis & 0xFFFF_FFFF_FFFFL) << 16 | 0x7000L | (random[0] & 0x0fL) << 8 | random[1] & 0xffL;
        long least = 0x80L | random[2] & 0x3fL;
        for (int i = 3; i < 10; i++) {
            least = least << 8 | random[i] & 0xffL;
        }
        return new UUID(most, least);
    }

    private TimeOrderedIds() {
    }
}
