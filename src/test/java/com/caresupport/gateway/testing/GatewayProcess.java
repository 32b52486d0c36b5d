package com.caresupport.gateway.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;

/**
 * The packaged gateway ({@code target/quarkus-app/quarkus-run.jar}) run as an operator runs it: as a server
 * with the sandbox on and a file database, and as one-shot CLI verbs beside it. Like the container image, it
 * runs the jar with its start-up archive ({@link StartupArchive}); another jar (the PostgreSQL build) runs without.
 */
public final class GatewayProcess implements AutoCloseable {

    public static final Path JAR = Path.of("target/quarkus-app/quarkus-run.jar");
    public static final String API_KEY = "process-test-key";
    /** Where every started gateway writes its log, appended (JSON lines: the jar runs in prod). */
    public static final Path LOG = Path.of("target/gateway-process.log");

    private final int port;
    private final int managementPort;
    private final Path jar;
    /** The JVM options that map the jar's start-up archive, if it has one. */
    private final List<String> archive;
    private final Path workingDirectory;
    private final List<String> database;
    private Process server;

    public GatewayProcess(Path data) throws IOException {
        this(JAR, null, "-Dquarkus.datasource.jdbc.url=jdbc:h2:file:" + data.resolve("gateway").toAbsolutePath()
                + ";AUTO_SERVER=TRUE");
    }

    /**
     * {@code jar} run in {@code workingDirectory} (null: this one), where the jar's relative defaults such as the
     * H2 file {@code ./data/linq-gateway} resolve, with {@code database} properties (none: the jar's defaults).
     */
    public GatewayProcess(Path jar, Path workingDirectory, String... database) throws IOException {
        assertTrue(Files.exists(jar), "package the gateway first: " + jar);
        this.port = freePort();
        this.managementPort = freePort();
        boolean packaged = jar.toAbsolutePath().normalize().equals(JAR.toAbsolutePath().normalize());
        this.jar = packaged ? StartupArchive.jar() : jar.toAbsolutePath();
        this.archive = packaged ? List.of(StartupArchive.argFile()) : List.of();
        this.workingDirectory = workingDirectory;
        this.database = List.of(database);
    }

    /** The management interface's port ({@code /q/*}). */
    public int managementPort() {
        return managementPort;
    }

    public int port() {
        return port;
    }

