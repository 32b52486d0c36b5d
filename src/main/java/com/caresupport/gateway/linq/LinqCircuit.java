package com.caresupport.gateway.linq;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.caresupport.gateway.privacy.LogMask;
import io.quarkus.logging.Log;
import io.smallrye.faulttolerance.api.CircuitBreakerName;
import io.vertx.core.VertxException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import java.net.ConnectException;
import java.util.function.Supplier;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Timeout;

/**
 * The one circuit breaker around Linq and the per-attempt timeout, inside each operation's retry
 * ({@link LinqClient}). Every attempt of every Linq call passes here, so a Linq outage opens one circuit and
 * every caller fails fast together (SmallRye names a breaker per method, so sharing one means one method). Linq's refusals
 * (4xx) prove Linq is up and do not count as failures; nor does a 429, which limits one caller's pace (a
 * burst of rate-limited typing indicators must not stop sends), and is answered by waiting as Linq asks.
 */
@ApplicationScoped
public class LinqCircuit {

    /** The breaker's name, for {@code CircuitBreakerMaintenance} in health checks and tests. */
    public static final String NAME = "linq";

    /** One attempt; a transport failure becomes a {@link LinqConnectionException} the policies can judge. */
    @Timeout
    @CircuitBreaker(skipOn = { LinqRejectedException.class, LinqRateLimitedException.class })
    @CircuitBreakerName(NAME)
    <T> T call(Supplier<T> request) {
        try {
            return request.get();
        } catch (ProcessingException | VertxException e) {
            // Most transport failures come wrapped in a ProcessingException, but not all: when a pooled connection
            // Linq has just closed is taken for a request, the client throws the bare HttpClosedException.
            if (causedBy(e, JsonProcessingException.class)) {
                throw unreadable(e);
            }
            throw new LinqConnectionException(describe(e), causedBy(e, ConnectException.class), e);
        } catch (WebApplicationException e) {
            // LinqErrorMapper turns every 4xx/5xx into a LinqException, so this is a 2xx whose body did not read.
            throw unreadable(e);
        }
    }

    /**
     * A 2xx answer that is not the JSON Linq documents. Linq may have acted, so only calls it deduplicates are
     * repeated; the parser's own words stay in the log, out of the caller's answer.
     */
    private static LinqConnectionException unreadable(RuntimeException e) {
        Log.warnf("Linq's answer could not be read: %s", LogMask.in(e.getMessage()));
        return new LinqConnectionException("Linq's answer could not be read", false, e);
    }

    private static String describe(RuntimeException e) {
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
