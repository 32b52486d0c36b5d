package com.caresupport.gateway.config;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.caresupport.gateway.testing.GatewayProcess;
import com.caresupport.gateway.testing.GatewayProcess.Run;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/**
 * The packaged gateway will not run on an H2 file database that it cannot make write each commit at once: it
 * refuses to start, with one sentence, rather than acknowledge messages a crash could lose.
 */
class H2DurableCommitsIT {

    @Test
    void aUserWhoMayNotSetTheWriteDelayStopsTheStart() throws Exception {
        String url = "jdbc:h2:file:" + Files.createTempDirectory("linq-gateway-h2").resolve("db").toAbsolutePath();
        try (Connection admin = DriverManager.getConnection(url, "sa", "");
                Statement statement = admin.createStatement()) {
            statement.execute("CREATE USER reader PASSWORD 'fake-reader-password'");
            statement.execute("GRANT ALL ON SCHEMA PUBLIC TO reader");
        }
        Run run = GatewayProcess.launch("-Dquarkus.datasource.jdbc.url=" + url, "-Dquarkus.datasource.username=reader",
                "-Dquarkus.datasource.password=fake-reader-password", "-Dlinq.sandbox.enabled=true",
                "-Dgateway.api.keys=some-key");
        assertEquals(1, run.exitCode());
        assertThat(run.out() + run.err(), containsString(H2DurableCommits.REFUSED));
    }
}
