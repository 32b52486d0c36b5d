package com.caresupport.gateway.linq;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.caresupport.gateway.cli.LinqCli;
import com.caresupport.gateway.testing.Management;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * Anything Linq can do, an internal app can do through the gateway: for each of the 68 endpoints of Linq's V3
 * catalogue ({@code linq-v3-endpoints.tsv}, from the Go SDK's api.md), the REST client models it, the gateway
 * serves the route the table names (read from its own OpenAPI document), the CLI has the verb it names, and
 * the README's endpoint table lists it. A new Linq endpoint is a new row, and this test says what is missing.
 */
@QuarkusTest
class EveryLinqEndpointIsReachableTest {

    record Row(String method, String path, String sdkMethod, String route, String verb) {
    }

    @Inject
    CommandLine.IFactory factory;

    static List<Row> rows() throws IOException {
        try (var in = EveryLinqEndpointIsReachableTest.class.getResourceAsStream("/linq-v3-endpoints.tsv");
                var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<String> lines = reader.lines().filter(l -> !l.isBlank()).toList();
            assertEquals(List.of("method", "path", "sdk_method", "gateway_route", "cli_verb"),
                    List.of(lines.get(0).split("\t")));
            return lines.stream().skip(1).map(l -> l.split("\t"))
                    .map(c -> new Row(c[0], c[1], c[2], c[3], c[4])).toList();
        }
    }

    @Test
    void theRestClientModelsEveryEndpoint() throws IOException {
        Set<String> modelled = new HashSet<>();
        String base = LinqApi.class.getAnnotation(Path.class).value();
        for (Method method : LinqApi.class.getMethods()) {
            Path path = method.getAnnotation(Path.class);
            for (Annotation annotation : method.getAnnotations()) {
                HttpMethod http = annotation.annotationType().getAnnotation(HttpMethod.class);
                if (http != null && path != null) {
                    modelled.add(http.value() + " " + template(base + path.value()));
                }
            }
        }
        List<String> missing = new ArrayList<>();
        for (Row row : rows()) {
            if (!modelled.contains(row.method() + " " + template(row.path()))) {
                missing.add(row.method() + " " + row.path());
            }
        }
        assertEquals(List.of(), missing, "Linq endpoints with no LinqApi method");
    }

    /** A path with its placeholders' names dropped: {@code /v3/chats/{}/messages}. */
    private static String template(String path) {
        return path.replaceAll("\\{\\w+}", "{}");
    }

    @Test
    void theGatewayServesTheRouteOfEveryEndpoint() throws IOException {
        Map<String, Map<String, Object>> paths = Management.management().queryParam("format", "json").get("/openapi")
                .then().statusCode(200).extract().jsonPath().getMap("paths");
        List<String> missing = new ArrayList<>();
        for (Row row : rows()) {
            String[] route = row.route().split(" ", 2);
            Map<String, Object> operations = paths.get(route[1]);
            if (operations == null || !operations.containsKey(route[0].toLowerCase())) {
                missing.add(row.method() + " " + row.path() + " -> " + row.route());
            }
        }
        assertEquals(List.of(), missing, "gateway routes named in the table but not served");
    }

    @Test
    void theCliHasTheVerbOfEveryEndpointThatNamesOne() throws IOException {
        CommandLine cli = LinqCli.commandLine(factory);
        List<String> missing = new ArrayList<>();
        for (Row row : rows()) {
            for (String verb : row.verb().split(";")) {
                if (!verb.isBlank() && !verb.strip().equals("-") && !resolves(cli, verb.strip())) {
                    missing.add(row.method() + " " + row.path() + " -> linq " + verb.strip());
                }
            }
        }
        assertEquals(List.of(), missing, "CLI verbs named in the table but missing");
    }

    /** Follows the words of {@code verb} down the subcommands; a trailing {@code --flag} must be an option there. */
    private static boolean resolves(CommandLine cli, String verb) {
        CommandLine at = cli;
        for (String word : verb.split("\\s+")) {
            if (word.startsWith("--")) {
                return at.getCommandSpec().findOption(word) != null;
            }
            at = at.getSubcommands().get(word);
            if (at == null) {
                return false;
            }
        }
        return true;
    }

    @Test
    void theReadmeTableListsEveryEndpoint() throws IOException {
        String readme = Files.readString(java.nio.file.Path.of("README.md"));
        List<String> missing = new ArrayList<>();
        for (Row row : rows()) {
            String line = "| `" + row.method() + " " + row.path() + "` | `" + row.route() + "` |";
            if (!readme.contains(line)) {
                missing.add(line);
            }
        }
        assertTrue(missing.isEmpty(), "README rows missing or different:\n" + String.join("\n", missing));
    }
}
