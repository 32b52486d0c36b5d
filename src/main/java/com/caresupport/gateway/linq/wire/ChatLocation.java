package com.caresupport.gateway.linq.wire;

import java.util.List;

/**
 * The last known locations shared in a chat, as a GeoJSON FeatureCollection in {@code data}. Coordinates are
 * {@code [longitude, latitude]}, GeoJSON's order.
 */
public record ChatLocation(Boolean success, FeatureCollection data) {

    /** {@code {type: "FeatureCollection", features}}. */
    public record FeatureCollection(String type, List<Feature> features) {
    }

    /** One participant's shared location. */
    public record Feature(String type, Geometry geometry, Properties properties) {
    }

    /** {@code {type: "Point", coordinates: [lon, lat]}}. */
    public record Geometry(String type, List<Double> coordinates) {
    }

    /** Who shares the location, and where it is in words. */
    public record Properties(String handle, String address, String locality, String updatedAt) {
    }
}
