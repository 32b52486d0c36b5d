package com.caresupport.gateway.api;

import com.caresupport.gateway.messaging.MessageList;
import com.caresupport.gateway.messaging.MessageThreads;
import com.caresupport.gateway.messaging.PollView;
import com.caresupport.gateway.messaging.validation.ResourceId;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A message's reply thread and, for a poll, its results. */
@Path("/api/messages/{message_id}")
@Tag(name = "Messages")
public class MessageThreadResource {

    private final MessageThreads threads;

    MessageThreadResource(MessageThreads threads) {
        this.threads = threads;
    }

    @GET
    @Path("/thread")
    @Operation(summary = "The thread a message belongs to: its originator and every reply",
            description = "A message outside any thread comes back alone. order is asc (default) or desc.")
    public MessageList thread(@PathParam("message_id") @ResourceId String messageId, @QueryParam("limit") Integer limit,
            @QueryParam("cursor") String cursor, @QueryParam("order") String order) {
        return threads.thread(messageId, limit, cursor, order);
    }

    @GET
    @Path("/poll")
    @Operation(summary = "A poll's options, votes and voter count (the message must be a poll)")
    public PollView poll(@PathParam("message_id") @ResourceId String messageId) {
        return threads.poll(messageId);
    }
}
