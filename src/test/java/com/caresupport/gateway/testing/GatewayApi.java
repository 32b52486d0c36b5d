package com.caresupport.gateway.testing;

import static io.restassured.RestAssured.given;

import io.restassured.specification.RequestSpecification;

/** Calls the gateway's internal API as an internal app would, with the documented dev key. */
public final class GatewayApi {

    public static final String DEV_KEY = "dev-key";

    private GatewayApi() {
    }

    public static RequestSpecification api() {
        return given().auth().oauth2(DEV_KEY).contentType("application/json");
    }
}
