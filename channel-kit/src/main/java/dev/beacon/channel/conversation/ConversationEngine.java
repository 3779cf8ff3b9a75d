package dev.beacon.channel.conversation;

import dev.beacon.channel.conversation.Commands.Command;
import dev.beacon.channel.conversation.PayloadCodec.PayloadRefused;
import dev.beacon.channel.conversation.screens.ArticleScreens;
import dev.beacon.channel.conversation.screens.ContentScreens;
import dev.beacon.channel.conversation.screens.CornerScreens;
import dev.beacon.channel.conversation.screens.PollScreens;
import dev.beacon.channel.conversation.screens.StoryScreens;
import dev.beacon.channel.conversation.screens.SurveyScreens;
import dev.beacon.channel.conversation.screens.TalkScreens;
import dev.beacon.channel.kit.model.Site;
import dev.beacon.channel.kit.model.SiteLocale;
import dev.beacon.channel.kit.rest.ApiProblemException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.jboss.logging.Logger;

/**
 * The channel-neutral conversation: an adapter turns what the person did into an {@link Inbound}, calls {@link
 * #handle}, and sends the {@link Outbound}'s messages. Stateless: what a screen needs to continue is in the signed
 * payloads, in the context token the adapter hands back, or in the API. Framework-free: construct it with the API
 * façades, a {@link PayloadCodec} and the channels' {@link ChannelProfile}s ({@link ConversationProducer} does so
 * under CDI).
 */
public final class ConversationEngine {

    private static final Logger LOG = Logger.getLogger(ConversationEngine.class);

    /** Operations that write: never re-run as the route a typed number is resolved against. */
    private static final Set<Op> WRITES =
            Set.of(Op.VOTE, Op.VOTE_MANY, Op.REACT, Op.ANSWER, Op.STOP, Op.START, Op.DELETE_CONFIRMED);

    private final Services api;
    private final PayloadCodec codec;
    private final Function<String, ChannelProfile> profiles;

    public ConversationEngine(Services api, PayloadCodec codec, Function<String, ChannelProfile> profiles) {
        this.api = api;
        this.codec = codec;
        this.profiles = profiles;
    }

    public Outbound handle(Inbound in) {
        ChannelProfile profile = profiles.apply(in.channel());
        Site site;
        try {
            site = api.delivery().site(in.site()).body();
        } catch (RuntimeException e) {
            LOG.warnf("site %s unavailable for %s: %s", in.site(), in.channel(), e.toString());
            return new Outbound(List.of(Message.text(Texts.of("en").get("error.unavailable"))), in.context());
        }
        Action shown = verified(in, in.context());
        int menuPage = menuPage(shown);
        Action context = menuPage > 0 ? withoutMenuPage(shown) : shown;
        Action tapped = in.kind() == Inbound.Kind.PAYLOAD ? verified(in, in.payload()) : null;
        int locale = tapped != null ? tapped.locale() : context != null ? context.locale() : hinted(site, in);
        if (site.locales() == null || locale >= site.locales().size()) {
            locale = 0;
        }
        Turn turn = new Turn(in, site, locale, profile, api);
        Screen screen;
        int[] page = {0};
        try {
            screen = answer(turn, in, tapped, context, menuPage, page);
        } catch (ApiProblemException e) {
            screen = refusal(turn, Refusals.explain(turn, e), context, e);
        } catch (RuntimeException e) {
            LOG.warnf("conversation turn failed on %s/%s: %s", in.site(), in.channel(), e.toString());
            screen = refusal(turn, turn.t("error.unavailable"), context, null);
        }
        return render(turn, screen, page[0]);
    }

    /**
     * A tap on an action the adapter names itself (a deep link such as Telegram's {@code /start 13}, a fixed menu
     * entry), signed here in the locale the person is in: the context's, else the platform's hint, else the site's
     * default. Hand the result to {@link #handle}.
     */
    public Inbound tapOn(Inbound in, Op op, Object... args) {
        Site site = api.delivery().site(in.site()).body();
        Action context = verified(in, in.context());
        int locale = context != null ? context.locale() : hinted(site, in);
        if (site.locales() == null || locale >= site.locales().size()) {
            locale = 0;
        }
        String payload = codec.sign(in.site(), in.identity(), Action.of(locale, op, args));
        return new Inbound(
                in.site(),
                in.channel(),
                in.identity(),
                Inbound.Kind.PAYLOAD,
                null,
                payload,
                in.localeHint(),
                in.context());
    }

