package com.caresupport.gateway.linq;

import io.smallrye.faulttolerance.api.CircuitBreakerName;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import java.net.ConnectException;
import java.util.function.Supplier;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Timeout;

/**
 * The one circuit breaker around Linq and the per-attempt timeout. Every Linq call passes here, whatever its
 * retry policy, so a Linq outage opens one circuit and every caller fails fast together. Linq's refusals
 * (4xx) prove Linq is up and do not count as failures.
 */
@ApplicationScoped
public class LinqCircuit {

    /** The breaker's name, for {@code CircuitBreakerMaintenance} in health checks and tests. */
    public static final String NAME = "linq";

    @Timeout(15000)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 30000, successThreshold = 2,
            skipOn = LinqRejectedException.class)
    @CircuitBreakerName(NAME)
    public <T> T call(Supplier<T> request) {
        try {
            return request.get();
        } catch (ProcessingException e) {
            throw new LinqConnectionException(describe(e), causedBy(e, ConnectException.class), e);
        }
    }

    private static String describe(ProcessingException e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return "No answer from Linq: " + root.getClass().getSimpleName()
                + (root.getMessage() == null ? "" : " (" + root.getMessage() + ")");
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
