package com.caresupport.gateway.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Scans everything the test run logged (the @QuarkusTest run's {@code target/test-run.log}, written before
 * failsafe starts, the packaged gateway's {@code target/gateway-process.log}, and {@code target/quarkus.log}, where
 * the last @QuarkusIntegrationTest's gateway logged) for every configured secret and for phone numbers at INFO or
 * above that were not masked.
 */
class LogHygieneIT {

    private static final List<Path> LOGS = List.of(Path.of("target/test-run.log"), Path.of("target/gateway-process.log"),
            Path.of("target/quarkus.log"));
    private static final Pattern SECRET_KEY = Pattern.compile("(?i).*(token|secret|keys|password)$");
    private static final Pattern PHONE = Pattern.compile("\\+\\d{7,15}");
    private static final Pattern LEVEL = Pattern.compile("\\b(INFO|WARN|ERROR|FATAL)\\b|\"level\":\"(INFO|WARN|ERROR|FATAL)\"");

    @Test
    void noConfiguredSecretIsEverLogged() throws IOException {
        String log = logs();
        Set<String> found = new TreeSet<>();
        for (String secret : configuredSecrets()) {
            if (log.contains(secret)) {
                found.add(secret.substring(0, Math.min(4, secret.length())) + "…");
            }
        }
        assertEquals(Set.of(), found, "secrets in the log");
    }

    @Test
    void noPhoneNumberIsLoggedUnmaskedAtInfoOrAbove() throws IOException {
        List<String> unmasked = new ArrayList<>();
        for (String line : logs().split("\n")) {
            if (LEVEL.matcher(line).find() && PHONE.matcher(line).find()) {
                unmasked.add(line.length() > 300 ? line.substring(0, 300) : line);
            }
        }
        assertEquals(List.of(), unmasked.stream().limit(10).toList(), unmasked.size() + " lines with a phone number");
    }

    private static String logs() throws IOException {
        assumeTrue(Files.exists(LOGS.get(0)), "run the @QuarkusTest suite first: it writes " + LOGS.get(0));
        StringBuilder all = new StringBuilder();
        for (Path log : LOGS) {
            if (Files.exists(log)) {
                all.append(Files.readString(log, StandardCharsets.UTF_8)).append('\n');
            }
        }
        return all.toString();
    }

    /** Values of every property named like a secret in the shipped and the test configuration, all profiles. */
    static Set<String> configuredSecrets() throws IOException {
        Set<String> secrets = new TreeSet<>();
        for (String resource : List.of("src/main/resources/application.properties", "src/test/resources/application.properties")) {
            Properties properties = new Properties();
            try (InputStream in = Files.newInputStream(Path.of(resource))) {
                properties.load(in);
            }
            properties.forEach((key, value) -> {
                if (SECRET_KEY.matcher(key.toString()).matches()) {
                    for (String part : value.toString().split(",")) {
                        if (!part.isBlank() && !part.contains("${")) {
                            secrets.add(part.strip());
                        }
                    }
                }
            });
        }
        secrets.add("dGVzdC1vbmx5LXNlY3JldC0x");
        secrets.add("test-only-secret-1");
        return secrets;
    }
}
