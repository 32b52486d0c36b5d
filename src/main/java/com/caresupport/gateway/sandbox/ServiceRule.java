package com.caresupport.gateway.sandbox;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Which services reach a handle in the sandbox, decided by the handle alone so tests and the README can
 * rely on it:
 * <ul>
 * <li>an email address: iMessage only;</li>
 * <li>a phone number ending in 0-4: iMessage and RCS (and SMS);</li>
 * <li>ending in 5-7: RCS (and SMS);</li>
 * <li>ending in 8-9: SMS only.</li>
 * </ul>
 * A requested {@code preferred_service} is used when the recipient supports it; otherwise, or when none
 * is requested, the first supported of iMessage, RCS, SMS. A group uses the first service every member
 * supports. Messages to a number ending in 99 are never delivered: they fail with code 4001.
 */
final class ServiceRule {

    enum Service {
        IMESSAGE("iMessage"), RCS("RCS"), SMS("SMS");

        final String wire;

        Service(String wire) {
            this.wire = wire;
        }

        static Service of(String wire) {
            for (Service service : values()) {
                if (service.wire.equals(wire)) {
                    return service;
                }
            }
            return null;
        }
    }

    private ServiceRule() {
    }

    static Set<Service> capabilities(String handle) {
        if (handle.contains("@")) {
            return EnumSet.of(Service.IMESSAGE);
        }
        char last = handle.charAt(handle.length() - 1);
        if (last <= '4') {
            return EnumSet.allOf(Service.class);
        }
        if (last <= '7') {
            return EnumSet.of(Service.RCS, Service.SMS);
        }
        return EnumSet.of(Service.SMS);
    }

    static Service choose(List<String> recipients, String preferred) {
        Set<Service> common = EnumSet.allOf(Service.class);
        for (String recipient : recipients) {
            common.retainAll(capabilities(recipient));
        }
        Service wanted = Service.of(preferred);
        if (wanted != null && common.contains(wanted)) {
            return wanted;
        }
        return common.isEmpty() ? Service.IMESSAGE : common.iterator().next();
    }

    static boolean undeliverable(String handle) {
        return handle.endsWith("99");
    }
}
