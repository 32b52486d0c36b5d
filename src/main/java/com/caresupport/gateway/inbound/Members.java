package com.caresupport.gateway.inbound;

import com.caresupport.gateway.error.DuplicateException;
import com.caresupport.gateway.error.NotFoundException;
import com.caresupport.gateway.messaging.validation.E164;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The member directory's records: create, change, remove, link to chats, and show with opt-out state. */
@ApplicationScoped
public class Members {

    /** A member as written through the API. */
    public record MemberInput(@NotBlank @Size(max = 200) String name, @NotBlank @E164 String phone,
            @Email @Size(max = 320) String email, @Size(max = 100) String role) {
    }

    @Transactional
    public List<MemberView> list() {
        return Member.<Member>listAll().stream().map(this::view).toList();
    }

    @Transactional
    public Optional<MemberView> view(String id) {
        return Member.<Member>findByIdOptional(id).map(this::view);
    }

    @Transactional
    public MemberView create(@NotNull @Valid MemberInput input) {
        requireFreePhone(input.phone(), null);
        Member member = new Member();
        member.id = UUID.randomUUID().toString();
        member.createdAt = Instant.now();
        apply(member, input);
        member.persist();
        return view(member);
    }

    @Transactional
    public MemberView update(String id, @NotNull @Valid MemberInput input) {
        Member member = find(id);
        requireFreePhone(input.phone(), id);
        apply(member, input);
        return view(member);
    }

    @Transactional
    public void delete(String id) {
        Member member = find(id);
        MemberChat.delete("key.memberId", member.id);
        member.delete();
    }

    @Transactional
    public MemberView link(String id, @NotBlank String chatId) {
        Member member = find(id);
        MemberChat.link(chatId, member.id, "EXPLICIT");
        return view(member);
    }

    MemberView view(Member member) {
        List<String> chats = MemberChat.<MemberChat>list("key.memberId", member.id).stream()
                .map(link -> link.key.chatId()).sorted().toList();
        HandleOptOut optOut = HandleOptOut.findById(member.phone);
        boolean optedOut = optOut != null && optOut.optedOut;
        return new MemberView(member.id, member.name, member.phone, member.email, member.role, chats, optedOut,
                optedOut ? optOut.changedAt : null);
    }

    private static void apply(Member member, MemberInput input) {
        member.name = input.name().strip();
        member.phone = input.phone();
        member.email = input.email();
        member.role = input.role();
        member.updatedAt = Instant.now();
    }

    private static Member find(String id) {
        return Member.<Member>findByIdOptional(id).orElseThrow(() -> new NotFoundException("member", id));
    }

    private static void requireFreePhone(String phone, String exceptId) {
        Member.<Member>find("phone", phone).firstResultOptional().filter(m -> !m.id.equals(exceptId))
                .ifPresent(m -> {
                    throw new DuplicateException("member", "Member " + m.id + " already has phone " + phone);
                });
    }
}
