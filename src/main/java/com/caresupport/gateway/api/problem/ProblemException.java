package com.caresupport.gateway.api.problem;

import java.util.Map;

/**
 * Thrown by API-layer code that already knows which problem to report (services throw
 * {@code error.GatewayException}s, which {@link DomainProblems} maps); {@link ProblemMappers} writes it as
 * problem+json with any extra headers (for example {@code Retry-After}).
 */
public class ProblemException extends RuntimeException {

    private final transient Problem problem;
    private final Map<String, String> headers;

    public ProblemException(Problem problem) {
        this(problem, Map.of());
    }

    public ProblemException(Problem problem, Map<String, String> headers) {
        super(problem.detail());
        this.problem = problem;
        this.headers = Map.copyOf(headers);
    }

    public Problem problem() {
        return problem;
    }

    public Map<String, String> headers() {
        return headers;
    }
}
