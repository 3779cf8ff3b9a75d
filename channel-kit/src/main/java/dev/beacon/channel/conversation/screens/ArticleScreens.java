package dev.beacon.channel.conversation.screens;

import dev.beacon.channel.conversation.Action;
import dev.beacon.channel.conversation.Op;
import dev.beacon.channel.conversation.Screen;
import dev.beacon.channel.conversation.Turn;
import dev.beacon.channel.kit.model.Block;
import dev.beacon.channel.kit.model.ChannelVariant;
import dev.beacon.channel.kit.model.ChannelVariant.Button;
import dev.beacon.channel.kit.model.Content;
import dev.beacon.channel.kit.rest.ApiProblemException;
import java.util.ArrayList;
import java.util.List;

/**
 * An article as the API delivers it for this channel ({@code ?channel=}): the messages from {@code msg} up to and
 * including the first that carries a {@code more} button; {@code more} continues after it. On a single-screen channel
 * (USSD) a page is shown a screen at a time ({@code part}). After the last page: react, comments, back, menu.
 */
public final class ArticleScreens {

    /** Room left on a USSD screen for the menu under an article's text. */
    private static final int SINGLE_SCREEN_MENU_ROOM = 60;

    private ArticleScreens() {}

    public static Screen article(Turn turn, long id, int msg, int part) {
        Content item = turn.api()
                .delivery()
                .channelItem(
                        turn.siteSlug(), id, turn.localeCode(), turn.profile().name())
                .body();
        boolean variant =
                item.channel() != null && !item.channel().messagesOrEmpty().isEmpty();
        List<ChannelVariant.Message> messages = variant ? item.channel().messagesOrEmpty() : derived(turn, item);
        int from = Math.min(Math.max(0, msg), messages.size() - 1);
        int to = from;
        while (to < messages.size() - 1 && !hasMore(messages.get(to))) {
            to++;
        }
        int next = to + 1 < messages.size() ? to + 1 : -1;
        Action back = item.parentId() == null ? turn.home() : turn.act(Op.SECTION, item.parentId(), 1);
        Screen.Builder screen = Screen.of(turn.act(Op.ARTICLE, id, from, part)).back(back);
        List<ChannelVariant.Message> page = messages.subList(from, to + 1);
        String prompt = null;
        if (turn.profile().singleScreen()) {
            StringBuilder all = new StringBuilder();
            for (ChannelVariant.Message m : page) {
                if (m.text() != null) {
                    all.append(m.text()).append("\n\n");
                }
            }
            List<String> screens = turn.profile()
                    .fit()
                    .split(all.toString().strip(), turn.profile().textMax() - SINGLE_SCREEN_MENU_ROOM);
            int shown = Math.min(part, screens.size() - 1);
            screen.text(screens.get(shown));
            if (shown + 1 < screens.size()) {
                screen.option(turn.t("nav.more"), turn.act(Op.ARTICLE, id, from, shown + 1));
            } else if (next >= 0) {
                screen.option(turn.t("nav.more"), turn.act(Op.ARTICLE, id, next, 0));
            }
        } else {
            prompt = parts(screen, page, variant);
        }
        for (ChannelVariant.Message m : page) {
            for (Button button : m.buttonsOrEmpty()) {
                Action action = action(turn, button, id, next, back);
                if (action != null && !(turn.profile().singleScreen() && "more".equals(button.action()))) {
                    screen.option(button.title(), action);
                }
            }
        }
        if (next < 0) {
            if (hasReactions(turn, id)) {
                screen.option(turn.t("article.react"), turn.act(Op.REACTIONS, id));
            }
            screen.option(turn.t("article.comments"), turn.act(Op.COMMENTS, id));
            screen.option(turn.t("nav.back"), back);
        }
        screen.option(turn.t("nav.menu"), turn.home());
        // A channel variant's text is in the channel's own format (Telegram HTML): sent as it is, never escaped again.
        return (prompt == null
                        ? screen.prompt(turn.t(next < 0 ? "article.end" : "article.next"))
                        : variant ? screen.promptMarkup(prompt) : screen.prompt(prompt))
                .build();
    }

    /**
     * A page of messages as a screen's parts, in order (an image, then its text); the last message's text is the prompt
     * above its buttons when it has buttons (returned; null otherwise). {@code variant}: the texts are in the
     * channel's own format, sent as they are. {@link dev.beacon.channel.conversation.ChatPreview} builds with it too.
     */
    public static String parts(Screen.Builder screen, List<ChannelVariant.Message> page, boolean variant) {
        String prompt = null;
        for (int i = 0; i < page.size(); i++) {
            ChannelVariant.Message m = page.get(i);
            if (m.image() != null && m.image().url() != null) {
                screen.image(m.image().url(), m.image().alt());
            }
            boolean last = i == page.size() - 1;
            if (last && !m.buttonsOrEmpty().isEmpty()) {
                prompt = m.text();
            } else if (variant) {
                screen.markup(m.text());
            } else {
                screen.text(m.text());
            }
        }
        return prompt;
    }

    /** Whether this message ends a page (its {@code more} button continues after it). */
    public static boolean hasMore(ChannelVariant.Message m) {
        return m.buttonsOrEmpty().stream().anyMatch(b -> "more".equals(b.action()));
    }

    private static Action action(Turn turn, Button button, long id, int next, Action back) {
        if (button.action() == null) {
            return null;
        }
        return switch (button.action()) {
            case "open" -> button.itemId() == null ? null : turn.act(Op.OPEN, button.itemId());
            case "more" -> next < 0 ? null : turn.act(Op.ARTICLE, id, next, 0);
            case "back" -> back;
            case "menu" -> null; // the engine adds its own "Menu" to every article page
            default -> null;
        };
    }

    private static boolean hasReactions(Turn turn, long id) {
        try {
            return !turn.api()
                    .community()
                    .reactions(turn.siteSlug(), id, turn.localeCode())
                    .body()
                    .choicesOrEmpty()
                    .isEmpty();
        } catch (ApiProblemException e) {
            return false; // not-found: the article has no reaction question; feature-off: polls are off
        }
    }

    /**
     * For an api that sends no channel messages (older than per-channel variants): the title and the body's text,
     * split by the channel's own splitter, two messages to a page.
     */
    private static List<ChannelVariant.Message> derived(Turn turn, Content item) {
        StringBuilder text = new StringBuilder(item.title() == null ? "" : item.title());
        for (Block block : item.body() == null ? List.<Block>of() : item.body()) {
            String words = switch (block.type() == null ? "" : block.type()) {
                case "heading", "paragraph", "quote" -> block.text();
                case "list" ->
                    block.items() == null
                            ? null
                            : String.join(
                                    "\n",
                                    block.items().stream()
                                            .map(i -> "- " + i.text())
                                            .toList());
                case "link" -> block.text() == null ? block.url() : block.text() + " (" + block.url() + ")";
                case "image" -> block.alt();
                default -> null;
            };
            if (words != null && !words.isBlank()) {
                text.append("\n\n").append(words.strip());
            }
        }
        int limit = Math.min(turn.profile().textMax(), 1000);
        List<String> parts = turn.profile().fit().split(text.toString(), limit);
        List<ChannelVariant.Message> messages = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            boolean more = i % 2 == 1 && i < parts.size() - 1;
            messages.add(new ChannelVariant.Message(
                    parts.get(i), null, more ? List.of(new Button(turn.t("nav.more"), "more", null)) : List.of()));
        }
        return messages;
    }
}
