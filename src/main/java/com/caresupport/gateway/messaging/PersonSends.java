package com.caresupport.gateway.messaging;

import com.caresupport.gateway.linq.LinqClient;
import com.caresupport.gateway.linq.wire.AppCardUpdateRequest;
import com.caresupport.gateway.linq.wire.AppCardUpdateResponse;
import com.caresupport.gateway.linq.wire.DirectSendRequest;
import com.caresupport.gateway.linq.wire.DirectSendResponse;
import com.caresupport.gateway.linq.wire.PollEnvelope;
import com.caresupport.gateway.linq.wire.PollOption;
import com.caresupport.gateway.linq.wire.PollOptionsRequest;
import com.caresupport.gateway.linq.wire.PollRequest;
import com.caresupport.gateway.linq.wire.PollVoteRequest;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * Linq's calls for the sends beyond plain messages (direct sends, polls, votes, location requests, app-card
 * updates), and nothing more: only the send path ({@code delivery.Outbox}) calls them, after storing the
 * request and checking its recipients against opt-outs. Direct sends and new polls carry the send's
 * idempotency key; the others have none on Linq's side, which is why the send path never repeats them blindly.
 */
@ApplicationScoped
public class PersonSends {

    /** Linq answers these synchronously: when it returns, the change is in the chat. */
    private static final String DONE = "sent";

    private final LinqClient linq;

    PersonSends(LinqClient linq) {
        this.linq = linq;
    }

    public MessageSent sendDirect(DirectMessage message, String idempotencyKey) {
        DirectSendResponse sent = linq.sendDirect(new DirectSendRequest(
                LinqMapping.content(message.content(), idempotencyKey), message.to(), emptyToNull(message.excludeFrom())));
        Log.debugf("Linq sent %s into chat %s (%s)", sent.message().id(), sent.chatId(),
                sent.fromSelection() == null ? "?" : sent.fromSelection().reason());
        String service = sent.message().service() != null ? sent.message().service() : sent.service();
        return new MessageSent(true, sent.chatId(), sent.message().id(), service, sent.message().deliveryStatus());
    }

    public MessageSent createPoll(String chatId, PollSpec poll, String idempotencyKey) {
        PollEnvelope created = linq.createPoll(chatId, new PollRequest(new PollRequest.Poll(options(poll.options()),
                idempotencyKey)));
        return new MessageSent(true, orElse(created.chatId(), chatId), created.messageId(), null, DONE);
    }

    /** The answer names no new message: the poll's own message keeps its id, so none is recorded here. */
    public MessageSent addPollOptions(TargetedSends.PollOptions send, String chatId) {
        PollEnvelope poll = linq.addPollOptions(send.messageId(), new PollOptionsRequest(options(send.spec().options())));
        return new MessageSent(true, orElse(poll.chatId(), chatId), null, null, DONE);
    }

    public MessageSent votePoll(TargetedSends.PollVote send, String chatId) {
        PollEnvelope poll = linq.votePoll(send.messageId(),
                new PollVoteRequest(send.spec().operation(), send.spec().optionId()));
        return new MessageSent(true, orElse(poll.chatId(), chatId), null, null, DONE);
    }

    public MessageSent requestLocation(String chatId) {
        linq.requestLocation(chatId);
        return new MessageSent(true, chatId, null, null, DONE);
    }

    public MessageSent updateAppCard(TargetedSends.AppCard send, String chatId) {
        AppCardSpec card = send.spec();
        AppCardSpec.Layout l = card.layout();
        AppCardUpdateRequest.ExperienceAction experience = card.experience() == null ? null
                : new AppCardUpdateRequest.ExperienceAction(card.experience().name(), card.experience().action(),
                        card.experience().params());
        AppCardUpdateResponse updated = linq.updateAppCard(send.messageId(), new AppCardUpdateRequest(
                new AppCardUpdateRequest.Layout(l.caption(), l.subcaption(), l.trailingCaption(),
                        l.trailingSubcaption(), l.imageUrl(), l.imageTitle(), l.imageSubtitle()),
                card.fallbackText(), card.interactive(), card.url(), experience));
        return new MessageSent(true, orElse(updated.chatId(), chatId), updated.message().id(),
                updated.message().service(), updated.message().deliveryStatus());
    }

    /** The chat a Linq message is in, asked of Linq (a read, repeated like one). */
    public String chatOfMessage(String messageId) {
        return linq.getMessage(messageId).chatId();
    }

    private static List<PollOption> options(List<String> texts) {
        return texts.stream().map(PollOption::new).toList();
    }

    private static List<String> emptyToNull(List<String> values) {
        return values == null || values.isEmpty() ? null : values;
    }

    private static String orElse(String value, String fallback) {
        return value == null ? fallback : value;
    }
}
