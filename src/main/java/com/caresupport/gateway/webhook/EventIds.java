package com.caresupport.gateway.webhook;

import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.UUID;

/**
 * Ids for stored events: UUIDs laid out as version 7 (the milliseconds since the epoch first, then 74 random
 * bits), so that events stored together sit together in the primary key's index and a commit rewrites a page
 * or two of it rather than one per event. The random bits come from a generator per thread:
 * {@link UUID#randomUUID()} shares one lock-guarded generator, on which the receiver's request threads queued.
 */
final class EventIds {

    /** DRBG: each instance has its own state (the default NativePRNG shares one, behind the same lock). */
    private static final ThreadLocal<SecureRandom> RANDOM = ThreadLocal.withInitial(() -> {
        try {
            return SecureRandom.getInstance("DRBG");
        } catch (NoSuchAlgorithmException e) {
            return new SecureRandom();
        }
    });

    static String next() {
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

    private EventIds() {
    }
}
