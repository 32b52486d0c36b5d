package com.caresupport.gateway.cli;

import com.caresupport.gateway.messaging.ActionResult;
import com.caresupport.gateway.messaging.ChatAdministration;
import com.caresupport.gateway.messaging.ChatUpdateSpec;
import com.caresupport.gateway.messaging.ChatUpdated;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code chats rename|icon|leave --chat-id ...}: a group chat's settings. */
@Command(name = "chats", description = "Rename a group chat, set its icon, or leave it.",
        subcommands = { ChatsCommand.Rename.class, ChatsCommand.Icon.class, ChatsCommand.Leave.class })
public class ChatsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return CliErrors.INVALID;
    }

    /** {@code chats rename --chat-id --name}. */
    @Command(name = "rename", description = "Rename a group chat.")
    public static class Rename extends Verb {

        @Option(names = "--chat-id", required = true, description = "The group chat.")
        String chatId;

        @Option(names = "--name", required = true, description = "The new display name.")
        String name;

        private final ChatAdministration chats;
        private final Output output;

        Rename(ChatAdministration chats, Output output) {
            this.chats = chats;
            this.output = output;
        }

        @Override
        public Integer call() {
            ChatUpdated updated = chats.update(chatId, new ChatUpdateSpec(name, null));
            return output.print(spec, json, updated, "Renamed " + chatId + " (" + updated.status() + ")");
        }
    }

    /** {@code chats icon --chat-id --url}. */
    @Command(name = "icon", description = "Set a group chat's icon from a public https image URL.")
    public static class Icon extends Verb {

        @Option(names = "--chat-id", required = true, description = "The group chat.")
        String chatId;

        @Option(names = "--url", required = true, description = "https URL of the image.")
        String url;

        private final ChatAdministration chats;
        private final Output output;

        Icon(ChatAdministration chats, Output output) {
            this.chats = chats;
            this.output = output;
        }

        @Override
        public Integer call() {
            ChatUpdated updated = chats.update(chatId, new ChatUpdateSpec(null, url));
            return output.print(spec, json, updated, "Icon set on " + chatId + " (" + updated.status() + ")");
        }
    }

    /** {@code chats leave --chat-id}. */
    @Command(name = "leave", description = "Make the line leave a group chat.")
    public static class Leave extends Verb {

        @Option(names = "--chat-id", required = true, description = "The group chat.")
        String chatId;

        private final ChatAdministration chats;
        private final Output output;

        Leave(ChatAdministration chats, Output output) {
            this.chats = chats;
            this.output = output;
        }

        @Override
        public Integer call() {
            ActionResult result = chats.leave(chatId);
            return output.print(spec, json, result, "Left " + chatId + " (" + result.status() + ")");
        }
    }
}
