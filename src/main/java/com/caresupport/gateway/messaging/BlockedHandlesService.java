package com.caresupport.gateway.messaging;

import com.caresupport.gateway.error.InvalidRequestException;
import com.caresupport.gateway.linq.LinqClient;
import com.caresupport.gateway.linq.wire.BlockRequest;
import com.caresupport.gateway.linq.wire.BlockedHandle;
import com.caresupport.gateway.messaging.validation.LinqLimits;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Linq's blocklist for the account. Blocking reaches nobody (Linq just refuses traffic with the handle); it is
 * not the gateway's opt-out registry, which a STOP fills and which the gateway itself enforces.
 */
@ApplicationScoped
public class BlockedHandlesService {

    private static final Pattern SHORT_CODE = Pattern.compile("^\\d{3,8}$");
    private static final Pattern SENDER_ID = Pattern.compile("^[A-Za-z0-9][A-Za-z0-9 ]{0,10}$");

    private final LinqClient linq;

    BlockedHandlesService(LinqClient linq) {
        this.linq = linq;
    }

    static boolean isBlockable(String handle) {
        return LinqLimits.isHandle(handle) || SHORT_CODE.matcher(handle).matches()
                || SENDER_ID.matcher(handle).matches() && handle.chars().anyMatch(Character::isLetter);
    }

    public BlockedHandleList list() {
        List<BlockedHandle> handles = linq.listBlockedHandles().blockedHandles();
        return new BlockedHandleList(true, handles == null ? List.of() : handles.stream().map(BlockedHandlesService::entry).toList());
    }

    public BlockedHandleList block(@NotNull @Valid BlockSpec spec) {
        BlockedHandle blocked = linq.blockHandle(new BlockRequest(spec.handle(), spec.reason())).blockedHandle();
        return new BlockedHandleList(true, blocked == null ? List.of() : List.of(entry(blocked)));
    }

    public ActionResult unblock(@NotBlank String handle) {
        if (!isBlockable(handle)) {
            throw InvalidRequestException.field("handle",
                    "must be an E.164 number, an email address, a short code or a sender id");
        }
        linq.unblockHandle(handle);
        return ActionResult.done();
    }

    private static BlockedHandleList.Entry entry(BlockedHandle handle) {
        return new BlockedHandleList.Entry(handle.handle(), handle.reason(), handle.blockedAt());
    }
}
