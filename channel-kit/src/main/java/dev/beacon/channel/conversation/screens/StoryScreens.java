package dev.beacon.channel.conversation.screens;

import dev.beacon.channel.conversation.Op;
import dev.beacon.channel.conversation.Screen;
import dev.beacon.channel.conversation.Turn;
import dev.beacon.channel.kit.model.Competition;
import dev.beacon.channel.kit.model.Content;
import dev.beacon.channel.kit.model.StoryEntryRequest;

/** A story competition: the call, its terms, and an entry sent as one message (sending it accepts the terms). */
public final class StoryScreens {

    private static final int TITLE_MAX = 60;

    private StoryScreens() {}

    public static Screen competition(Turn turn, long id) {
        Competition competition = turn.api()
                .participation()
                .competition(turn.siteSlug(), id, turn.localeCode())
                .body();
        Content call = turn.api()
                .delivery()
                .item(turn.siteSlug(), id, turn.localeCode())
                .body();
        Screen.Builder screen =
                Screen.of(turn.act(Op.STORY, id)).text(competition.title()).text(call.excerpt());
        if (!competition.open()) {
            return screen.prompt(turn.t("story.closed"))
                    .option(turn.t("nav.menu"), turn.home())
                    .build();
        }
        return screen.prompt(turn.t("story.prompt"))
                .option(turn.t("story.write"), turn.act(Op.WRITE_STORY, id))
                .option(turn.t("nav.menu"), turn.home())
                .build();
    }

    public static Screen write(Turn turn, long id) {
        Competition competition = turn.api()
                .participation()
                .competition(turn.siteSlug(), id, turn.localeCode())
                .body();
        String terms = competition.terms() == null
                ? ""
                : turn.t(
                        "story.terms",
                        competition.terms().document(),
                        competition.terms().version());
        return Screen.of(turn.act(Op.WRITE_STORY, id))
                .back(turn.act(Op.STORY, id))
                .text(terms)
                .prompt(turn.t("story.send", competition.maxTextLength()))
                .accepts(Screen.Input.TEXT)
                .option(turn.t("nav.cancel"), turn.act(Op.STORY, id))
                .build();
    }

    /** The entry: its first line (shortened) is the title; sending it is accepting the terms just shown. */
    public static Screen enter(Turn turn, long id, String text) {
        String story = text.strip();
        String firstLine = story.lines().findFirst().orElse(story).strip();
        String title = turn.profile().fit().cutChars(firstLine, TITLE_MAX);
        turn.api()
                .participation()
                .enter(turn.siteSlug(), id, turn.subject(), new StoryEntryRequest(title, story, null, null, true));
        return competition(turn, id).under(turn.t("story.thanks"));
    }
}
