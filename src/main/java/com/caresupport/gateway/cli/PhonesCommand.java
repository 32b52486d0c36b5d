package com.caresupport.gateway.cli;

import com.caresupport.gateway.messaging.MessagingService;
import com.caresupport.gateway.messaging.PhoneNumberList;
import java.util.List;
import picocli.CommandLine.Command;

/** {@code phones}: the lines the gateway may send from. */
@Command(name = "phones", description = "List the account's phone numbers.")
public class PhonesCommand extends Verb {

    private final MessagingService messaging;
    private final Output output;

    PhonesCommand(MessagingService messaging, Output output) {
        this.messaging = messaging;
        this.output = output;
    }

    @Override
    public Integer call() {
        PhoneNumberList phones = messaging.listPhoneNumbers();
        return output.table(spec, json, phones, phones.phoneNumbers(), List.of("PHONE NUMBER", "REPUTATION", "ID"),
                p -> List.of(p.phoneNumber(), String.valueOf(p.reputation()), p.id()), "No phone numbers.");
    }
}
