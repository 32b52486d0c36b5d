package com.caresupport.gateway.error;

/**
 * A request the gateway refuses for a reason of its own: bad input, an unknown record, a recipient who
 * opted out, a reused idempotency key, an unverifiable webhook. Services throw these and know nothing of
 * HTTP or exit codes: the API turns them into problem+json ({@code api.problem.DomainProblems}), the CLI
 * into exit codes ({@code cli.CliErrors}). Linq's own refusals and outages stay {@code linq.LinqRejectedException}
 * and {@code linq.LinqUnavailableException}. The message is the detail for people.
 *
 * <p>They carry no stack trace: each is an expected answer, not a bug, and some (forged webhooks) come in floods.
 */
public abstract class GatewayException extends RuntimeException {

    protected GatewayException(String message) {
        super(message, null, false, false);
    }
}
