package com.caresupport.gateway.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.awaitility.Awaitility;

/**
 * {@code mvn quarkus:dev} on a copy of this project (pom, wrapper, {@code src/main}) in {@code dir}, as a
 * developer runs it, so a test can edit a source file and see the live reload. Uses the Maven that runs the
 * build ({@code maven.home}); {@code -Dgateway.maven.offline=true} on the build's command line makes it run
 * offline too (dev mode needs a few artifacts a plain build does not, so the first run needs the network).
 */
public final class DevModeProcess implements AutoCloseable {

    private final Path dir;
    private final int port;
    private final int managementPort;
    private final Path log;
    private Process maven;

    public DevModeProcess(Path dir) throws IOException {
        this.dir = dir;
        this.port = freePort();
        this.managementPort = freePort();
        this.log = dir.resolve("dev-mode.log");
        copyProject(Path.of("."), dir);
    }

    /** Starts dev mode and waits (generously: it compiles and builds first) until the gateway is ready. */
    public DevModeProcess start() throws IOException {
        List<String> command = new ArrayList<>(List.of(mavenCommand(), "-B", "quarkus:dev",
                "-Dquarkus.http.port=" + port, "-Dquarkus.management.port=" + managementPort, "-Ddebug=false", "-Dquarkus.analytics.disabled=true",
                "-Dquarkus.console.enabled=false"));
        if (Boolean.getBoolean("gateway.maven.offline")) {
            command.add("-o");
        }
        maven = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        Awaitility.await().atMost(Duration.ofMinutes(6)).pollInterval(Duration.ofSeconds(1)).ignoreExceptions()
                .until(() -> {
                    assertTrue(maven.isAlive(), "dev mode stopped; see " + log.toAbsolutePath());
                    return RestAssured.given().port(managementPort).get("/q/health/ready").statusCode() == 200;
                });
        return this;
    }

    /** Rewrites a file under the copy's {@code src/main}, as an edit in the IDE would. */
    public void edit(String path, UnaryOperator<String> change) throws IOException {
        Path file = dir.resolve(path);
        Files.writeString(file, change.apply(Files.readString(file)));
    }

    /** The dev-mode log so far. */
    public String log() {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public RequestSpecification http() {
        return RestAssured.given().port(port);
    }

    /**
     * Sends SIGTERM to the dev-mode JVM alone, as an IDE's stop button does, and says whether it ended within 20 s
     * (Maven then ends too, with the JVM's failure).
     */
    public boolean endsOnSigterm() throws InterruptedException {
        List<ProcessHandle> application = maven.descendants()
                .filter(process -> process.info().commandLine().orElse("").contains("-dev.jar")).toList();
        if (application.isEmpty()) {
            throw new IllegalStateException("no dev-mode JVM under Maven");
        }
        application.forEach(ProcessHandle::destroy);
        for (ProcessHandle process : application) {
            try {
                process.onExit().get(20, TimeUnit.SECONDS);
            } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                return false;
            }
        }
        return true;
    }

    /** Stops Maven and the dev-mode JVM it forked. */
    @Override
    public void close() throws InterruptedException {
        if (maven == null) {
            return;
        }
        List<ProcessHandle> all = new ArrayList<>(maven.descendants().toList());
        all.add(maven.toHandle());
        all.forEach(ProcessHandle::destroy);
        for (ProcessHandle process : all) {
            try {
                process.onExit().get(30, TimeUnit.SECONDS);
            } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                process.destroyForcibly();
            }
        }
        maven = null;
    }

    private static String mavenCommand() {
        String home = System.getProperty("maven.home");
        Path mvn = home == null ? null : Path.of(home, "bin", "mvn");
        return mvn != null && Files.isExecutable(mvn) ? mvn.toString() : new File("mvnw").getAbsolutePath();
    }

    private static void copyProject(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        Files.copy(from.resolve("pom.xml"), to.resolve("pom.xml"), StandardCopyOption.REPLACE_EXISTING);
        for (String tree : List.of("src/main", ".mvn")) {
            try (Stream<Path> files = Files.walk(from.resolve(tree))) {
                for (Path file : files.toList()) {
                    Path target = to.resolve(from.relativize(file).toString());
                    if (Files.isDirectory(file)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
