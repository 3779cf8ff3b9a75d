package dev.beacon.channel.conversation.screens;

import dev.beacon.channel.conversation.Op;
import dev.beacon.channel.conversation.Screen;
import dev.beacon.channel.conversation.Turn;
import dev.beacon.channel.kit.model.Comment;
import dev.beacon.channel.kit.model.CommentList;
import dev.beacon.channel.kit.model.Tip;
import dev.beacon.channel.kit.model.TipPage;
import dev.beacon.channel.kit.model.TipRequest;

/** Comments on an article (the latest few, writing one) and tips (the latest, sending one). */
public final class TalkScreens {

    private static final int LATEST = 3;

    private TalkScreens() {}

    public static Screen comments(Turn turn, long itemId) {
        CommentList list = turn.api()
                .community()
                .comments(turn.siteSlug(), itemId, 1, LATEST)
                .body();
        Screen.Builder screen = Screen.of(turn.act(Op.COMMENTS, itemId)).back(turn.act(Op.ARTICLE, itemId, 0, 0));
        if (list.itemsOrEmpty().isEmpty()) {
            screen.text(turn.t("comments.none"));
        }
        for (Comment comment : list.itemsOrEmpty()) {
            String author = comment.author() == null ? turn.t("comments.anonymous") : comment.author();
            screen.text(comment.removed() ? turn.t("comments.removed") : author + ": " + comment.text());
        }
        switch (list.state()) {
            case "open" ->
                screen.prompt(turn.t("comments.prompt"))
                        .option(turn.t("comments.write"), turn.act(Op.WRITE_COMMENT, itemId));
            case "closed" -> screen.prompt(turn.t("comments.closed"));
            default -> screen.prompt(turn.t("comments.disabled"));
        }
        return screen.option(turn.t("nav.back"), turn.act(Op.ARTICLE, itemId, 0, 0))
                .option(turn.t("nav.menu"), turn.home())
                .build();
    }

    public static Screen writeComment(Turn turn, long itemId) {
        return Screen.of(turn.act(Op.WRITE_COMMENT, itemId))
                .back(turn.act(Op.COMMENTS, itemId))
                .prompt(turn.t("comments.send"))
                .accepts(Screen.Input.TEXT)
                .option(turn.t("nav.cancel"), turn.act(Op.COMMENTS, itemId))
                .build();
    }

    public static Screen comment(Turn turn, long itemId, String text) {
        turn.api().community().comment(turn.siteSlug(), turn.subject(), itemId, text.strip(), null);
        return comments(turn, itemId).under(turn.t("comments.posted"));
    }

    public static Screen tips(Turn turn) {
        TipPage page = turn.api()
                .participation()
                .tips(turn.siteSlug(), turn.localeCode(), 1, LATEST)
                .body();
        Screen.Builder screen = Screen.of(turn.act(Op.TIPS));
        if (page.items() == null || page.items().isEmpty()) {
            screen.text(turn.t("tips.none"));
        } else {
            for (Tip tip : page.items()) {
                screen.text(tip.displayName() == null ? tip.text() : tip.text() + " (" + tip.displayName() + ")");
            }
        }
        return screen.prompt(turn.t("tips.prompt"))
                .option(turn.t("tips.send"), turn.act(Op.SEND_TIP))
                .option(turn.t("nav.menu"), turn.home())
                .build();
    }

    public static Screen sendTip(Turn turn) {
        return Screen.of(turn.act(Op.SEND_TIP))
                .back(turn.act(Op.TIPS))
                .prompt(turn.t("tips.write"))
                .accepts(Screen.Input.TEXT)
                .option(turn.t("nav.cancel"), turn.act(Op.TIPS))
                .build();
    }

    public static Screen tip(Turn turn, String text) {
        turn.api()
                .participation()
                .submitTip(turn.siteSlug(), turn.subject(), new TipRequest(text.strip(), null, turn.localeCode()));
        return tips(turn).under(turn.t("tips.thanks"));
    }
}
