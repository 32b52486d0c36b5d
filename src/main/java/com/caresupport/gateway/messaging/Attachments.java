package com.caresupport.gateway.messaging;

import com.caresupport.gateway.error.UploadFailedException;
import com.caresupport.gateway.error.InvalidRequestException;
import com.caresupport.gateway.linq.LinqClient;
import com.caresupport.gateway.linq.wire.Attachment;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;

/**
 * Files uploaded to Linq: their metadata, their deletion, and (for the CLI) the whole upload of a local file:
 * a pre-upload slot from Linq, then the bytes PUT to its presigned URL.
 */
@ApplicationScoped
public class Attachments {

    /** Headers the JDK's client sets itself and refuses to be given. */
    private static final Set<String> RESTRICTED = Set.of("content-length", "host", "connection", "expect", "upgrade");

    private final LinqClient linq;
    private final MessagingService messaging;

    Attachments(LinqClient linq, MessagingService messaging) {
        this.linq = linq;
        this.messaging = messaging;
    }

    public AttachmentView get(@NotBlank String attachmentId) {
        Attachment attachment = linq.getAttachment(attachmentId);
        return new AttachmentView(true, attachment.id(), attachment.filename(), attachment.contentType(),
                attachment.sizeBytes(), attachment.status(), attachment.createdAt(), attachment.downloadUrl());
    }

    /** Linq deletes the stored file; messages that already carry it keep their copy. */
    public ActionResult delete(@NotBlank String attachmentId) {
        linq.deleteAttachment(attachmentId);
        return ActionResult.done();
    }

    /**
     * Uploads {@code file}: the pre-upload checks name, type and size (so a bad file costs no Linq call), then
     * the bytes go to the slot's URL with every header Linq requires. Answers the slot; its id goes in a message.
     */
    public AttachmentSlot upload(@NotNull Path file, String contentType) {
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw invalidFile(file + " is not a readable file");
        }
        try {
            String type = contentType != null ? contentType : Files.probeContentType(file);
            AttachmentSlot slot = messaging.preUploadAttachment(
                    new AttachmentSpec(file.getFileName().toString(), type, Files.size(file)));
            HttpRequest.Builder put = HttpRequest.newBuilder(URI.create(slot.uploadUrl()))
                    .timeout(Duration.ofMinutes(5))
                    .method(slot.httpMethod() == null ? "PUT" : slot.httpMethod(), HttpRequest.BodyPublishers.ofFile(file));
            if (slot.requiredHeaders() != null) {
                slot.requiredHeaders().forEach((name, value) -> {
                    if (!RESTRICTED.contains(name.toLowerCase(java.util.Locale.ROOT))) {
                        put.header(name, value);
                    }
                });
            }
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
            HttpResponse<Void> answer = client.send(put.build(), HttpResponse.BodyHandlers.discarding());
            if (answer.statusCode() / 100 != 2) {
                throw new UploadFailedException("the upload URL answered " + answer.statusCode(), false);
            }
            Log.debugf("Uploaded attachment %s", slot.attachmentId());
            return slot;
        } catch (IOException e) {
            throw new UploadFailedException("the file could not be read or sent: " + e.getClass().getSimpleName(), false);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UploadFailedException("the upload was interrupted", true);
        }
    }

    private static InvalidRequestException invalidFile(String detail) {
        return new InvalidRequestException(InvalidRequestException.Reason.INVALID_FIELDS, detail,
                java.util.List.of(new InvalidRequestException.FieldError("file", detail)));
    }
}
