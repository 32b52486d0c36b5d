package com.caresupport.gateway.linq;

import com.caresupport.gateway.config.LinqConfig;
import com.caresupport.gateway.config.Secret;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import org.eclipse.microprofile.rest.client.ext.ClientHeadersFactory;

/**
 * Adds Linq's bearer token to every call. The token is read from configuration at call time and written only
 * into the header, never into a log line or an exception.
 */
@ApplicationScoped
public class LinqHeaders implements ClientHeadersFactory {

    private final LinqConfig linq;

    LinqHeaders(LinqConfig linq) {
        this.linq = linq;
    }

    @Override
    public MultivaluedMap<String, String> update(MultivaluedMap<String, String> incoming,
            MultivaluedMap<String, String> outgoing) {
        MultivaluedMap<String, String> headers = new MultivaluedHashMap<>();
        linq.apiToken().map(Secret::reveal).ifPresent(token -> headers.putSingle("Authorization", "Bearer " + token));
        headers.putSingle("User-Agent", "linq-gateway");
        return headers;
    }
}
