package com.caresupport.gateway.linq.wire;

/** Body of participant add and remove (the remove is a DELETE that carries this body). */
public record HandleRequest(String handle) {
}
