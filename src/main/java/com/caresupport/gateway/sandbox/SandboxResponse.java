package com.caresupport.gateway.sandbox;

import com.fasterxml.jackson.databind.JsonNode;

/** What the sandbox answers: a status and, unless it is 204, a JSON body. */
record SandboxResponse(int status, JsonNode body) {

    static SandboxResponse ok(JsonNode body) {
        return new SandboxResponse(200, body);
    }

    static SandboxResponse created(JsonNode body) {
        return new SandboxResponse(201, body);
    }

    static SandboxResponse noContent() {
        return new SandboxResponse(204, null);
    }
}