    private Screen answer(Turn turn, Inbound in, Action tapped, Action context, int menuPage, int[] page) {
        Command command = in.kind() == Inbound.Kind.TEXT ? Commands.of(in.text(), allTexts(turn)) : null;
        boolean starting = command == Command.START || (tapped != null && tapped.op() == Op.START);
        if (!starting && CornerScreens.optedOut(turn)) {
            return Screen.of(turn.act(Op.HELP))
                    .prompt(turn.t("stopped.reminder"))
                    .option(turn.t("stop.start"), turn.act(Op.START))
                    .build();
        }
        if (in.kind() == Inbound.Kind.TEXT && context != null && turn.profile().singleScreen()) {
            // A single-screen menu too long for one screen: 00 shows its next page, 0 (or back) the one before.
            String typed = in.text() == null ? "" : in.text().strip();
            int target = "00".equals(typed)
                    ? menuPage + 1
                    : menuPage > 0 && ("0".equals(typed) || command == Command.BACK) ? menuPage - 1 : -1;
            if (target >= 0) {
                Screen again = route(turn, context);
                if (target < renderer(turn).menuPages(again)) {
                    page[0] = target;
                    return again;
                }
            }
        }
        return switch (in.kind()) {
            case FIRST_CONTACT ->
                withText(
                        ContentScreens.home(turn), turn.t("welcome", turn.site().name()));
            case ATTACHMENT -> withText(ContentScreens.home(turn), turn.t("attachment"));
            case PAYLOAD ->
                tapped == null
                        ? withText(ContentScreens.home(turn), turn.t("error.payload"))
                        : show(turn, tapped, context);
            case TEXT -> typed(turn, in.text() == null ? "" : in.text(), command, context);
        };
    }

    private Screen typed(Turn turn, String text, Command command, Action context) {
        if (command != null) {
            return switch (command) {
                case MENU -> ContentScreens.home(turn);
                case HELP -> ContentScreens.help(turn);
                case STOP -> CornerScreens.stop(turn);
                case START -> CornerScreens.start(turn);
                case LANGUAGE -> ContentScreens.language(turn);
                case BACK -> {
                    Action back = context == null ? null : route(turn, context).back();
                    yield back == null ? ContentScreens.home(turn) : show(turn, back);
                }
            };
        }
        String words = text.strip();
        boolean number = words.matches("\\d{1,2}");
        Screen current = context == null ? null : route(turn, context);
        if (current != null && current.input() == Screen.Input.NUMBER && words.matches("[-\\d\\s.,]{1,20}")) {
            return input(turn, context, words);
        }
        if (number) {
            List<Screen.Option> options = current != null
                    ? current.options()
                    : ContentScreens.home(turn).options();
            int n = Integer.parseInt(words);
            if (n >= 1 && n <= options.size()) {
                Action chosen = options.get(n - 1).action();
                return show(turn.inLocale(chosen.locale()), chosen, context);
            }
            Screen again = current != null ? current : ContentScreens.home(turn);
            return withText(again, turn.t("error.no-such-number", n));
        }
        if (current != null && current.acceptsText() && !words.isEmpty()) {
            return input(turn, context, words);
        }
        if (words.isEmpty()) {
            return ContentScreens.help(turn);
        }
        return ContentScreens.search(turn, words);
    }

    /** The screen a context names, shown again without side effects (a write is never a route). */
    private Screen route(Turn turn, Action context) {
        return WRITES.contains(context.op()) ? ContentScreens.home(turn) : show(turn, context);
    }

