package com.caresupport.gateway.linq.wire;

/** An iMessage effect: {@code type} is {@code screen} or {@code bubble}. */
public record Effect(String type, String name) {
}
