package com.caresupport.gateway.api.problem;

import com.caresupport.gateway.error.UploadFailedException;
import com.caresupport.gateway.error.UntrustedSubscriptionException;
import com.caresupport.gateway.error.DuplicateException;
import com.caresupport.gateway.error.GatewayException;
import com.caresupport.gateway.error.IdempotencyKeyReusedException;
import com.caresupport.gateway.error.InvalidRequestException;
import com.caresupport.gateway.error.NotFoundException;
import com.caresupport.gateway.error.PayloadTooLargeException;
import com.caresupport.gateway.error.RecipientOptedOutException;
import com.caresupport.gateway.error.SignatureRejectedException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Locale;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The one place the services' refusals ({@link GatewayException}) become HTTP: each kind gets its status,
 * problem type and title here, and its detail from the exception.
 */
public class DomainProblems {

    @ServerExceptionMapper
    public Response refused(GatewayException e, UriInfo uri) {
        return problem(e).withInstance(uri.getPath()).toResponse();
    }

    public static Problem problem(GatewayException e) {
        String detail = e.getMessage();
        if (e instanceof InvalidRequestException invalid) {
            return switch (invalid.reason()) {
                case INVALID_FIELDS -> Problem.of(Response.Status.BAD_REQUEST, "validation", "Invalid request", detail)
                        .withErrors(invalid.fields().stream()
                                .map(f -> new Problem.FieldError(f.field(), f.message())).toList());
                case NO_SENDER_LINE -> Problem.of(Response.Status.BAD_REQUEST, "missing-sender", "No sender line", detail);
                case MALFORMED_DELIVERY -> Problem.of(Response.Status.BAD_REQUEST, "malformed-request",
                        "Malformed delivery", detail);
            };
        }
        if (e instanceof RecipientOptedOutException) {
            return Problem.of(Response.Status.CONFLICT, "recipient-opted-out", "Recipient opted out", detail);
        }
        if (e instanceof IdempotencyKeyReusedException) {
            return Problem.of(422, "idempotency-key-reused", "Idempotency-Key reused", detail);
        }
        if (e instanceof NotFoundException notFound) {
            return Problem.of(Response.Status.NOT_FOUND, "not-found", "No such " + notFound.what(), detail);
        }
        if (e instanceof DuplicateException duplicate) {
            String what = duplicate.what();
            return Problem.of(Response.Status.CONFLICT, "duplicate-" + what,
                    what.substring(0, 1).toUpperCase(Locale.ROOT) + what.substring(1) + " exists", detail);
        }
        if (e instanceof SignatureRejectedException) {
            return Problem.of(Response.Status.UNAUTHORIZED, "invalid-signature", "Unauthorized", detail);
        }
        if (e instanceof UntrustedSubscriptionException) {
            return Problem.of(Response.Status.CONFLICT, "untrusted-subscription", "Subscription cannot target the gateway",
                    detail).withErrors(java.util.List.of(new Problem.FieldError("target_url",
                            "must not be this gateway's receiver for a subscription it did not create")));
        }
        if (e instanceof UploadFailedException upload) {
            return upload.interrupted()
                    ? Problem.of(Response.Status.SERVICE_UNAVAILABLE, "upload-interrupted", "Upload interrupted", detail)
                    : Problem.of(Response.Status.BAD_GATEWAY, "upload-failed", "Upload failed", detail);
        }
        if (e instanceof PayloadTooLargeException) {
            return Problem.of(Response.Status.REQUEST_ENTITY_TOO_LARGE, "payload-too-large", "Payload too large", detail);
        }
        throw new IllegalStateException("no problem for " + e.getClass().getName(), e);
    }
}
