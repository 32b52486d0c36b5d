package com.caresupport.gateway.testing;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Lets the PostgreSQL run of the persistence tests skip, and say so, on a machine where no PostgreSQL
 * listens; the same tests still run on H2 in the main run. Registered for every test through
 * {@code META-INF/services}; it only acts in the PostgreSQL run.
 */
public class PostgresRunCondition implements ExecutionCondition {

    static final String HOST = "127.0.0.1";
    static final int PORT = 5432;
    private static volatile Boolean reachable;

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (!Boolean.getBoolean("gateway.test.postgresql")) {
            return ConditionEvaluationResult.enabled("H2 run");
        }
        if (isReachable()) {
            return ConditionEvaluationResult.enabled("PostgreSQL listens on " + HOST + ":" + PORT);
        }
        return ConditionEvaluationResult.disabled(
                "PostgreSQL run skipped: nothing listens on " + HOST + ":" + PORT + " (the H2 run covered these tests)");
    }

    /** Whether PostgreSQL listens on 127.0.0.1:5432, for tests that need it outside the PostgreSQL run. */
    public static boolean isReachable() {
        if (reachable == null) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(HOST, PORT), 1000);
                reachable = true;
            } catch (IOException e) {
                reachable = false;
                System.out.println("[postgresql] PostgreSQL run skipped: nothing listens on " + HOST + ":" + PORT);
            }
        }
        return reachable;
    }
}
