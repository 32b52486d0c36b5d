package com.caresupport.gateway.webhook;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which targets are the gateway's own receiver: same scheme, host, port and path; the query does not count. */
class ReceiverUrlTest {

    private static ReceiverUrl at(String publicUrl) {
        return new ReceiverUrl(() -> Optional.ofNullable(publicUrl).map(URI::create));
    }

    @Test
    void theReceiverWithLinqsVersionPinIsOwn() {
        ReceiverUrl receiver = at("https://gateway.example.org");
        assertTrue(receiver.isOwn("https://gateway.example.org/webhooks/linq?version=2026-02-03"));
        assertTrue(receiver.isOwn("https://GATEWAY.example.org:443/webhooks/linq/"));
        assertTrue(at("https://gateway.example.org/care/").isOwn("https://gateway.example.org/care/webhooks/linq"));
    }

    @Test
    void anyOtherHostPortSchemeOrPathIsNot() {
        ReceiverUrl receiver = at("https://gateway.example.org");
        assertFalse(receiver.isOwn("https://hooks.example.org/webhooks/linq"));
        assertFalse(receiver.isOwn("https://gateway.example.org:8443/webhooks/linq"));
        assertFalse(receiver.isOwn("http://gateway.example.org/webhooks/linq"));
        assertFalse(receiver.isOwn("https://gateway.example.org/webhooks/linq/other"));
        assertFalse(receiver.isOwn("https://gateway.example.org.evil.example/webhooks/linq"));
        assertFalse(receiver.isOwn("not a url"));
        assertFalse(receiver.isOwn(null));
    }

    @Test
    void withoutAPublicUrlNothingIsOwn() {
        assertFalse(at(null).isOwn("http://localhost:8080/webhooks/linq"));
    }
}
