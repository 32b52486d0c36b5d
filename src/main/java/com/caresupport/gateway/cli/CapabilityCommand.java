package com.caresupport.gateway.cli;

import com.caresupport.gateway.messaging.CapabilityResult;
import com.caresupport.gateway.messaging.MessagingService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code capability --handle}. */
@Command(name = "capability", description = "Check whether a handle is reachable over iMessage and RCS.")
public class CapabilityCommand extends Verb {

    @Option(names = "--handle", required = true, description = "Phone number (E.164) or email address.")
    String handle;

    private final MessagingService messaging;
    private final Output output;

    CapabilityCommand(MessagingService messaging, Output output) {
        this.messaging = messaging;
        this.output = output;
    }

    @Override
    public Integer call() {
        CapabilityResult result = messaging.checkCapability(handle);
        return output.print(spec, json, result, handle + ": iMessage " + (result.imessage() ? "yes" : "no")
                + ", RCS " + (result.rcs() ? "yes" : "no") + ", SMS " + (handle.startsWith("+") ? "yes" : "no"));
    }
}
