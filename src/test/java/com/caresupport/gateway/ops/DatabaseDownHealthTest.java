package com.caresupport.gateway.ops;

import static com.caresupport.gateway.testing.Management.management;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** With its database unreachable the gateway cannot accept a message safely, so it is not ready. */
@QuarkusTest
@TestProfile(DatabaseDownHealthTest.UnreachableDatabase.class)
class DatabaseDownHealthTest {

    /** A database URL nothing listens on; nothing touches the database at start-up. */
    public static class UnreachableDatabase implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.datasource.jdbc.url", "jdbc:h2:tcp://127.0.0.1:1/mem:nowhere",
                    "quarkus.flyway.migrate-at-start", "false",
                    "quarkus.flyway.clean-at-start", "false",
                    "quarkus.scheduler.enabled", "false",
                    "quarkus.datasource.jdbc.acquisition-timeout", "2s");
        }
    }

    @Test
    void readinessIsDownWhileLivenessStaysUp() {
        management().get("/health/ready").then().statusCode(503)
                .body("status", equalTo("DOWN"))
                .body("checks.find { it.name == 'Database connections health check' }.status", equalTo("DOWN"))
                .body("checks.find { it.name == 'linq' }.status", equalTo("UP"));
        management().get("/health/live").then().statusCode(200);
    }
}
