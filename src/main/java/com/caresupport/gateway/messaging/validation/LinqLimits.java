package com.caresupport.gateway.messaging.validation;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Linq's input rules, checked before anything is sent so that a bad request costs no Linq call. Values
 * are those of the Linq V3 documentation; {@link #MAX_TEXT_LENGTH} is the gateway's own guard.
 */
public final class LinqLimits {

    private LinqLimits() {
    }

    public static final Pattern E164 = Pattern.compile("^\\+[1-9]\\d{1,14}$");
    public static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    /** A URL anywhere in a text: Linq refuses a chat's first message that contains one (code 1005). */
    public static final Pattern URL_IN_TEXT = Pattern.compile("(?i)\\b(https?://|www\\.)\\S+");

    public static final int MAX_TEXT_LENGTH = 10_000;
    public static final int MAX_URL_LENGTH = 2048;
    public static final long MAX_URL_MEDIA_BYTES = 10L * 1024 * 1024;
    public static final long MAX_UPLOAD_BYTES = 100L * 1024 * 1024;

    public static final Set<String> SERVICES = Set.of("iMessage", "RCS", "SMS");
    public static final Map<String, Set<String>> EFFECTS = Map.of(
            "screen", Set.of("confetti", "fireworks", "lasers", "sparkles", "celebration", "hearts", "love",
                    "balloons", "happy_birthday", "echo", "spotlight"),
            "bubble", Set.of("slam", "loud", "gentle", "invisible"));
    public static final Set<String> REACTIONS = Set.of("love", "like", "dislike", "laugh", "emphasize", "question",
            "custom");
    public static final List<String> WEBHOOK_VERSIONS = List.of("2026-02-03", "2025-01-01");
    public static final Set<String> CONTENT_TYPES = Set.of("image/jpeg", "image/png", "image/gif", "image/heic",
            "image/heif", "image/tiff", "image/bmp", "image/x-icon", "video/mp4", "video/quicktime", "video/mpeg",
            "video/mpeg2", "video/x-m4v", "video/x-msvideo", "video/3gpp", "audio/mpeg", "audio/mp3", "audio/x-m4a",
            "audio/mp4", "audio/x-caf", "audio/x-wav", "audio/x-aiff", "audio/aiff", "audio/aac", "audio/midi",
            "audio/amr", "application/pdf", "text/plain", "text/markdown", "text/vcard", "text/rtf", "text/csv",
            "text/html", "text/calendar", "application/msword",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "application/vnd.ms-excel",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "application/vnd.ms-powerpoint",
            "application/vnd.openxmlformats-officedocument.presentationml.presentation",
            "application/x-iwork-pages-sffpages", "application/x-iwork-numbers-sffnumbers",
            "application/x-iwork-keynote-sffkey", "application/epub+zip", "text/xml", "application/json",
            "application/zip", "application/x-gzip");

    public static boolean isHandle(String value) {
        return value != null && (E164.matcher(value).matches() || EMAIL.matcher(value).matches());
    }

    /** HTTPS, or plain HTTP to this machine (the sandbox and local development). */
    public static boolean isWebUrl(String value, boolean allowLocalHttp) {
        if (value == null || value.length() > MAX_URL_LENGTH) {
            return false;
        }
        try {
            java.net.URI uri = new java.net.URI(value);
            String host = uri.getHost();
            if (host == null || host.isBlank()) {
                return false;
            }
            if ("https".equalsIgnoreCase(uri.getScheme())) {
                return true;
            }
            boolean local = host.equals("localhost") || host.equals("127.0.0.1") || host.equals("[::1]");
            return allowLocalHttp && local && "http".equalsIgnoreCase(uri.getScheme());
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }
}
