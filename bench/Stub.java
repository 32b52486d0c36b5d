import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.Executors;

/**
 * A Linq stand-in for the benchmark: answers the calls the benchmark makes at once, in Linq's JSON shape,
 * so that the gateway's own cost is what is measured. Run with {@code java bench/Stub.java PORT}; it listens
 * on 127.0.0.1 only and prints "ready" when it does.
 */
public class Stub {

    private static final String PREFIX = "/api/partner/v3";

    public static void main(String[] args) throws IOException {
        int port = Integer.parseInt(args[0]);
        // Without TCP_NODELAY the JDK server's separate header and body writes meet delayed ACKs: 40 ms a call.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 1024);
        // More threads than cores: a handler only reads the body and writes a short answer.
        server.setExecutor(Executors.newFixedThreadPool(8));
        server.createContext("/", Stub::handle);
        server.start();
        System.out.println("ready");
    }

    private static void handle(HttpExchange exchange) throws IOException {
        try (InputStream body = exchange.getRequestBody()) {
            body.readAllBytes();
        }
        String path = exchange.getRequestURI().getPath();
        String method = exchange.getRequestMethod();
        String tail = path.startsWith(PREFIX) ? path.substring(PREFIX.length()) : path;
        if (method.equals("POST") && tail.equals("/chats")) {
            answer(exchange, 201, "{\"chat\":{\"id\":\"" + UUID.randomUUID() + "\",\"display_name\":\"\","
                    + "\"handles\":[{\"id\":\"h1\",\"handle\":\"+15551230001\",\"service\":\"iMessage\",\"is_me\":false}],"
                    + "\"is_group\":false,\"service\":\"iMessage\",\"message\":" + message() + "}}");
        } else if (method.equals("POST") && tail.matches("/chats/[^/]+/messages")) {
            String chatId = tail.split("/")[2];
            answer(exchange, 202, "{\"chat_id\":\"" + chatId + "\",\"message\":" + message() + "}");
        } else if (method.equals("GET") && tail.equals("/phone_numbers")) {
            answer(exchange, 200, "{\"phone_numbers\":[{\"id\":\"pn1\",\"phone_number\":\"+15555550100\","
                    + "\"reputation\":{\"status\":\"HEALTHY\"},\"forwarding_number\":null}]}");
        } else {
            answer(exchange, 404, "{\"error\":{\"status\":404,\"code\":1004,\"message\":\"Not found in the stub\"}}");
        }
    }

    private static String message() {
        return "{\"id\":\"" + UUID.randomUUID() + "\",\"created_at\":\"" + Instant.now()
                + "\",\"delivery_status\":\"queued\",\"parts\":[{\"type\":\"text\",\"value\":\"bench\"}],"
                + "\"service\":\"iMessage\"}";
    }

    private static void answer(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
