package com.caresupport.gateway.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The JVM settings the gateway ships with are written in three places: the container image
 * (src/main/docker/Dockerfile.jvm, GATEWAY_JVM_MEMORY), the benchmark that measures RSS with them (bench/run) and
 * the README's instructions for running the jar. They must agree, and they must bound every pool that grows with
 * load: a memory figure measured with other settings than the shipped ones says nothing.
 */
class ShippedJvmSettingsTest {

    @Test
    void theImageTheBenchmarkAndTheReadmeShipTheSameSettings() throws IOException {
        String image = only("src/main/docker/Dockerfile.jvm", "(?m)^ENV GATEWAY_JVM_MEMORY=\"([^\"]+)\"$");
        assertEquals(image, only("bench/run", "(?m)^JVM_OPTS=\"([^\"]+)\"$"), "bench/run measures the image's settings");
        assertEquals(image, only("README.md", "(?m)^export GATEWAY_JVM_MEMORY='([^']+)'$"), "the README runs them");

        String arenas = only("src/main/docker/Dockerfile.jvm", "(?m)^ENV MALLOC_ARENA_MAX=(\\d+)$");
        assertEquals(arenas, only("bench/run", "(?m)^export MALLOC_ARENA_MAX=(\\d+)$"));
        assertEquals(arenas, only("README.md", "(?m)^export MALLOC_ARENA_MAX=(\\d+)$"));
    }

    @Test
    void everyPoolThatGrowsWithLoadIsBounded() throws IOException {
        List<String> flags = List.of(only("src/main/docker/Dockerfile.jvm",
                "(?m)^ENV GATEWAY_JVM_MEMORY=\"([^\"]+)\"$").split(" +"));
        for (String bound : List.of("-Xmx", "-XX:MaxMetaspaceSize=", "-XX:ReservedCodeCacheSize=",
                "-XX:MaxDirectMemorySize=", "-Xss",
                // Without it, every thread that writes through NIO keeps a direct copy of its largest write (H2's
                // chunks reach megabytes), and the worker threads together exhaust MaxDirectMemorySize.
                "-Djdk.nio.maxCachedBufferSize=")) {
            assertTrue(flags.stream().anyMatch(flag -> flag.startsWith(bound)), "GATEWAY_JVM_MEMORY sets " + bound);
        }
        // Quarkus's default worker pool grows to 200 threads, each with its stack and thread-local buffers.
        assertTrue(Pattern.compile("(?m)^quarkus\\.thread-pool\\.max-threads=\\d+$")
                .matcher(Files.readString(Path.of("src/main/resources/application.properties"))).find(),
                "application.properties bounds the worker pool");
    }

    private static String only(String file, String regex) throws IOException {
        Matcher matcher = Pattern.compile(regex).matcher(Files.readString(Path.of(file)));
        assertTrue(matcher.find(), file + " has " + regex);
        String value = matcher.group(1);
        assertTrue(!matcher.find(), file + " has " + regex + " once");
        return value;
    }
}
