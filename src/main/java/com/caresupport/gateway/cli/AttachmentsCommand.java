package com.caresupport.gateway.cli;

import com.caresupport.gateway.messaging.ActionResult;
import com.caresupport.gateway.messaging.AttachmentSlot;
import com.caresupport.gateway.messaging.AttachmentView;
import com.caresupport.gateway.messaging.Attachments;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code attachments upload FILE | get --id | delete --id}. */
@Command(name = "attachments", description = "Upload a file to Linq, read an upload's status, or delete it.",
        subcommands = { AttachmentsCommand.Upload.class, AttachmentsCommand.Get.class, AttachmentsCommand.Delete.class })
public class AttachmentsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return CliErrors.INVALID;
    }

    /** {@code attachments upload FILE [--content-type]}: pre-upload, PUT the bytes, print the id. */
    @Command(name = "upload", description = "Upload a file (up to 100 MB) and print its attachment id.")
    public static class Upload extends Verb {

        @Parameters(index = "0", paramLabel = "FILE", description = "The file to upload.")
        Path file;

        @Option(names = "--content-type", description = "MIME type (default: guessed from the file name).")
        String contentType;

        private final Attachments attachments;
        private final Output output;

        Upload(Attachments attachments, Output output) {
            this.attachments = attachments;
            this.output = output;
        }

        @Override
        public Integer call() {
            AttachmentSlot slot = attachments.upload(file, contentType);
            return output.print(spec, json, slot, slot.attachmentId());
        }
    }

    /** {@code attachments get --id}. */
    @Command(name = "get", description = "Show an attachment's metadata and upload status.")
    public static class Get extends Verb {

        @Option(names = "--id", required = true, description = "Attachment id.")
        String id;

        private final Attachments attachments;
        private final Output output;

        Get(Attachments attachments, Output output) {
            this.attachments = attachments;
            this.output = output;
        }

        @Override
        public Integer call() {
            AttachmentView view = attachments.get(id);
            return output.print(spec, json, view, view.attachmentId() + "  " + view.status() + "  " + view.filename()
                    + "  " + view.contentType() + "  " + view.sizeBytes() + " bytes");
        }
    }

    /** {@code attachments delete --id}. */
    @Command(name = "delete", description = "Delete an uploaded file.")
    public static class Delete extends Verb {

        @Option(names = "--id", required = true, description = "Attachment id.")
        String id;

        private final Attachments attachments;
        private final Output output;

        Delete(Attachments attachments, Output output) {
            this.attachments = attachments;
            this.output = output;
        }

        @Override
        public Integer call() {
            ActionResult result = attachments.delete(id);
            return output.print(spec, json, result, "Attachment deleted: " + id);
        }
    }
}
