package com.caresupport.gateway.delivery;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A chat the gateway created or saw, by Linq's chat id. */
@Entity
@Table(name = "chat")
public class ChatRecord extends PanacheEntityBase {

    private static final Duration ACTIVITY_PRECISION = Duration.ofSeconds(1);

    @Id
    public String id;

    @Column(name = "from_phone")
    public String fromPhone;

    /** The other participants' handles, comma-separated. */
    public String participants;

    public String service;

    @Column(name = "is_group")
    public boolean group;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "last_activity_at")
    public Instant lastActivityAt;

    /**
     * When {@link #participants} was last known to be complete: the gateway created the chat, or Linq listed
     * its members. Null while the list may be partial (learned from inbound messages only).
     */
    @Column(name = "members_confirmed_at")
    public Instant membersConfirmedAt;

    /**
     * The last activity to keep after activity at {@code at}: unchanged when the kept one is less than a second
     * older, so that a busy chat's row is not rewritten by every message, and every send to the chat does not
     * queue on that row's lock until the previous one committed.
     */
    static Instant activity(Instant kept, Instant at) {
        return kept != null && !kept.isBefore(at.minus(ACTIVITY_PRECISION)) ? kept : at;
    }

    /** Records a chat seen in inbound traffic, so later sends to it know who is in it. */
    public static void remember(String chatId, String participant, boolean group, String service, Instant at) {
        ChatRecord chat = findById(chatId);
        if (chat == null) {
            chat = new ChatRecord();
            chat.id = chatId;
            chat.participants = participant == null ? "" : participant;
            chat.group = group;
            chat.service = service;
            chat.createdAt = at;
            chat.lastActivityAt = at;
            chat.persist();
        } else {
            if (participant != null && !chat.members().contains(participant)) {
                chat.participants = chat.participants.isEmpty() ? participant : chat.participants + "," + participant;
            }
            chat.lastActivityAt = activity(chat.lastActivityAt, at);
        }
    }

    /** The participants the gateway knows of for {@code chatId}; empty when it never saw the chat. */
    public static List<String> participantsOf(String chatId) {
        ChatRecord chat = findById(chatId);
        return chat == null ? List.of() : chat.members();
    }

    /** Records the complete membership of {@code chatId}, as Linq or the gateway's own create just stated it. */
    static void confirm(String chatId, List<String> members, boolean group, String service, Instant at) {
        ChatRecord chat = findById(chatId);
        boolean fresh = chat == null;
        if (fresh) {
            chat = new ChatRecord();
            chat.id = chatId;
            chat.createdAt = at;
            chat.lastActivityAt = at;
        }
        chat.participants = String.join(",", members);
        chat.group = group;
        chat.service = service != null ? service : chat.service;
        chat.membersConfirmedAt = at;
        if (fresh) {
            chat.persist();
        }
    }

    /**
     * Adds or removes one member; a chat the gateway never saw is left alone (it is asked about when needed).
     * A removal also withdraws the list's confirmation, so Linq is asked before the next send: a late or
     * replayed removal must never hide a member who is in the chat again.
     */
    static void changeMember(String chatId, String handle, boolean added) {
        ChatRecord chat = findById(chatId);
        if (chat == null || handle == null) {
            return;
        }
        List<String> members = new ArrayList<>(chat.members());
        members.remove(handle);
        if (added) {
            members.add(handle);
        } else {
            chat.membersConfirmedAt = null;
        }
        chat.participants = String.join(",", members);
    }

    List<String> members() {
        return participants == null || participants.isBlank() ? List.of() : List.of(participants.split(","));
    }
}
