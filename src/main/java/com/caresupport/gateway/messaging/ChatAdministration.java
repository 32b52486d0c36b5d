package com.caresupport.gateway.messaging;

import com.caresupport.gateway.linq.LinqClient;
import com.caresupport.gateway.linq.wire.BackgroundRequest;
import com.caresupport.gateway.linq.wire.ChatLocation;
import com.caresupport.gateway.linq.wire.ChatUpdateRequest;
import com.caresupport.gateway.linq.wire.ChatUpdateResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * A chat's own settings: group name and icon, background, leaving it, and where its members share their
 * location. None of these sends a message to a person, so none passes the opt-out guard.
 */
@ApplicationScoped
public class ChatAdministration {

    private final LinqClient linq;

    ChatAdministration(LinqClient linq) {
        this.linq = linq;
    }

    /** Group chats only; Linq refuses a 1:1 chat. */
    public ChatUpdated update(@NotBlank String chatId, @NotNull @Valid ChatUpdateSpec spec) {
        ChatUpdateResponse answer = linq.updateChat(chatId, new ChatUpdateRequest(spec.displayName(), spec.groupChatIcon()));
        return new ChatUpdated(true, answer.chatId() == null ? chatId : answer.chatId(), answer.status());
    }

    /** Linq lets the line leave group chats of at least four participants. */
    public ActionResult leave(@NotBlank String chatId) {
        return ActionResult.of(linq.leaveChat(chatId).status());
    }

    public ChatLocations location(@NotBlank String chatId) {
        ChatLocation answer = linq.getChatLocation(chatId);
        List<ChatLocation.Feature> features = answer.data() == null || answer.data().features() == null ? List.of()
                : answer.data().features();
        return new ChatLocations(true, chatId, features.stream().map(ChatAdministration::location).toList());
    }

    public ActionResult setBackground(@NotBlank String chatId, @NotNull @Valid BackgroundSpec spec) {
        linq.setChatBackground(chatId, new BackgroundRequest(spec.type(), spec.imageUrl(), spec.variant(),
                spec.shades(), spec.style()));
        return ActionResult.done();
    }

    public ActionResult removeBackground(@NotBlank String chatId) {
        linq.removeChatBackground(chatId);
        return ActionResult.done();
    }

    /** GeoJSON puts longitude first. */
    private static ChatLocations.SharedLocation location(ChatLocation.Feature feature) {
        List<Double> point = feature.geometry() == null ? null : feature.geometry().coordinates();
        boolean located = point != null && point.size() >= 2;
        ChatLocation.Properties about = feature.properties();
        return new ChatLocations.SharedLocation(about == null ? null : about.handle(), located ? point.get(1) : null,
                located ? point.get(0) : null, about == null ? null : about.address(),
                about == null ? null : about.locality(), about == null ? null : about.updatedAt());
    }
}