    private Screen input(Turn turn, Action context, String text) {
        return switch (context.op()) {
            case POLL -> PollScreens.typed(turn, context.id(0), text);
            case SURVEY -> SurveyScreens.typed(turn, context.id(0), text, partial(context, context.id(0)));
            case WRITE_COMMENT -> TalkScreens.comment(turn, context.id(0), text);
            case SEND_TIP -> TalkScreens.tip(turn, text);
            case WRITE_STORY -> StoryScreens.enter(turn, context.id(0), text);
            case ALIAS -> CornerScreens.setAlias(turn, text);
            case LINK -> CornerScreens.linkWith(turn, text);
            default -> ContentScreens.search(turn, text);
        };
    }

    private Screen show(Turn turn, Action a) {
        return show(turn, a, null);
    }

    /**
     * {@code a} shown; {@code context} (the screen it was chosen on) carries the answers given so far to a survey step
     * of several questions, which an answer on it adds to.
     */
    private Screen show(Turn turn, Action a, Action context) {
        if (a.op() == Op.ANSWER) {
            return SurveyScreens.answer(turn, a.id(0), a.number(1, -1), a.arg(2), partial(context, a.id(0)));
        }
        return switch (a.op()) {
            case HOME -> ContentScreens.home(turn);
            case SEARCH -> ContentScreens.search(turn, ContentScreens.words(a.arg(0)));
            case SECTION -> ContentScreens.section(turn, a.id(0), a.number(1, 1));
            case ARTICLE -> ArticleScreens.article(turn, a.id(0), a.number(1, 0), a.number(2, 0));
            case OPEN -> ContentScreens.open(turn, a.id(0));
            case POLL -> PollScreens.poll(turn, a.id(0), a.arg(1), a.arg(2));
            case VOTE -> PollScreens.vote(turn, a.id(0), a.arg(1));
            case VOTE_MANY -> PollScreens.voteMany(turn, a.id(0), a.arg(1));
            case REACTIONS -> PollScreens.reactions(turn, a.id(0), "done".equals(a.arg(1)));
            case REACT -> PollScreens.react(turn, a.id(0), a.arg(1));
            case SURVEY -> survey(turn, a);
            case ANSWER -> SurveyScreens.answer(turn, a.id(0), a.number(1, -1), a.arg(2));
            case COMMENTS -> TalkScreens.comments(turn, a.id(0));
            case WRITE_COMMENT -> TalkScreens.writeComment(turn, a.id(0));
            case TIPS -> TalkScreens.tips(turn);
            case SEND_TIP -> TalkScreens.sendTip(turn);
            case STORY -> StoryScreens.competition(turn, a.id(0));
            case WRITE_STORY -> StoryScreens.write(turn, a.id(0));
            case LANGUAGE -> ContentScreens.language(turn);
            case CORNER -> CornerScreens.corner(turn);
            case ALIAS -> CornerScreens.askAlias(turn);
            case LINK -> CornerScreens.link(turn, "new".equals(a.arg(0)));
            case EXPORT -> CornerScreens.export(turn);
            case DELETE -> CornerScreens.confirmDelete(turn);
            case DELETE_CONFIRMED -> CornerScreens.delete(turn);
            case STOP -> CornerScreens.stop(turn);
            case START -> CornerScreens.start(turn);
            case HELP -> ContentScreens.help(turn);
        };
    }

    private static Screen survey(Turn turn, Action a) {
        String step = a.arg(1) == null ? "" : a.arg(1);
        if ("go".equals(step)) {
            return SurveyScreens.start(turn, a.id(0));
        }
        if (SurveyScreens.PARTIAL.equals(step)) {
            return SurveyScreens.survey(turn, a.id(0), a.arg(2));
        }
        if (SurveyScreens.PICKS.equals(step)) {
            return SurveyScreens.survey(turn, a.id(0), a.arg(3), a.arg(2));
        }
        if (SurveyScreens.DONE.equals(step)) {
            return SurveyScreens.thanks(turn, a.id(0), a.arg(2) == null ? null : Long.parseLong(a.arg(2)));
        }
        return SurveyScreens.survey(turn, a.id(0));
    }

