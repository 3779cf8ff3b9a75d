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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A poll (question, choice buttons in the person's own order, the vote, the results as the site shows them; number
 * and text polls take typed input) and an article's reaction question. A multiple-choice poll is picked choice by
 * choice, then sent with Done: the picks so far travel in the route and the buttons as a bit mask of the choices'
 * positions in the poll (base 36), so nothing is stored, and Done is refused with a reason outside the poll's
 * minimum and maximum.
 */
public final class PollScreens {

    private PollScreens() {}

    /** The route argument of a multiple-choice screen whose last tap would have gone over the maximum. */
    static final String FULL = "full";

    public static Screen poll(Turn turn, long id) {
        return poll(turn, id, null, null);
    }

    /**
     * The poll; for a multiple-choice poll, with the choices {@code picked} so far (a mask, or null) and {@code note}
     * {@link #FULL} when the last tap would have picked more than the poll allows.
     */
    public static Screen poll(Turn turn, long id, String picked, String note) {
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
            case "multiple" -> {
                return many(turn, poll, mine, mask(picked), FULL.equals(note)).build();
            }
            case "number" -> screen.prompt(turn.t("poll.number")).accepts(Screen.Input.NUMBER);
            case "text" -> screen.prompt(turn.t("poll.text")).accepts(Screen.Input.TEXT);
            default -> {
                Map<String, String> labels =
                        poll.choicesOrEmpty().stream().collect(Collectors.toMap(Poll.Choice::key, Poll.Choice::label));
                screen.prompt(turn.t("poll.choose"));
                for (String key : order(poll, mine)) {
                    screen.option(labels.getOrDefault(key, key), turn.act(Op.VOTE, id, key));
                }
            }
        }
        return screen.option(turn.t("nav.menu"), turn.home()).build();
    }

    /** A multiple-choice poll's choices, each tap adding or removing one pick, then Done. */
    private static Screen.Builder many(Turn turn, Poll poll, MyPoll mine, long mask, boolean full) {
        long id = poll.id();
        List<Poll.Choice> choices = poll.choicesOrEmpty();
        int max = poll.maxChoices() == null ? choices.size() : poll.maxChoices();
        // What changed first, then the picks, then the question: a USSD screen keeps the start of its text.
        Screen.Builder screen = Screen.of(turn.act(Op.POLL, id, Long.toString(mask, 36)));
        if (full) {
            screen.text(turn.t("poll.too-many", max));
        }
        List<String> picks = new ArrayList<>();
        for (int i = 0; i < choices.size(); i++) {
            if ((mask & (1L << i)) != 0) {
                picks.add(choices.get(i).label());
            }
        }
        if (!picks.isEmpty()) {
            screen.text(turn.t("poll.picked", String.join(", ", picks)));
        }
        screen.text(poll.question());
        screen.prompt(range(turn, poll.minChoices(), poll.maxChoices()));
        String mark = turn.profile().numberedMenusOnly() ? "* " : "\u2713 ";
        for (String key : order(poll, mine)) {
            int i = indexOf(choices, key);
            if (i < 0 || i >= 63) {
                continue;
            }
            boolean on = (mask & (1L << i)) != 0;
            long toggled = mask ^ (1L << i);
            boolean over = !on && Long.bitCount(toggled) > max;
            screen.option(
                    (on ? mark : "") + choices.get(i).label(),
                    over
                            ? turn.act(Op.POLL, id, Long.toString(mask, 36), FULL)
                            : turn.act(Op.POLL, id, Long.toString(toggled, 36)));
        }
        return screen.option(turn.t("poll.done"), turn.act(Op.VOTE_MANY, id, Long.toString(mask, 36)))
                .option(turn.t("nav.menu"), turn.home());
    }

    private static String range(Turn turn, Integer min, Integer max) {
        if (min != null && max != null) {
            return min.equals(max) ? turn.t("poll.pick-exactly", min) : turn.t("poll.pick-range", min, max);
        }
        if (min != null) {
            return turn.t("poll.pick-min", min);
        }
        return max != null ? turn.t("poll.pick-max", max) : turn.t("poll.pick-any");
    }

    private static List<String> order(Poll poll, MyPoll mine) {
        return mine.order() == null || mine.order().isEmpty()
                ? poll.choicesOrEmpty().stream().map(Poll.Choice::key).toList()
                : mine.order();
    }

    private static int indexOf(List<Poll.Choice> choices, String key) {
        for (int i = 0; i < choices.size(); i++) {
            if (choices.get(i).key().equals(key)) {
                return i;
            }
        }
        return -1;
    }

    private static long mask(String picked) {
        try {
            return picked == null ? 0 : Long.parseLong(picked, 36);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** Done on a multiple-choice poll: the picks are sent when there are as many as the poll asks, else explained. */
    public static Screen voteMany(Turn turn, long id, String picked) {
        Poll poll = turn.api()
                .community()
                .poll(turn.siteSlug(), id, turn.localeCode())
                .body();
        long mask = mask(picked);
        List<Poll.Choice> choices = poll.choicesOrEmpty();
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < choices.size() && i < 63; i++) {
            if ((mask & (1L << i)) != 0) {
                keys.add(choices.get(i).key());
            }
        }
        int min = poll.minChoices() == null ? 1 : poll.minChoices();
        if (keys.size() < min && poll.isOpen()) {
            return poll(turn, id, picked, null).under(turn.t("poll.too-few", min));
        }
        return voted(turn, id, VoteRequest.ofChoices(keys));
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
