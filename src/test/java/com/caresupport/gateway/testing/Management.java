package com.caresupport.gateway.testing;

import static io.restassured.RestAssured.given;

import io.restassured.specification.RequestSpecification;
import org.eclipse.microprofile.config.ConfigProvider;

/** Calls the test gateway's management interface ({@code /q/health}, {@code /q/metrics}, {@code /q/openapi}). */
public final class Management {

    private Management() {
    }

    /** A request to the management port; paths are relative to {@code /q}. */
    public static RequestSpecification management() {
        int port = ConfigProvider.getConfig().getOptionalValue("quarkus.management.test-port", Integer.class).orElse(9001);
        return given().port(port).basePath("/q");
    }

    /** A request to the management port's root, for paths outside {@code /q}. */
    public static RequestSpecification managementRoot() {
        return management().basePath("");
    }
}
