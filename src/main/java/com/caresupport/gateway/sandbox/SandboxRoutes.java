package com.caresupport.gateway.sandbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The sandbox's routing table: Linq's path templates ({@code /chats/{chatId}/messages}) and the handler of
 * each. Keeping templates as data lets the sandbox count requests per endpoint the way Linq names them.
 * The endpoints add their routes when the first request reaches the sandbox ({@link Registering}), not at
 * start-up: a gateway whose sandbox is off never creates them.
 */
@ApplicationScoped
public class SandboxRoutes {

    /** A Linq endpoint: method, path template after {@code /v3}, handler. */
    record Route(String method, String template, Pattern pattern, List<String> names,
            Function<SandboxRequest, SandboxResponse> handler) {

        /** The counters' name for this endpoint, e.g. {@code POST /v3/chats/{chatId}/messages}. */
        String key() {
            return method + " /v3" + template;
        }
    }

    /** A route matched against a concrete path, with the values of its parameters. */
    record Match(Route route, Map<String, String> params) {
    }

    /** Fired once, on the first match: each endpoint bean observes it and adds its routes. */
    record Registering() {
    }

    private final List<Route> routes = new ArrayList<>();
    private final Event<Registering> registering;
    /** Written once, after every route was added; {@link #routes} is only read from then on. */
    private volatile boolean registered;

    SandboxRoutes(Event<Registering> registering) {
        this.registering = registering;
    }

    void add(String method, String template, Function<SandboxRequest, SandboxResponse> handler) {
        List<String> names = new ArrayList<>();
        Matcher placeholders = Pattern.compile("\\{(\\w+)}").matcher(template);
        StringBuilder regex = new StringBuilder("^");
        int last = 0;
        while (placeholders.find()) {
            regex.append(Pattern.quote(template.substring(last, placeholders.start()))).append("([^/]+)");
            names.add(placeholders.group(1));
            last = placeholders.end();
        }
        regex.append(Pattern.quote(template.substring(last))).append("$");
        routes.add(new Route(method, template, Pattern.compile(regex.toString()), names, handler));
    }

    Optional<Match> match(String method, String path) {
        if (!registered) {
            register();
        }
        for (Route route : routes) {
            Matcher matcher = route.pattern().matcher(path);
            if (route.method().equals(method) && matcher.matches()) {
                Map<String, String> params = new LinkedHashMap<>();
                for (int i = 0; i < route.names().size(); i++) {
                    params.put(route.names().get(i), matcher.group(i + 1));
                }
                return Optional.of(new Match(route, params));
            }
        }
        return Optional.empty();
    }

    private synchronized void register() {
        if (!registered) {
            registering.fire(new Registering());
            registered = true;
        }
    }
}
