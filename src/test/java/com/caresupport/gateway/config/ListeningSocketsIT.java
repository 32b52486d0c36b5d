package com.caresupport.gateway.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.caresupport.gateway.testing.GatewayProcess;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The packaged gateway on its defaults (the shared-mode H2 file database in its working directory) listens
 * beyond this machine only on its HTTP ports: the public one and the management interface. Read from the kernel's socket tables and the process's own file
 * descriptors, so whatever a library opens is seen.
 */
class ListeningSocketsIT {

    private static final String LISTEN = "0A";

    @Test
    void onlyTheHttpPortsListenBeyondLoopback() throws Exception {
        assumeTrue(Files.isDirectory(Path.of("/proc/self/net")), "needs Linux /proc to read listening sockets");
        try (GatewayProcess gateway = new GatewayProcess(GatewayProcess.JAR, Files.createTempDirectory("linq-gateway-net"))
                .start()) {
            List<InetSocketAddress> listening = listening(gateway.pid());
            List<InetSocketAddress> beyondLoopback = listening.stream()
                    .filter(a -> !a.getAddress().isLoopbackAddress()).toList();
            assertEquals(Set.of(gateway.port(), gateway.managementPort()),
                    beyondLoopback.stream().map(InetSocketAddress::getPort).collect(Collectors.toSet()),
                    "listening beyond loopback: " + beyondLoopback + " (all: " + listening + ")");
            // The shared-mode database server is still there for the CLI, on loopback.
            assertFalse(listening.stream().filter(a -> a.getAddress().isLoopbackAddress()).toList().isEmpty(),
                    "the H2 server for CLI verbs listens on loopback: " + listening);
            assertEquals(0, gateway.cli("create", "--to", "+15551230001", "--body", "Hello").exitCode(),
                    "a CLI verb still shares the database");
        }
    }

    /** The TCP sockets {@code pid} listens on. */
    private static List<InetSocketAddress> listening(long pid) throws IOException {
        Set<String> inodes;
        try (Stream<Path> fds = Files.list(Path.of("/proc", String.valueOf(pid), "fd"))) {
            inodes = fds.map(fd -> {
                try {
                    return Files.readSymbolicLink(fd).toString();
                } catch (IOException e) {
                    return "";
                }
            }).filter(link -> link.startsWith("socket:[")).map(link -> link.substring(8, link.length() - 1))
                    .collect(Collectors.toSet());
        }
        List<InetSocketAddress> sockets = new ArrayList<>();
        for (String table : List.of("tcp", "tcp6")) {
            Path file = Path.of("/proc", String.valueOf(pid), "net", table);
            if (!Files.exists(file)) {
                continue;
            }
            List<String> lines = Files.readAllLines(file);
            for (String line : lines.subList(1, lines.size())) {
                String[] fields = line.trim().split("\\s+");
                if (fields[3].equals(LISTEN) && inodes.contains(fields[9])) {
                    String[] local = fields[1].split(":");
                    sockets.add(new InetSocketAddress(address(local[0]), Integer.parseInt(local[1], 16)));
                }
            }
        }
        return sockets;
    }

    /** The kernel writes addresses as 32-bit words in host (little-endian) order. */
    private static InetAddress address(String hex) throws IOException {
        byte[] words = HexFormat.of().parseHex(hex);
        byte[] bytes = new byte[words.length];
        for (int word = 0; word < words.length; word += 4) {
            for (int i = 0; i < 4; i++) {
                bytes[word + i] = words[word + 3 - i];
            }
        }
        return InetAddress.getByAddress(bytes);
    }
}
