package com.caresupport.gateway.messaging;

import com.caresupport.gateway.linq.LinqClient;
import com.caresupport.gateway.linq.wire.ChatHandle;
import com.caresupport.gateway.linq.wire.PollEnvelope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.util.List;

/** What hangs off one message: its reply thread, and, for a poll, the poll's results. Reads only. */
@ApplicationScoped
public class MessageThreads {

    private final LinqClient linq;

    MessageThreads(LinqClient linq) {
        this.linq = linq;
    }

    /** The thread's originator and every reply, oldest first unless {@code order} is {@code desc}. */
    public MessageList thread(@NotBlank String messageId, @Min(1) @Max(100) Integer limit, String cursor,
            @Pattern(regexp = "asc|desc", message = "must be asc or desc") String order) {
        var page = linq.listThread(messageId, cursor, limit, order);
        List<MessageView> messages = page.messages() == null ? List.of()
                : page.messages().stream().map(LinqMapping::message).toList();
        return new MessageList(true, messages, LinqMapping.cursor(page.nextCursor()));
    }

    public PollView poll(@NotBlank String messageId) {
        PollEnvelope envelope = linq.getPoll(messageId);
        PollEnvelope.Poll poll = envelope.poll();
        List<PollView.Option> options = poll == null || poll.options() == null ? List.of()
                : poll.options().stream().map(MessageThreads::option).toList();
        long voters = poll == null || poll.totalVoters() == null ? 0 : poll.totalVoters();
        return new PollView(true, envelope.messageId(), envelope.chatId(), voters, options, envelope.createdAt(),
                envelope.updatedAt());
    }

    private static PollView.Option option(PollEnvelope.Option option) {
        ChatHandle creator = option.creatorHandle();
        List<PollView.Vote> votes = option.voters() == null ? List.of()
                : option.voters().stream().map(v -> new PollView.Vote(v.handle(), v.votedAt())).toList();
        return new PollView.Option(option.optionId(), option.text(), creator == null ? null : creator.handle(), votes);
    }
}