    /** Starts the server and waits until it is ready. */
    public GatewayProcess start(String... extraProperties) throws IOException {
        begin(extraProperties);
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300)).ignoreExceptions()
                .until(() -> management().get("/q/health/ready").statusCode() == 200);
        return this;
    }

    /** Starts the server without waiting for it: for a test of what happens while it starts. */
    public GatewayProcess begin(String... extraProperties) throws IOException {
        List<String> command = java(extraProperties);
        command.add("-Dgateway.api.keys=" + API_KEY);
        command.add("-jar");
        command.add(jar.toString());
        server = new ProcessBuilder(command).directory(workingDirectory == null ? null : workingDirectory.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(LOG.toFile())).start();
        return this;
    }

    /** Sends SIGTERM, waits for the exit and returns its status, whatever it is (compare {@link #stop()}). */
    public int terminate() throws InterruptedException {
        server.destroy();
        assertTrue(server.waitFor(60, TimeUnit.SECONDS), "the gateway exits on SIGTERM");
        int status = server.exitValue();
        server = null;
        return status;
    }

    /** Stops the server as an orchestrator would (SIGTERM), and waits for it. */
    public void stop() throws InterruptedException {
        if (server != null) {
            server.destroy();
            assertTrue(server.waitFor(30, TimeUnit.SECONDS), "the gateway stops on SIGTERM");
            assertEquals(128 + 15, server.exitValue(), "the gateway exits as a JVM does on SIGTERM");
            server = null;
        }
    }

    /** Kills the server as a crash would (SIGKILL): no shutdown hook, no orderly close of the database. */
    public void kill() throws InterruptedException {
        if (server != null) {
            server.destroyForcibly();
            assertTrue(server.waitFor(30, TimeUnit.SECONDS), "the gateway dies on SIGKILL");
            server = null;
        }
    }

    /** The running server's process id. */
    public long pid() {
        return server.pid();
    }

    @Override
    public void close() throws InterruptedException {
        stop();
    }

    public RequestSpecification http() {
        return RestAssured.given().port(port);
    }

    /** The management interface: {@code /q/health}, {@code /q/metrics}, {@code /q/openapi}. */
    public RequestSpecification management() {
        return RestAssured.given().port(managementPort);
    }

    public RequestSpecification api() {
        return http().auth().oauth2(API_KEY).contentType("application/json");
    }

    /** The outcome of one CLI run. */
    public record Run(int exitCode, String out, String err) {
    }

    /** Runs a CLI verb against this server's sandbox, with the same port and database, and waits for it. */
    public Run cli(String... arguments) throws IOException, InterruptedException {
        return cli(List.of(), arguments);
    }

    /** {@link #cli(String...)} with extra JVM options. */
    public Run cli(List<String> jvmOptions, String... arguments) throws IOException, InterruptedException {
        List<String> command = java();
        command.addAll(jvmOptions);
        command.add("-jar");
        command.add(jar.toString());
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).directory(workingDirectory == null ? null : workingDirectory.toFile())
                .start();
        var out = process.getInputStream();
        var err = process.getErrorStream();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the CLI finishes");
        return new Run(process.exitValue(), new String(out.readAllBytes(), StandardCharsets.UTF_8),
                new String(err.readAllBytes(), StandardCharsets.UTF_8));
    }

    /** Starts the packaged gateway with only {@code properties} (prod defaults otherwise) and waits for it to exit. */
    public static Run launch(String... properties) throws IOException, InterruptedException {
        assertTrue(Files.exists(JAR), "package the gateway first: " + JAR);
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of(properties));
        command.add("-jar");
        command.add(JAR.toString());
        Process process = new ProcessBuilder(command).start();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the gateway exits");
        return new Run(process.exitValue(), new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8),
                new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
    }

    /**
     * How far {@link #LOG} goes now (0 before any gateway wrote it): mark it before an event, read what followed
     * with {@link #logSince}.
     */
    public static long logSize() {
        try {
            return Files.exists(LOG) ? Files.size(LOG) : 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The log lines written since {@code offset}, a {@link #logSize()} taken earlier; reads only those. */
    public static List<String> logSince(long offset) throws IOException {
        try (SeekableByteChannel log = Files.newByteChannel(LOG)) {
            ByteBuffer tail = ByteBuffer.allocate((int) Math.max(0, log.size() - offset));
            log.position(offset);
            while (tail.hasRemaining() && log.read(tail) >= 0) {
                // until the end as it was when opened
            }
            return new String(tail.array(), 0, tail.position(), StandardCharsets.UTF_8).lines().toList();
        }
    }

    private List<String> java(String... extraProperties) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(archive);
        // A test's server lives seconds and a verb less: C2 would spend more CPU compiling than such a run gains
        // (about 40 % of a start's CPU on two cores), and most of what these tests do is starting JVMs. Options
        // given later win: ShippedJvmSettingsIT runs every tier, as the image does.
        command.add("-XX:TieredStopAtLevel=1");
        command.addAll(List.of(
                "-Dquarkus.http.port=" + port,
                "-Dquarkus.management.port=" + managementPort,
                "-Dlinq.sandbox.enabled=true",
                "-Dlinq.api-token=sandbox-token",
                "-Dlinq.phone-number=+15555550100",
                "-Dlinq.base-url=http://localhost:" + port + "/sandbox/linq/api/partner",
                // Its own address, as the test profile's: a subscription to its receiver is trusted, so a delivery
                // signed with that subscription's secret is believed (without it, only the poller brings a reply).
                "-Dgateway.public.url=http://localhost:" + port,
                "-Dgateway.outbox.interval=1s",
                "-Dgateway.outbox.backoff=1s",
                "-Dquarkus.fault-tolerance.global.retry.delay=50",
                // Half-open after a second instead of 30 s: a test that ends a Linq outage waits for this.
                "-Dquarkus.fault-tolerance.global.circuit-breaker.delay=1000"));
        command.addAll(database);
        command.addAll(List.of(extraProperties));
        return command;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
