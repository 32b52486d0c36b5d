package com.caresupport.gateway.privacy;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks what identifies a patient or their family before it reaches a log line at INFO or above: phone numbers
 * keep their country code's first digit and last two digits ({@code +1********01}), email addresses their
 * first letter and domain, message text only its length. Enough to tell two people apart in an incident,
 * not enough to contact them.
 */
public final class LogMask {

    private static final Pattern PHONE = Pattern.compile("\\+\\d{7,15}");
    private static final Pattern EMAIL = Pattern.compile("([A-Za-z0-9._%+-])[A-Za-z0-9._%+-]*@([A-Za-z0-9.-]+)");

    private LogMask() {
    }

    /** A phone number or email address, masked; null stays null. */
    public static String handle(String handle) {
        return handle == null ? null : in(handle);
    }

    /** Message text reduced to its length. */
    public static String text(String text) {
        return text == null ? null : "[" + text.length() + " characters]";
    }

    /** {@code text} with every phone number and email address in it masked (for error messages from elsewhere). */
    public static String in(String text) {
        if (text == null) {
            return null;
        }
        Matcher phones = PHONE.matcher(text);
        StringBuilder masked = new StringBuilder();
        while (phones.find()) {
            String number = phones.group();
            phones.appendReplacement(masked, Matcher.quoteReplacement(number.substring(0, 2)
                    + "*".repeat(number.length() - 4) + number.substring(number.length() - 2)));
        }
        phones.appendTail(masked);
        return EMAIL.matcher(masked).replaceAll("$1***@$2");
    }
}
