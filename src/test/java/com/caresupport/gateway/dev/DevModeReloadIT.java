package com.caresupport.gateway.dev;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.caresupport.gateway.testing.DevModeProcess;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README tour in dev mode survives an edit: a chat opened before a source file changes is still there,
 * in the sandbox as in the gateway's database, after the live reload that the change causes; and a SIGTERM still
 * ends dev mode (the packaged server's orderly stop is not installed there).
 */
class DevModeReloadIT {

    private static final String KEY = "dev-key";
    private static final String EDITED = "src/main/java/com/caresupport/gateway/api/AccountResource.java";

    @Test
    void aChatOpenedBeforeALiveReloadStillExistsAfterIt(@TempDir Path dir) throws Exception {
        try (DevModeProcess dev = new DevModeProcess(dir).start()) {
            String chatId = dev.http().auth().oauth2(KEY).contentType("application/json")
                    .body(Map.of("to_phone", "+15551230001", "initial_message", "Hi, this is the care team."))
                    .post("/api/chats").then().statusCode(201).extract().path("chat_id");

            // A new method: a change the JVM cannot swap in place, so the application restarts.
            dev.edit(EDITED, source -> source.substring(0, source.lastIndexOf('}'))
                    + "    static String editedWhileDevModeRuns() {\n        return \"edited\";\n    }\n}\n");
            // The next request finds the change and restarts the application before it is answered.
            Awaitility.await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1)).ignoreExceptions()
                    .untilAsserted(() -> {
                        dev.http().get("/sandbox/control/counters").then().statusCode(200);
                        org.hamcrest.MatcherAssert.assertThat(dev.log(), containsString("Live reload total time"));
                    });

            dev.http().auth().oauth2("sandbox-token").get("/sandbox/linq/api/partner/v3/chats/{id}", chatId)
                    .then().statusCode(200).body("id", equalTo(chatId));
            dev.http().auth().oauth2(KEY).get("/api/chats/{id}", chatId).then().statusCode(200);
            report(dev.log());
            assertTrue(dev.endsOnSigterm(), "a SIGTERM to the dev-mode JVM ends it, as an IDE's stop button expects");
        }
    }

    /** Puts dev mode's own timings in the test output, where the build log keeps them. */
    private static void report(String log) {
        Matcher started = Pattern.compile("started in ([0-9.]+s)").matcher(log);
        while (started.find()) {
            System.out.println("[dev mode] application started in " + started.group(1));
        }
        Matcher reload = Pattern.compile("Live reload total time: ([0-9.]+s)").matcher(log);
        while (reload.find()) {
            System.out.println("[dev mode] live reload took " + reload.group(1));
        }
    }
}
