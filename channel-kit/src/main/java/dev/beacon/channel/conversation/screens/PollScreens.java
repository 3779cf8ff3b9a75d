package dev.beacon.channel.conversation.screens;

import dev.beacon.channel.conversation.Op;
import dev.beacon.channel.conversation.Screen;
import dev.beacon.channel.conversation.Turn;
import dev.beacon.channel.kit.model.MyPoll;
import dev.beacon.channel.kit.model.Poll;
import dev.beacon.channel.kit.model.PollResults;
import dev.beacon.channel.kit.model.Reacted;
import dev.beacon.channel.kit.model.Reactions;
import dev.beacon.channel.kit.model.VoteRequest;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A poll (question, choice buttons in the person's own order, the vote, the results as the site shows them; number
 * and text polls take typed input) and an article's reaction question. Multiple-choice polls take one choice per
 * vote on chat channels.
 */
public final class PollScreens {

    private PollScreens() {}

    public static Screen poll(Turn turn, long id) {
        Poll poll = turn.api()
                .community()
                .poll(turn.siteSlug(), id, turn.localeCode())
                .body();
        MyPoll mine = turn.api().community().myPoll(turn.siteSlug(), turn.subject(), id, turn.localeCode());
        Screen.Builder screen = Screen.of(turn.act(Op.POLL, id)).text(poll.question());
        if (mine.voted() || !poll.isOpen()) {
            screen.text(mine.voted() ? turn.t("poll.voted") : turn.t("poll.closed"));
            if (mine.resultsShown() && mine.results() != null) {
                screen.text(results(turn, mine.results()));
            }
            return screen.prompt(turn.t("poll.after"))
                    .option(turn.t("nav.menu"), turn.home())
                    .build();
        }
        switch (poll.kind()) {
            case "number" -> screen.prompt(turn.t("poll.number")).accepts(Screen.Input.NUMBER);
            case "text" -> screen.prompt(turn.t("poll.text")).accepts(Screen.Input.TEXT);
            default -> {
                Map<String, String> labels =
                        poll.choicesOrEmpty().stream().collect(Collectors.toMap(Poll.Choice::key, Poll.Choice::label));
                List<String> order = mine.order() == null || mine.order().isEmpty()
                        ? poll.choicesOrEmpty().stream().map(Poll.Choice::key).toList()
                        : mine.order();
                screen.prompt(turn.t("poll.choose"));
                for (String key : order) {
                    screen.option(labels.getOrDefault(key, key), turn.act(Op.VOTE, id, key));
                }
            }
        }
        return screen.option(turn.t("nav.menu"), turn.home()).build();
    }

    public static Screen vote(Turn turn, long id, String key) {
        return voted(turn, id, VoteRequest.ofChoices(List.of(key)));
    }

    /** Typed input on a number or text poll. */
    public static Screen typed(Turn turn, long id, String text) {
        Poll poll = turn.api()
                .community()
                .poll(turn.siteSlug(), id, turn.localeCode())
                .body();
        if ("number".equals(poll.kind())) {
            BigDecimal number = Numbers.parse(text);
            if (number == null) {
                return Screen.of(turn.act(Op.POLL, id))
                        .prompt(turn.t("poll.not-a-number"))
                        .accepts(Screen.Input.NUMBER)
                        .option(turn.t("nav.menu"), turn.home())
                        .build();
            }
            return voted(turn, id, VoteRequest.ofNumber(number));
        }
        if ("text".equals(poll.kind())) {
            return voted(turn, id, VoteRequest.ofText(text.strip()));
        }
        return poll(turn, id);
    }

    /** The vote, then the poll as it now stands for the person (voted, results): the same screen its route shows. */
    private static Screen voted(Turn turn, long id, VoteRequest request) {
        turn.api().community().vote(turn.siteSlug(), turn.subject(), id, turn.localeCode(), request);
        return poll(turn, id).under(turn.t("poll.thanks"));
    }

    /** Results as the site shows them: percentages or counts per choice, or the number of answers. */
    static String results(Turn turn, PollResults results) {
        if (results.choicesOrEmpty().isEmpty()) {
            String text = turn.t("poll.answers", results.total());
            if (results.numbers() != null && results.numbers().mean() != null) {
                text += "\n" + turn.t("poll.mean", results.numbers().mean());
            }
            return text;
        }
        Function<PollResults.ChoiceResult, String> value = "percentages".equals(results.resultsAs())
                ? c -> turn.t("poll.percent", c.percentage() == null ? 0 : Math.round(c.percentage()))
                : c -> String.valueOf(c.count() == null ? 0 : c.count());
        StringBuilder text = new StringBuilder(turn.t("poll.results", results.total()));
        for (PollResults.ChoiceResult choice : results.choicesOrEmpty()) {
            text.append('\n').append(choice.label()).append(": ").append(value.apply(choice));
        }
        return text.toString();
    }

    public static Screen reactions(Turn turn, long itemId, boolean done) {
        if (done) {
            return reacted(turn, itemId, turn.t("reaction.thanks"));
        }
        Reactions reactions = turn.api()
                .community()
                .reactions(turn.siteSlug(), itemId, turn.localeCode())
                .body();
        Screen.Builder screen = Screen.of(turn.act(Op.REACTIONS, itemId))
                .back(turn.act(Op.ARTICLE, itemId, 0, 0))
                .prompt(reactions.question());
        for (Reactions.Choice choice : reactions.choicesOrEmpty()) {
            // An emoji would switch an SMS or USSD screen to UCS-2 and halve its room: words only there.
            String label = choice.emoji() == null || turn.profile().numberedMenusOnly()
                    ? choice.label()
                    : choice.emoji() + " " + choice.label();
            screen.option(label, turn.act(Op.REACT, itemId, choice.key()));
        }
        return screen.option(turn.t("nav.menu"), turn.home()).build();
    }

    public static Screen react(Turn turn, long itemId, String key) {
        Reacted reacted = turn.api().community().react(turn.siteSlug(), turn.subject(), itemId, turn.localeCode(), key);
        return reacted(turn, itemId, reacted.thankYou() == null ? turn.t("reaction.thanks") : reacted.thankYou());
    }

    private static Screen reacted(Turn turn, long itemId, String thanks) {
        return Screen.of(turn.act(Op.REACTIONS, itemId, "done"))
                .back(turn.act(Op.ARTICLE, itemId, 0, 0))
                .prompt(thanks)
                .option(turn.t("article.comments"), turn.act(Op.COMMENTS, itemId))
                .option(turn.t("nav.menu"), turn.home())
                .build();
    }
}
