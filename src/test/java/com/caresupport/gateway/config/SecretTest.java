package com.caresupport.gateway.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

class SecretTest {

    @Test
    void toStringNeverShowsTheValue() {
        Secret secret = Secret.of(" test-token-not-real ");
        assertFalse(secret.toString().contains("test-token"));
        assertFalse(String.valueOf(java.util.List.of(secret)).contains("test-token"));
        assertEquals("test-token-not-real", secret.reveal());
    }
}
