package com.caresupport.gateway.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.caresupport.gateway.testing.GatewayProcess;
import com.caresupport.gateway.testing.StartupArchive;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * src/main/appcds/build-archive trains on a whole start of the packaged gateway and on a CLI verb, and the archive it writes is
 * the one the JVM then maps: with {@code -Xshare:on} the JVM refuses to start on an archive it cannot use, and
 * the class-loading log names what came out of it. The JVM is started as launchers start it, with
 * {@code @APP_DIR/archive.args}, the argfile the script writes beside the archive. The archive is the one every
 * packaged-jar test starts from ({@link StartupArchive}: the script run on a copy of the packaged jar, so
 * target/quarkus-app keeps whatever archive it had). This is the JDK 17-24 path (AppCDS); on JDK 25 the script
 * writes an AOT cache instead.
 */
class AppCdsArchiveIT {

    private static final String FROM_ARCHIVE = " source: shared objects file";

    @Test
    void theArchiveHoldsTheServersStartAndServesCliVerbsToo() throws Exception {
        Path app = StartupArchive.jar().getParent();
        Path archive = app.resolve("app-cds.jsa");
        String report = StartupArchive.report();
        assertTrue(report.contains("server ready") && report.contains("200 OK"),
                "trained on the server, not the CLI fallback: " + report);
        assertTrue(Files.size(archive) > 0, "archive written");
        Path args = app.resolve("archive.args");
        assertEquals("-XX:SharedArchiveFile=" + archive, Files.readString(args).strip(), "archive.args maps the archive");
        assertEquals("@" + args, StartupArchive.argFile(), "the tests start the gateway through archive.args");

        // GatewayProcess adds @archive.args to every start of the packaged jar; -Xshare:on makes a misfit fatal.
        Path serverLog = Files.createTempFile("linq-gateway-appcds-server", ".log");
        try (GatewayProcess gateway = new GatewayProcess(Files.createTempDirectory("linq-gateway-appcds-data"))) {
            gateway.start("-Xshare:on", "-Xlog:class+load=info:file=" + serverLog);
            String loaded = Files.readString(serverLog);
            // The JDK, the application, and what only a full start loads (Quarkus's own archive stops before it).
            for (String archived : List.of("java.lang.Object", "com.caresupport.gateway.cli.GatewayMain",
                    "org.flywaydb.core.Flyway", "org.hibernate.internal.SessionFactoryImpl", "io.agroal.pool.ConnectionPool",
                    "org.h2.engine.Database")) {
                assertTrue(loaded.contains(" " + archived + FROM_ARCHIVE), archived + " came from the archive");
            }

            Path cliLog = Files.createTempFile("linq-gateway-appcds-cli", ".log");
            GatewayProcess.Run phones = gateway.cli(List.of("-Xshare:on", "-Xlog:class+load=info:file=" + cliLog), "phones");
            assertEquals(0, phones.exitCode(), phones.err());
            // What a verb shares with the server's start, and what only a verb loads: its command and the Linq client.
            String cliLoaded = Files.readString(cliLog);
            for (String archived : List.of("io.vertx.core.impl.VertxImpl", "com.caresupport.gateway.cli.GatewayMain",
                    "com.caresupport.gateway.cli.PhonesCommand", "com.caresupport.gateway.linq.LinqClient")) {
                assertTrue(cliLoaded.contains(" " + archived + FROM_ARCHIVE), "the CLI verb mapped " + archived);
            }
        }
    }
}