    /**
     * A refusal keeps the person where they were: the screen they acted on is shown again under the explanation (a
     * refused comment can be sent again as it is), so its options are the ones a typed number resolves against.
     */
    private Screen refusal(Turn turn, String text, Action context, ApiProblemException e) {
        Screen where = null;
        if (context != null && !WRITES.contains(context.op())) {
            try {
                where = show(turn, context);
            } catch (RuntimeException again) {
                where = null;
            }
        }
        if (where == null) {
            where = Screen.of(turn.home())
                    .option(turn.t("nav.menu"), turn.home())
                    .build();
        }
        Screen screen = withText(where, text);
        if (e != null && "alias-required".equals(e.kind())) {
            List<Screen.Option> options = new ArrayList<>(screen.options());
            options.add(new Screen.Option(turn.t("corner.set-alias"), null, turn.act(Op.ALIAS)));
            screen = screen.withOptions(options);
        }
        return screen;
    }

    private Outbound render(Turn turn, Screen screen, int menuPage) {
        String site = turn.siteSlug();
        String who = turn.subject();
        Renderer renderer = renderer(turn);
        List<Message> messages =
                renderer.render(screen, action -> codec.sign(site, who, action), turn.t("choose"), menuPage);
        int page = Math.min(menuPage, renderer.menuPages(screen) - 1);
        Action route = screen.route() == null || page <= 0 ? screen.route() : withMenuPage(screen.route(), page);
        String context = route == null ? null : codec.signContext(site, who, route);
        return new Outbound(messages, context);
    }

    private static Renderer renderer(Turn turn) {
        return new Renderer(turn.profile(), turn.t("nav.more"), turn.t("nav.back"));
    }

    /** The answers given so far to a step of survey {@code id}, when {@code context} is that step's screen. */
    private static String partial(Action context, long id) {
        if (context == null || context.op() != Op.SURVEY || !Long.toString(id).equals(context.arg(0))) {
            return null;
        }
        if (SurveyScreens.PICKS.equals(context.arg(1))) {
            return context.arg(3);
        }
        return SurveyScreens.PARTIAL.equals(context.arg(1)) ? context.arg(2) : null;
    }

    /** The page of a paged single-screen menu a context names: its last argument {@code ~p<n>}; 0 without one. */
    private static int menuPage(Action context) {
        String last = context == null || context.args().isEmpty()
                ? null
                : context.args().get(context.args().size() - 1);
        return last != null && last.matches("~p[1-9][0-9]?") ? Integer.parseInt(last.substring(2)) : 0;
    }

    private static Action withoutMenuPage(Action context) {
        return new Action(
                context.locale(),
                context.op(),
                context.args().subList(0, context.args().size() - 1));
    }

    private static Action withMenuPage(Action route, int page) {
        List<String> args = new ArrayList<>(route.args());
        args.add("~p" + page);
        return new Action(route.locale(), route.op(), args);
    }

    private Action verified(Inbound in, String token) {
        if (token == null || token.isBlank()) {
            return null;
        }
        try {
            return codec.verify(in.site(), in.identity(), token.strip());
        } catch (PayloadRefused e) {
            LOG.debugf("payload refused on %s for %s: %s", in.site(), in.channel(), e.getMessage());
            return null;
        }
    }

    private static int hinted(Site site, Inbound in) {
        List<SiteLocale> locales = site.locales() == null ? List.of() : site.locales();
        String hint = in.localeHint() == null ? null : in.localeHint().replace('_', '-');
        for (String wanted : new String[] {hint, hint == null ? null : hint.split("-")[0], site.defaultLocale()}) {
            for (int i = 0; wanted != null && i < locales.size(); i++) {
                if (locales.get(i).code().equalsIgnoreCase(wanted)) {
                    return i;
                }
            }
        }
        return 0;
    }

    private static List<Texts> allTexts(Turn turn) {
        Set<String> codes = new LinkedHashSet<>();
        codes.add(turn.localeCode());
        if (turn.site().locales() != null) {
            turn.site().locales().forEach(l -> codes.add(l.code()));
        }
        codes.add("en");
        List<Texts> all = new ArrayList<>();
        codes.forEach(code -> all.add(Texts.of(code)));
        return all;
    }

    private static Screen withText(Screen screen, String text) {
        return screen.under(text);
    }
}
