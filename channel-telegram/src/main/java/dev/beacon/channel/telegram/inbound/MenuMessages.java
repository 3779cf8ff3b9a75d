package dev.beacon.channel.telegram.inbound;

import dev.beacon.channel.kit.chat.ChatStore;
import java.time.Duration;

/**
 * The message_id of each chat's latest menu (a screen that was one message with an inline keyboard), in the shared
 * store so every replica edits the same message. Kept 47 hours: Telegram lets a bot edit its messages for 48.
 */
public final class MenuMessages {

    private static final Duration TTL = Duration.ofHours(47);

    private final ChatStore store;

    public MenuMessages(ChatStore store) {
        this.store = store;
    }

    public boolean isLatest(long chatId, long messageId) {
        return messageId > 0
                && store.get(key(chatId))
                        .filter(String.valueOf(messageId)::equals)
                        .isPresent();
    }

    public void remember(long chatId, long messageId) {
        store.put(key(chatId), String.valueOf(messageId), TTL);
    }

    public void forget(long chatId) {
        store.remove(key(chatId));
    }

    private static String key(long chatId) {
        return "telegram:menu:" + chatId;
    }
}
