package dev.beacon.channel.conversation.screens;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.beacon.channel.conversation.Op;
import dev.beacon.channel.conversation.Screen;
import dev.beacon.channel.conversation.Turn;
import dev.beacon.channel.kit.model.ConsentRequest;
import dev.beacon.channel.kit.model.LinkCode;
import dev.beacon.channel.kit.model.Profile;
import dev.beacon.channel.kit.model.ProfileUpdate;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.Map;

/**
 * The person's own corner: their name (alias), whether Beacon may message them (the {@value #CONTACT} consent),
 * linking another channel with a one-time code, what Beacon holds about them, and deleting it all.
 */
public final class CornerScreens {

    /** The consent document a chat channel records for "you may message me": accepted on start, withdrawn on stop. */
    public static final String CONTACT = "contact";

    public static final String CONTACT_VERSION = "1";

    private static final ObjectMapper JSON = new ObjectMapper();

    private CornerScreens() {}

    public static Screen corner(Turn turn) {
        Profile me = turn.api().people().me(turn.siteSlug(), turn.subject());
        Screen.Builder screen = Screen.of(turn.act(Op.CORNER))
                .text(me.alias() == null ? turn.t("corner.no-alias") : turn.t("corner.alias", me.alias()))
                .text(turn.t(
                        "corner.channels",
                        me.identities() == null ? 1 : me.identities().size()))
                .prompt(turn.t("corner.prompt"))
                .option(turn.t("corner.set-alias"), turn.act(Op.ALIAS))
                .option(turn.t("corner.link"), turn.act(Op.LINK))
                .option(turn.t("corner.export"), turn.act(Op.EXPORT))
                .option(turn.t("corner.stop"), turn.act(Op.STOP))
                .option(turn.t("corner.delete"), turn.act(Op.DELETE));
        return screen.option(turn.t("nav.menu"), turn.home()).build();
    }

    public static Screen askAlias(Turn turn) {
        return Screen.of(turn.act(Op.ALIAS))
                .back(turn.act(Op.CORNER))
                .prompt(turn.t("corner.alias-prompt"))
                .accepts(Screen.Input.TEXT)
                .option(turn.t("nav.cancel"), turn.act(Op.CORNER))
                .build();
    }

    /** A full replacement of the profile (the API's PUT): every other field is sent back as it was. */
    public static Screen setAlias(Turn turn, String alias) {
        var people = turn.api().people();
        Profile me = people.me(turn.siteSlug(), turn.subject());
        people.update(
                turn.siteSlug(),
                turn.subject(),
                new ProfileUpdate(alias.strip(), me.avatar(), me.dateOfBirth(), me.gender(), me.location()));
        return corner(turn).under(turn.t("corner.alias-set", alias.strip()));
    }

    /** Link: type the code shown on the other channel here, or get a code to type there. */
    public static Screen link(Turn turn, boolean newCode) {
        Screen.Builder screen = Screen.of(turn.act(Op.LINK)).back(turn.act(Op.CORNER));
        if (newCode) {
            LinkCode code = turn.api().people().linkCode(turn.siteSlug(), turn.subject());
            long minutes = Math.max(
                    1, Duration.between(Instant.now(), code.expiresAt()).toMinutes());
            screen.text(turn.t("link.code", code.code(), minutes));
        }
        return screen.prompt(turn.t("link.prompt"))
                .accepts(Screen.Input.CODE)
                .option(turn.t("link.get-code"), turn.act(Op.LINK, "new"))
                .option(turn.t("menu.corner"), turn.act(Op.CORNER))
                .build();
    }

    public static Screen linkWith(Turn turn, String code) {
        String digits = code.replaceAll("\\s", "");
        turn.api().people().link(turn.siteSlug(), turn.subject(), digits);
        return corner(turn).under(turn.t("link.done"));
    }

    /** What Beacon holds, summed up from the API's export: a chat cannot hand over a file. */
    public static Screen export(Turn turn) {
        String raw = turn.api().people().export(turn.siteSlug(), turn.subject());
        Screen.Builder screen = Screen.of(turn.act(Op.EXPORT)).back(turn.act(Op.CORNER));
        try {
            JsonNode data = JSON.readTree(raw);
            JsonNode profile = data.path("profile");
            screen.text(turn.t(
                    "export.profile",
                    profile.path("alias").asText("-"),
                    data.path("identities").size() + profile.path("identities").size(),
                    data.path("consents").size()));
            StringBuilder activity = new StringBuilder();
            for (Iterator<Map.Entry<String, JsonNode>> it =
                            data.path("activity").fields();
                    it.hasNext(); ) {
                Map.Entry<String, JsonNode> part = it.next();
                int count = part.getValue().isArray()
                        ? part.getValue().size()
                        : part.getValue().size();
                activity.append(part.getKey()).append(": ").append(count).append('\n');
            }
            screen.text(
                    activity.length() == 0
                            ? turn.t("export.nothing")
                            : activity.toString().strip());
        } catch (java.io.IOException e) {
            screen.text(turn.t("export.unreadable"));
        }
        return screen.prompt(turn.t("export.prompt"))
                .option(turn.t("menu.corner"), turn.act(Op.CORNER))
                .option(turn.t("nav.menu"), turn.home())
                .build();
    }

    public static Screen confirmDelete(Turn turn) {
        return Screen.of(turn.act(Op.DELETE))
                .back(turn.act(Op.CORNER))
                .prompt(turn.t("delete.confirm"))
                .option(turn.t("delete.yes"), turn.act(Op.DELETE_CONFIRMED))
                .option(turn.t("delete.no"), turn.act(Op.CORNER))
                .build();
    }

    /** Erases the person; the answer has no options and no context: nothing of them is left to continue from. */
    public static Screen delete(Turn turn) {
        turn.api().people().erase(turn.siteSlug(), turn.subject());
        return Screen.of(null).prompt(turn.t("delete.done")).build();
    }

    public static Screen stop(Turn turn) {
        turn.api()
                .people()
                .consent(turn.siteSlug(), turn.subject(), new ConsentRequest(CONTACT, CONTACT_VERSION, true));
        return Screen.of(turn.act(Op.HELP))
                .prompt(turn.t("stop.done"))
                .option(turn.t("stop.start"), turn.act(Op.START))
                .build();
    }

    public static Screen start(Turn turn) {
        turn.api().people().consent(turn.siteSlug(), turn.subject(), new ConsentRequest(CONTACT, CONTACT_VERSION));
        return ContentScreens.home(turn).under(turn.t("start.done"));
    }

    /** Whether the person withdrew the {@value #CONTACT} consent (and has not given it again since). */
    public static boolean optedOut(Turn turn) {
        return turn.api().people().withdrew(turn.siteSlug(), turn.subject(), CONTACT);
    }
}
