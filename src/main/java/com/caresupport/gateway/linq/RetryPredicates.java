package com.caresupport.gateway.linq;

import java.util.function.Predicate;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;

/** Which failures each retry policy of {@link LinqClient} repeats; the verdicts live in {@link LinqException}. */
final class RetryPredicates {

    private RetryPredicates() {
    }

    /** For calls Linq deduplicates: anything that might succeed on a second try. */
    public static final class Deduplicated implements Predicate<Throwable> {
        @Override
        public boolean test(Throwable failure) {
            if (failure instanceof LinqException linq) {
                return linq.retryable();
            }
            return failure instanceof TimeoutException;
        }
    }

    /** For calls Linq cannot deduplicate: only failures that prove Linq did nothing. */
    public static final class Unrepeatable implements Predicate<Throwable> {
        @Override
        public boolean test(Throwable failure) {
            return failure instanceof LinqException linq && linq.provablyNotActedOn();
        }
    }
}
