package dev.beacon.channel.conversation.screens;

import dev.beacon.channel.conversation.Action;
import dev.beacon.channel.conversation.Op;
import dev.beacon.channel.conversation.Screen;
import dev.beacon.channel.conversation.Turn;
import dev.beacon.channel.kit.model.Content;
import dev.beacon.channel.kit.model.ContentPage;
import dev.beacon.channel.kit.model.ContentSummary;
import dev.beacon.channel.kit.model.SiteLocale;
import dev.beacon.channel.kit.rest.ContentQuery;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/** The site's home menu, a section's listing, search results and the language choice. */
public final class ContentScreens {

    /** The longest search kept: its route must fit a context token. */
    private static final int SEARCH_MAX = 60;

    private ContentScreens() {}

    public static Screen home(Turn turn) {
        var delivery = turn.api().delivery();
        ContentPage featured = delivery.content(
                        turn.siteSlug(), ContentQuery.all().featured(true).page(1, 20), turn.localeCode())
                .body();
        ContentPage sections = delivery.content(
                        turn.siteSlug(),
                        ContentQuery.all().type("section").order("position").page(1, 100),
                        turn.localeCode())
                .body();
        Screen.Builder screen =
                Screen.of(turn.home()).prompt(turn.t("home.prompt", turn.site().name()));
        for (ContentSummary banner : featured.items()) {
            if ("banner".equals(banner.type())) {
                screen.text(banner.title());
            }
        }
        int stories = turn.profile().singleScreen() ? 0 : 2;
        for (ContentSummary item : featured.items()) {
            if (!"banner".equals(item.type()) && stories-- > 0) {
                screen.option(item.title(), turn.t("home.featured"), open(turn, item));
            }
        }
        for (ContentSummary section : sections.items()) {
            if (section.parentId() == null) {
                screen.option(section.title(), section.excerpt(), turn.act(Op.SECTION, section.id(), 1));
            }
        }
        screen.option(turn.t("menu.tips"), turn.act(Op.TIPS));
        screen.option(turn.t("menu.corner"), turn.act(Op.CORNER));
        if (turn.site().locales() != null && turn.site().locales().size() > 1) {
            screen.option(turn.t("menu.language"), turn.act(Op.LANGUAGE));
        }
        return screen.build();
    }

    public static Screen section(Turn turn, long id, int page) {
        var delivery = turn.api().delivery();
        Content section = delivery.item(turn.siteSlug(), id, turn.localeCode()).body();
        if (!"section".equals(section.type())) {
            return open(turn, id);
        }
        int size = turn.profile().pageSize();
        ContentPage children = delivery.content(
                        turn.siteSlug(),
                        ContentQuery.all().section(id).order("position").page(page, size),
                        turn.localeCode())
                .body();
        Action back = section.parentId() == null ? turn.home() : turn.act(Op.SECTION, section.parentId(), 1);
        Screen.Builder screen = Screen.of(turn.act(Op.SECTION, id, page))
                .back(back)
                .prompt(
                        children.items().isEmpty()
                                ? turn.t("section.empty", section.title())
                                : turn.t("section.prompt", section.title(), page, Math.max(1, children.totalPages())));
        for (ContentSummary item : children.items()) {
            screen.option(item.title(), item.excerpt(), open(turn, item));
        }
        if (page < children.totalPages()) {
            screen.option(turn.t("nav.next"), turn.act(Op.SECTION, id, page + 1));
        }
        if (page > 1) {
            screen.option(turn.t("nav.previous"), turn.act(Op.SECTION, id, page - 1));
        }
        screen.option(turn.t("nav.menu"), turn.home());
        return screen.build();
    }

    /** An item by its type: a section's listing, a poll, a survey, a competition, or an article. */
    public static Screen open(Turn turn, long id) {
        Content item = turn.api()
                .delivery()
                .item(turn.siteSlug(), id, turn.localeCode())
                .body();
        return switch (item.type()) {
            case "section" -> section(turn, id, 1);
            case "poll" -> PollScreens.poll(turn, id);
            case "survey" -> SurveyScreens.survey(turn, id);
            case "competition" -> StoryScreens.competition(turn, id);
            default -> ArticleScreens.article(turn, id, 0, 0);
        };
    }

    static Action open(Turn turn, ContentSummary item) {
        return switch (item.type()) {
            case "section" -> turn.act(Op.SECTION, item.id(), 1);
            case "poll" -> turn.act(Op.POLL, item.id());
            case "survey" -> turn.act(Op.SURVEY, item.id());
            case "competition" -> turn.act(Op.STORY, item.id());
            default -> turn.act(Op.ARTICLE, item.id(), 0, 0);
        };
    }

    /** A free-text message that is not a command: the site's search, first page. */
    public static Screen search(Turn turn, String words) {
        String query = turn.profile().fit().cutChars(words.strip(), SEARCH_MAX);
        ContentPage found = turn.api()
                .delivery()
                .content(
                        turn.siteSlug(),
                        ContentQuery.all().search(query).page(1, turn.profile().pageSize()),
                        turn.localeCode())
                .body();
        List<ContentSummary> items =
                found.items().stream().filter(i -> !"banner".equals(i.type())).toList();
        Screen.Builder screen = Screen.of(turn.act(Op.SEARCH, route(query)))
                .prompt(items.isEmpty() ? turn.t("search.none", query) : turn.t("search.found", query));
        for (ContentSummary item : items) {
            screen.option(item.title(), item.excerpt(), open(turn, item));
        }
        screen.option(turn.t("nav.menu"), turn.home());
        screen.option(turn.t("menu.help"), turn.act(Op.HELP));
        return screen.build();
    }

    /** The words of a search, kept in its route (base64url) so a typed number picks from these results. */
    private static String route(String query) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(query.getBytes(StandardCharsets.UTF_8));
    }

    public static String words(String route) {
        try {
            return new String(Base64.getUrlDecoder().decode(route == null ? "" : route), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    public static Screen language(Turn turn) {
        Screen.Builder screen = Screen.of(turn.act(Op.LANGUAGE)).prompt(turn.t("language.prompt"));
        List<SiteLocale> locales = turn.site().locales();
        for (int i = 0; i < locales.size(); i++) {
            SiteLocale locale = locales.get(i);
            screen.option(locale.name() == null ? locale.code() : locale.name(), Action.of(i, Op.HOME));
        }
        return screen.build();
    }

    public static Screen help(Turn turn) {
        return Screen.of(turn.act(Op.HELP))
                .text(turn.t("help.text"))
                .prompt(turn.t("help.prompt"))
                .option(turn.t("nav.menu"), turn.home())
                .option(turn.t("menu.corner"), turn.act(Op.CORNER))
                .build();
    }
}
