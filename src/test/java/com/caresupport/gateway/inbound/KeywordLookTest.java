package com.caresupport.gateway.inbound;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The receiver's look at a raw payload before reading it: it must find every keyword message (one it missed
 * would wait for processing), and should pass over most others (each one it finds is read twice).
 */
class KeywordLookTest {

    @ParameterizedTest
    @ValueSource(strings = {"{\"value\":\"STOP\"}", "{\"value\": \"stop\"}", "{\"value\":\"  Stop \\n\"}",
            "{\"value\":\"\\tUNSUBSCRIBE\\r\\n\"}", "{\"value\":\"stopall\"}", "{\"value\":\"Quit\"}",
            "{\"value\":\"START\"}", "{\"value\":\"unstop\"}", "{\"value\":\"yes\"}", "{\"value\":\"END\"}",
            "{\"value\":\"cancel\"}", "{\"parts\":[{\"type\":\"text\",\"value\":\"STOP\"}]}"})
    void findsEveryKeywordMessage(String payload) {
        assertTrue(OptOuts.mayHoldKeyword(payload), payload);
        String text = payload.replaceAll("(?s).*:\\s*\"(.*)\"[^\"]*$", "$1")
                .replace("\\n", "\n").replace("\\r", "\r").replace("\\t", "\t");
        assertTrue(OptOuts.keyword(text).isPresent(), "and the text itself is a keyword: " + text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"value\":\"Stop by at 5\"}", "{\"value\":\"Please don't stop\"}",
            "{\"value\":\"yes please\"}", "{\"stop\":1}", "{\"start\":\"2026-01-01\"}", "{\"value\":\"STOPPED\"}",
            "{\"value\":\"the end\"}", "{\"value\":\"\"}"})
    void passesOverOtherPayloads(String payload) {
        assertFalse(OptOuts.mayHoldKeyword(payload), payload);
    }
}
