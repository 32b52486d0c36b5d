package com.caresupport.gateway.webhook;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;

/**
 * Reads the envelope's top-level fields that are stored beside the payload, in one pass over the tokens and
 * without building a tree (processing parses the payload itself). Like a tree's {@code path(name).asText(null)}:
 * the last of repeated names wins, scalars as their text, objects and arrays as "".
 */
final class EnvelopeReader {

    private EnvelopeReader() {
    }

    /** The envelope, or null unless the whole body is one JSON object. */
    static WebhookEvents.Envelope read(JsonFactory json, byte[] raw) {
        String eventId = null;
        String eventType = null;
        String apiVersion = null;
        String webhookVersion = null;
        try (JsonParser parser = json.createParser(raw)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                String text;
                if (value.isStructStart()) {
                    parser.skipChildren();
                    text = "";
                } else {
                    text = value == JsonToken.VALUE_NULL ? null : parser.getText();
                }
                switch (name) {
                    case "event_id" -> eventId = text;
                    case "event_type" -> eventType = text;
                    case "api_version" -> apiVersion = text;
                    case "webhook_version" -> webhookVersion = text;
                    default -> {
                    }
                }
            }
            if (parser.currentToken() != JsonToken.END_OBJECT) {
                return null;
            }
        } catch (IOException e) {
            return null;
        }
        return new WebhookEvents.Envelope(eventId, eventType, apiVersion, webhookVersion);
    }
}
