package com.caresupport.gateway.delivery;

import java.util.List;
import java.util.function.Function;

/**
 * One kind of stored send that reaches people: what {@link Outbox} stores for it, whom it reaches, and the
 * Linq call that delivers it. The request is stored as JSON in {@code message.body} under {@link #kind()}, so
 * the outbox can read it back and make the same call, under the same idempotency key, after a crash or an outage.
 *
 * @param kind stored in {@code message.kind}; the outbox finds the kind again by it
 * @param requestType the request's type, as stored (JSON) and read back for retries
 * @param recipients the handles the send reaches directly (a new chat's recipients); empty when it goes to an
 *        existing chat, whose current members the opt-out guard checks instead
 * @param preview the text kept as {@code text_preview}, or null
 * @param call the Linq call; runs outside any transaction and may throw Linq's exceptions
 * @param deduplicated whether Linq deduplicates the call under the send's key; when not, the outbox repeats
 *        it only after a failure that proves Linq did not act, and otherwise records it as failed
 */
public record SendKind<R>(MessageRecord.Kind kind, Class<R> requestType, Function<R, List<String>> recipients,
        Function<R, String> preview, LinqCall<R> call, boolean deduplicated) {

    /** A kind Linq deduplicates under the send's idempotency key. */
    public SendKind(MessageRecord.Kind kind, Class<R> requestType, Function<R, List<String>> recipients,
            Function<R, String> preview, LinqCall<R> call) {
        this(kind, requestType, recipients, preview, call, true);
    }

    /** Delivers one stored request to Linq under the send's idempotency key. */
    @FunctionalInterface
    public interface LinqCall<R> {
        LinqAnswer send(R request, String chatId, String idempotencyKey);
    }

    /** What Linq answered when it took the send: the chat, its message id, the service and where delivery stands. */
    public record LinqAnswer(String chatId, String linqMessageId, String service, String linqStatus) {
    }
}
