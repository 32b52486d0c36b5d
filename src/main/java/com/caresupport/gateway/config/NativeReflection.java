package com.caresupport.gateway.config;

import com.caresupport.gateway.cli.SendResult;
import com.caresupport.gateway.delivery.StoredMessageView;
import com.caresupport.gateway.inbound.MemberView;
import com.caresupport.gateway.messaging.ActionResult;
import com.caresupport.gateway.messaging.AttachmentSlot;
import com.caresupport.gateway.messaging.CapabilityResult;
import com.caresupport.gateway.messaging.ChatCreated;
import com.caresupport.gateway.messaging.ChatList;
import com.caresupport.gateway.messaging.ChatView;
import com.caresupport.gateway.messaging.EffectSpec;
import com.caresupport.gateway.messaging.MessageList;
import com.caresupport.gateway.messaging.MessageSent;
import com.caresupport.gateway.messaging.MessageView;
import com.caresupport.gateway.messaging.NewChat;
import com.caresupport.gateway.messaging.NewMessage;
import com.caresupport.gateway.messaging.PartView;
import com.caresupport.gateway.messaging.PhoneNumberList;
import com.caresupport.gateway.messaging.SubscriptionCreated;
import com.caresupport.gateway.messaging.SubscriptionList;
import com.caresupport.gateway.messaging.SubscriptionView;
import com.caresupport.gateway.messaging.VoiceMemoSent;
import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * Records Jackson reads or writes in the native executable that Quarkus cannot find on its own. It registers
 * the declared parameter and return types of REST endpoints and REST client methods (so {@code linq.wire}
 * needs nothing), but not what hides behind {@code Response} or {@code Object} (send answers, problems,
 * {@code GET /api/messages/{id}}), what the CLI prints as JSON, or the requests the outbox stores as JSON
 * and reads back. Nested records (a view's steps, a problem's field errors) are registered with their owner.
 * The API's own answers ({@code api.SendResponse}, {@code api.problem.Problem}) are registered where they are declared.
 */
@RegisterForReflection(targets = {
        StoredMessageView.class, MessageView.class, PartView.class,
        MemberView.class, AttachmentSlot.class, SubscriptionCreated.class,
        NewChat.class, NewMessage.class, EffectSpec.class,
        ChatCreated.class, MessageSent.class, VoiceMemoSent.class, ChatList.class, ChatView.class, MessageList.class,
        PhoneNumberList.class, CapabilityResult.class, ActionResult.class, SubscriptionList.class,
        SubscriptionView.class, SendResult.class })
final class NativeReflection {

    private NativeReflection() {
    }
}
