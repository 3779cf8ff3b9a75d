package dev.beacon.channel.conversation;

import dev.beacon.channel.conversation.screens.ArticleScreens;
import dev.beacon.channel.kit.model.ChannelVariant;
import java.util.ArrayList;
import java.util.List;

/**
 * An item's messages for one chat channel as the bots would send them, for editors to see before publishing: the
 * variant cut into pages at its {@code more} buttons as {@link ArticleScreens} cuts it, each page built into a screen
 * by the same code and fitted by the channel's {@link Renderer} (buttons, a list or a numbered menu, as the channel's
 * limits decide). The last page ends as an article ends: comments, back; every page offers the menu. A reaction
 * question's button is left out (only a published article has one to ask).
 */
public final class ChatPreview {

    private ChatPreview() {}

    /** The messages of each page, in order. {@code channel}: a name of {@link ChannelProfiles#NAMES} with buttons. */
    public static List<List<Message>> pages(String channel, ChannelVariant variant, String localeTag) {
        ChannelProfile profile = ChannelProfiles.of(channel);
        Texts texts = Texts.of(localeTag);
        Renderer renderer = new Renderer(profile, texts.get("nav.more"), texts.get("nav.back"));
        boolean written = "written".equals(variant.source());
        List<ChannelVariant.Message> messages = variant.messagesOrEmpty();
        List<List<Message>> pages = new ArrayList<>();
        int from = 0;
        while (from < messages.size()) {
            int to = from;
            while (to < messages.size() - 1 && !ArticleScreens.hasMore(messages.get(to))) {
                to++;
            }
            boolean last = to == messages.size() - 1;
            Screen.Builder screen = Screen.of(Action.of(0, Op.ARTICLE, 0, from, 0));
            String prompt = ArticleScreens.parts(screen, messages.subList(from, to + 1), written);
            for (ChannelVariant.Message m : messages.subList(from, to + 1)) {
                for (ChannelVariant.Button button : m.buttonsOrEmpty()) {
                    if (shown(button, last)) {
                        screen.option(
                                button.title(), Action.of(0, Op.OPEN, button.itemId() == null ? 0 : button.itemId()));
                    }
                }
            }
            if (last) {
                screen.option(texts.get("article.comments"), Action.of(0, Op.COMMENTS, 0));
                screen.option(texts.get("nav.back"), Action.of(0, Op.HOME));
            }
            screen.option(texts.get("nav.menu"), Action.of(0, Op.HOME));
            if (prompt == null) {
                screen.prompt(texts.get(last ? "article.end" : "article.next"));
            } else if (written) {
                screen.promptMarkup(prompt);
            } else {
                screen.prompt(prompt);
            }
            pages.add(renderer.render(screen.build(), action -> "", texts.get("article.end")));
            from = to + 1;
        }
        return pages;
    }

    /** As the article screen keeps them: open with an item, more before the last page, back; menu is added anyway. */
    private static boolean shown(ChannelVariant.Button button, boolean lastPage) {
        if (button.action() == null) {
            return false;
        }
        return switch (button.action()) {
            case "open" -> button.itemId() != null;
            case "more" -> !lastPage;
            case "back" -> true;
            default -> false;
        };
    }
}
