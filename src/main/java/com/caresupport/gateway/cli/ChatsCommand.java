package com.caresupport.gateway.cli;

import com.caresupport.gateway.messaging.ActionResult;
import com.caresupport.gateway.messaging.BackgroundSpec;
import com.caresupport.gateway.messaging.ChatAdministration;
import com.caresupport.gateway.messaging.ChatLocations;
import com.caresupport.gateway.messaging.ChatUpdateSpec;
import com.caresupport.gateway.messaging.ChatUpdated;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code chats rename|icon|leave|location|background --chat-id ...}: a chat's settings. */
@Command(name = "chats", description = "Rename a group chat, set its icon, leave it, see shared locations, or set "
        + "a chat's background.", subcommands = { ChatsCommand.Rename.class, ChatsCommand.Icon.class,
            ChatsCommand.Leave.class, ChatsCommand.Location.class, ChatsCommand.Background.class })
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

    /** {@code chats location --chat-id}. */
    @Command(name = "location", description = "Show where the chat's members share their location, if they do.")
    public static class Location extends Verb {

        @Option(names = "--chat-id", required = true, description = "The chat.")
        String chatId;

        private final ChatAdministration chats;
        private final Output output;

        Location(ChatAdministration chats, Output output) {
            this.chats = chats;
            this.output = output;
        }

        @Override
        public Integer call() {
            ChatLocations shared = chats.location(chatId);
            return output.table(spec, json, shared, shared.locations(),
                    List.of("HANDLE", "LATITUDE", "LONGITUDE", "ADDRESS", "UPDATED"),
                    l -> java.util.Arrays.asList(l.handle(), l.latitude() == null ? null : l.latitude().toString(),
                            l.longitude() == null ? null : l.longitude().toString(),
                            l.address() == null ? l.locality() : l.address(), l.updatedAt()),
                    "Nobody shares a location in " + chatId + ".");
        }
    }

    /** {@code chats background set|remove --chat-id ...}. */
    @Command(name = "background", description = "Set or remove a chat's background.",
            subcommands = { ChatsCommand.Background.Set.class, ChatsCommand.Background.Remove.class })
    public static class Background implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            spec.commandLine().usage(spec.commandLine().getErr());
            return CliErrors.INVALID;
        }

        /** {@code chats background set --chat-id --type color|dynamic|photo ...}. */
        @Command(name = "set", description = {"Set the chat's background: a color (--variant, or two --shades),"
                + " an animated style (--style and its --variant), or a photo (--image-url).",
                "Linq applies it after answering and announces it as chat.background_updated."})
        public static class Set extends Verb {

            @Option(names = "--chat-id", required = true, description = "The chat.")
            String chatId;

            @Option(names = "--type", required = true, description = "color, dynamic or photo.")
            String type;

            @Option(names = "--variant", description = "A named color (e.g. plum), or the style's variant (e.g. dusk).")
            String variant;

            @Option(names = "--shades", split = ",", description = "Two hex colors, top then bottom: #F2C4E1,#4A3AFF.")
            List<String> shades;

            @Option(names = "--style", description = "The animated style: sky, water or aurora.")
            String style;

            @Option(names = "--image-url", description = "Public https URL of the photo.")
            String imageUrl;

            private final ChatAdministration chats;
            private final Output output;

            Set(ChatAdministration chats, Output output) {
                this.chats = chats;
                this.output = output;
            }

            @Override
            public Integer call() {
                ActionResult result = chats.setBackground(chatId,
                        new BackgroundSpec(type, imageUrl, variant, shades, style));
                return output.print(spec, json, result, "Background set on " + chatId + " (" + result.status() + ")");
            }
        }

        /** {@code chats background remove --chat-id}. */
        @Command(name = "remove", description = "Remove the chat's background.")
        public static class Remove extends Verb {

            @Option(names = "--chat-id", required = true, description = "The chat.")
            String chatId;

            private final ChatAdministration chats;
            private final Output output;

            Remove(ChatAdministration chats, Output output) {
                this.chats = chats;
                this.output = output;
            }

            @Override
            public Integer call() {
                ActionResult result = chats.removeBackground(chatId);
                return output.print(spec, json, result, "Background removed from " + chatId + " (" + result.status()
                        + ")");
            }
        }
    }
}
