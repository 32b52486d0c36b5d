package com.caresupport.gateway.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.caresupport.gateway.api.problem.DomainProblems;
import com.caresupport.gateway.api.problem.Problem;
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
import java.lang.reflect.Proxy;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each refusal a service throws keeps the HTTP status, problem type and title API callers switch on. */
class DomainProblemsTest {

    private static final UriInfo URI = (UriInfo) Proxy.newProxyInstance(UriInfo.class.getClassLoader(),
            new Class<?>[] { UriInfo.class }, (proxy, method, args) -> "/api/somewhere");

    private static Problem mapped(GatewayException e) {
        Response response = new DomainProblems().refused(e, URI);
        assertEquals(Problem.MEDIA_TYPE, response.getMediaType().toString());
        Problem problem = (Problem) response.getEntity();
        assertEquals(response.getStatus(), problem.status());
        assertEquals(e.getMessage(), problem.detail());
        assertEquals("/api/somewhere", problem.instance());
        return problem;
    }

    private static void assertProblem(GatewayException e, int status, String slug, String title) {
        Problem problem = mapped(e);
        assertEquals(status, problem.status(), slug);
        assertEquals("urn:linq-gateway:problem:" + slug, problem.type());
        assertEquals(title, problem.title());
    }

    @Test
    void eachRefusalKeepsItsStatusTypeAndTitle() {
        assertProblem(new RecipientOptedOutException("+15551230001"), 409, "recipient-opted-out", "Recipient opted out");
        assertProblem(new IdempotencyKeyReusedException(), 422, "idempotency-key-reused", "Idempotency-Key reused");
        assertProblem(new NotFoundException("member", "m1"), 404, "not-found", "No such member");
        assertProblem(new DuplicateException("member", "Member m1 already has phone +1555"), 409, "duplicate-member",
                "Member exists");
        assertProblem(new InvalidRequestException(InvalidRequestException.Reason.NO_SENDER_LINE, "from_phone is required",
                List.of()), 400, "missing-sender", "No sender line");
        assertProblem(new InvalidRequestException(InvalidRequestException.Reason.MALFORMED_DELIVERY, "not JSON",
                List.of()), 400, "malformed-request", "Malformed delivery");
        assertProblem(new SignatureRejectedException(), 401, "invalid-signature", "Unauthorized");
        assertProblem(new PayloadTooLargeException("Deliveries are limited to 10 bytes."), 413, "payload-too-large",
                "Payload too large");
    }

    @Test
    void anInvalidFieldIsNamedInTheDetailAndTheErrors() {
        Problem problem = mapped(InvalidRequestException.field("handle", "must be an E.164 phone number"));
        assertEquals("urn:linq-gateway:problem:validation", problem.type());
        assertEquals("handle must be an E.164 phone number", problem.detail());
        assertEquals(List.of(new Problem.FieldError("handle", "must be an E.164 phone number")), problem.errors());
    }
}
