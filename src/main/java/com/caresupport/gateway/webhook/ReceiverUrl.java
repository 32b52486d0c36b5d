package com.caresupport.gateway.webhook;

import com.caresupport.gateway.messaging.OwnReceiver;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * This gateway's webhook receiver, {@code <GATEWAY_PUBLIC_URL>/webhooks/linq}. A target is the receiver when
 * scheme, host (any case), port (default ports filled in) and path match; the query, where Linq's payload
 * version rides, does not matter.
 */
@ApplicationScoped
public class ReceiverUrl implements OwnReceiver {

    static final String PATH = "/webhooks/linq";

    private final Optional<URI> receiver;

    ReceiverUrl(PublicUrlConfig config) {
        this.receiver = config.url().map(base -> URI.create(stripSlash(base.toString()) + PATH));
    }

    @Override
    public boolean isOwn(String targetUrl) {
        if (receiver.isEmpty() || targetUrl == null) {
            return false;
        }
        try {
            return key(receiver.get()).equals(key(new URI(targetUrl.strip())));
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static String key(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        int port = uri.getPort() >= 0 ? uri.getPort() : "https".equals(scheme) ? 443 : 80;
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        return scheme + "://" + host + ":" + port + stripSlash(uri.getPath() == null ? "" : uri.getPath());
    }

    private static String stripSlash(String text) {
        return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
    }
}
