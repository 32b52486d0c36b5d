package com.caresupport.gateway.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.TimeUnit;

/**
 * The packaged jar beside its start-up archive, as the container image runs it: a copy of
 * {@link GatewayProcess#JAR} in {@code target/it/quarkus-app}, trained once per test run by
 * {@code src/main/appcds/build-archive} for the JVM the tests start. Every packaged-jar test then starts the
 * gateway and its CLI verbs from the archive, which takes about half the CPU off each start, and most of what the
 * integration tests do is starting JVMs. A copy, so that target/quarkus-app keeps whatever archive it had; one
 * level deeper than the packaging's own directories, whose archives every build deletes as stale (the nested
 * PostgreSQL build of PostgresArtifactIT runs in the middle of the tests).
 */
public final class StartupArchive {

    private static final Path SCRIPT = Path.of("src/main/appcds/build-archive");
    private static final Path APP = Path.of("target/it/quarkus-app").toAbsolutePath();

    private static String report;

    private StartupArchive() {
    }

    /** The copy of the packaged jar the archive was written for; builds both on first use. */
    public static synchronized Path jar() {
        if (report == null) {
            report = build();
        }
        return APP.resolve("quarkus-run.jar");
    }

    /** The java @argfile that maps the archive, as launchers name it ({@code @.../archive.args}). */
    public static String argFile() {
        jar();
        return "@" + APP.resolve("archive.args");
    }

    /** What the training run printed. */
    public static String report() {
        jar();
        return report;
    }

    private static String build() {
        try {
            assertTrue(Files.exists(GatewayProcess.JAR), "package the gateway first: " + GatewayProcess.JAR);
            Files.createDirectories(APP);
            Files.copy(GatewayProcess.JAR, APP.resolve("quarkus-run.jar"), StandardCopyOption.REPLACE_EXISTING);
            Path log = APP.resolve("training.log");
            ProcessBuilder script = new ProcessBuilder(SCRIPT.toAbsolutePath().toString(), APP.toString())
                    .redirectErrorStream(true).redirectOutput(log.toFile());
            // The archive fits only the JVM that wrote it: the one these tests start the gateway with.
            script.environment().put("GATEWAY_JAVA", Path.of(System.getProperty("java.home"), "bin", "java").toString());
            Process training = script.start();
            assertTrue(training.waitFor(10, TimeUnit.MINUTES), "the training run finishes");
            String output = Files.readString(log, StandardCharsets.UTF_8);
            assertEquals(0, training.exitValue(), () -> "src/main/appcds/build-archive failed: " + output);
            return output;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
