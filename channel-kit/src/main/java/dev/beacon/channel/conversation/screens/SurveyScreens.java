package dev.beacon.channel.conversation.screens;

import dev.beacon.channel.conversation.Action;
import dev.beacon.channel.conversation.Op;
import dev.beacon.channel.conversation.Screen;
import dev.beacon.channel.conversation.Turn;
import dev.beacon.channel.kit.model.Block;
import dev.beacon.channel.kit.model.MySurvey;
import dev.beacon.channel.kit.model.Survey;
import dev.beacon.channel.kit.model.SurveyAnswers;
import dev.beacon.channel.kit.model.SurveyQuestion;
import dev.beacon.channel.kit.model.SurveyStep;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A survey one question at a time. The API keeps the half-answered submission and walks the skip logic, so the
 * screen only asks what the API says is next: the person can stop, come back days later, or go on from another
 * linked channel. A payload names the question by its position in the survey, so an old button for a question
 * already answered is recognised and the current question is asked again instead.
 */
public final class SurveyScreens {

    /** The route argument of a survey's end. */
    public static final String DONE = "done";

    /** The route argument before the answers given so far to a step of several questions. */
    public static final String PARTIAL = "p";

    /** The payload argument of a skipped (not required) question. */
    static final String SKIP = "~";

    /** A choice named by its position, when its key would make the payload too long for Telegram (64 bytes). */
    static final String BY_INDEX = "_";

    /**
     * Before the picks (a base-36 mask of choice positions) of a multiple-choice question: a tap that adds or removes a
     * pick shows the question again with the picks, nothing stored; {@link #PICKED} sends them.
     */
    static final String PICKING = "~a";

    /**
     * The route argument of a multiple-choice question with picks: then the picks, then the step's answers so far (if
     * any), so a typed number on a numbered menu resolves against the screen as it was shown.
     */
    public static final String PICKS = "m";

    /** Before the picks sent by Done on a multiple-choice question. */
    static final String PICKED = "~d";

    /** A multiple-choice question offers at most this many choices (the picks are a {@code long} mask). */
    private static final int MASK_BITS = 63;

    private static final int KEY_IN_PAYLOAD_MAX = 30;

    private SurveyScreens() {}

    private static String ref(List<SurveyQuestion.Choice> choices, int i) {
        String key = choices.get(i).key();
        return key.length() <= KEY_IN_PAYLOAD_MAX ? key : BY_INDEX + i;
    }

    /** The question to answer now, or the survey's introduction with a start button. */
    public static Screen survey(Turn turn, long id) {
        var api = turn.api().participation();
        MySurvey mine = api.mySurvey(turn.siteSlug(), id, turn.localeCode(), turn.subject());
        Survey survey = api.survey(turn.siteSlug(), id, turn.localeCode()).body();
        if (mine.inProgress()) {
            return question(turn, survey, mine.current(), turn.t("survey.resumed"));
        }
        Screen.Builder screen = Screen.of(turn.act(Op.SURVEY, id)).text(survey.title());
        for (Block block : survey.intro() == null ? List.<Block>of() : survey.intro()) {
            screen.text(block.text());
        }
        if ("completed".equals(mine.state()) && "single".equals(survey.submissions())) {
            return screen.prompt(turn.t("survey.done"))
                    .option(turn.t("nav.menu"), turn.home())
                    .build();
        }
        return screen.prompt(turn.t("completed".equals(mine.state()) ? "survey.again" : "survey.start-prompt"))
                .option(turn.t("survey.start"), turn.act(Op.SURVEY, id, "go"))
                .option(turn.t("nav.menu"), turn.home())
                .build();
    }

    /** The question due in a step of several, after the {@code partial} answers to its earlier questions. */
    public static Screen survey(Turn turn, long id, String partial) {
        var api = turn.api().participation();
        MySurvey mine = api.mySurvey(turn.siteSlug(), id, turn.localeCode(), turn.subject());
        if (!mine.inProgress()) {
            return survey(turn, id);
        }
        Survey survey = api.survey(turn.siteSlug(), id, turn.localeCode()).body();
        return question(
                turn,
                survey,
                mine.current(),
                StepAnswers.decode(partial, mine.current().asked().size()),
                null);
    }

    /** The multiple-choice question due with the choices {@code picks} picked, after the {@code partial} answers. */
    public static Screen survey(Turn turn, long id, String partial, String picks) {
        var api = turn.api().participation();
        MySurvey mine = api.mySurvey(turn.siteSlug(), id, turn.localeCode(), turn.subject());
        if (!mine.inProgress()) {
            return survey(turn, id);
        }
        Survey survey = api.survey(turn.siteSlug(), id, turn.localeCode()).body();
        List<String> given = StepAnswers.decode(partial, mine.current().asked().size());
        return question(turn, survey, mine.current(), given, null, picks == null ? 0 : mask(picks));
    }

    /** Starts the survey, or resumes the unfinished submission. */
    public static Screen start(Turn turn, long id) {
        var api = turn.api().participation();
        SurveyStep step = api.startSurvey(turn.siteSlug(), id, turn.localeCode(), turn.subject());
        Survey survey = api.survey(turn.siteSlug(), id, turn.localeCode()).body();
        return next(turn, survey, step);
    }

    /** A tapped answer: {@code ref} is a choice key, {@code yes}/{@code no}, or {@link #SKIP}. */
    public static Screen answer(Turn turn, long id, int position, String ref) {
        return answer(turn, id, position, ref, null);
    }

    /**
     * A tapped answer to a question of a step of several: {@code partial} holds the answers given to the step's earlier
     * questions (from the context of the screen the button was on; null when there are none).
     */
    public static Screen answer(Turn turn, long id, int position, String ref, String partial) {
        var api = turn.api().participation();
        Survey survey = api.survey(turn.siteSlug(), id, turn.localeCode()).body();
        MySurvey mine = api.mySurvey(turn.siteSlug(), id, turn.localeCode(), turn.subject());
        List<SurveyQuestion> questions = survey.questions() == null ? List.of() : survey.questions();
        if (!mine.inProgress() || position < 0 || position >= questions.size()) {
            return survey(turn, id);
        }
        SurveyQuestion question = questions.get(position);
        List<String> given = StepAnswers.decode(partial, mine.current().asked().size());
        List<SurveyQuestion> asked = mine.current().asked();
        if (given.size() >= asked.size() || !asked.get(given.size()).key().equals(question.key())) {
            // An old button (a question already answered, or of a step the survey has moved past): ask what is due.
            return question(turn, survey, mine.current(), given, turn.t("survey.moved-on"));
        }
        if ("multiChoice".equals(question.type()) && ref != null && !SKIP.equals(ref)) {
            return picks(turn, survey, mine.current(), given, question, ref);
        }
        if (ref != null && ref.startsWith(BY_INDEX)) {
            int index = Integer.parseInt(ref.substring(BY_INDEX.length()));
            ref = index < question.options().size()
                    ? question.options().get(index).key()
                    : SKIP;
        }
        return given(turn, survey, mine.current(), given, SKIP.equals(ref) ? StepAnswers.SKIPPED : ref);
    }

    /**
     * A tap on a multiple-choice question: {@link #PICKING} with the picks after the tap shows the question again with
     * them; {@link #PICKED} (Done) gives them as the answer, or asks again for at least one when the question is
     * required and nothing is picked.
     */
    private static Screen picks(
            Turn turn, Survey survey, SurveyStep step, List<String> given, SurveyQuestion question, String ref) {
        long mask = mask(ref.substring(PICKING.length()));
        if (ref.startsWith(PICKING)) {
            return question(turn, survey, step, given, null, mask);
        }
        if (!ref.startsWith(PICKED)) {
            return question(turn, survey, step, given, turn.t("survey.moved-on"));
        }
        if (mask == 0 && question.required()) {
            return question(turn, survey, step, given, turn.t("poll.too-few", 1), 0);
        }
        return given(turn, survey, step, given, mask == 0 ? StepAnswers.SKIPPED : PICKED + Long.toString(mask, 36));
    }

    /** The picks a payload names; none when unreadable (a forged payload cannot pass the signature anyway). */
    private static long mask(String base36) {
        try {
            long mask = Long.parseLong(base36, 36);
            return mask < 0 ? 0 : mask;
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** The keys of the choices a multiple-choice answer picked, in the question's order. */
    private static List<String> picked(SurveyQuestion question, String value) {
        if (!value.startsWith(PICKED)) {
            return List.of(value);
        }
        long mask = mask(value.substring(PICKED.length()));
        List<SurveyQuestion.Choice> choices = question.options();
        List<String> keys = new java.util.ArrayList<>();
        for (int i = 0; i < Math.min(choices.size(), MASK_BITS); i++) {
            if ((mask & (1L << i)) != 0) {
                keys.add(choices.get(i).key());
            }
        }
        return keys;
    }

    /**
     * One more answer to the step: the next question of the step (the answers so far carried in its route), or, after
     * its last question, the whole step sent to the API as it expects it (one request, every answer by key).
     */
    private static Screen given(Turn turn, Survey survey, SurveyStep step, List<String> given, String value) {
        List<String> all = new java.util.ArrayList<>(given);
        all.add(value);
        List<SurveyQuestion> asked = step.asked();
        if (all.size() < asked.size()) {
            if (StepAnswers.encode(all).length() > StepAnswers.MAX_ENCODED) {
                return question(turn, survey, step, given, turn.t("survey.shorter"));
            }
            return question(turn, survey, step, all, null);
        }
        Map<String, Object> answers = new HashMap<>();
        for (int i = 0; i < asked.size(); i++) {
            SurveyQuestion q = asked.get(i);
            String v = all.get(i);
            if (StepAnswers.SKIPPED.equals(v)) {
                continue;
            }
            answers.put(
                    q.key(),
                    switch (q.type()) {
                        case "yesNo" -> "yes".equals(v);
                        case "multiChoice" -> picked(q, v);
                        case "number" -> new BigDecimal(v);
                        default -> v;
                    });
        }
        SurveyStep next = turn.api()
                .participation()
                .answerSurvey(
                        turn.siteSlug(), survey.id(), turn.localeCode(), turn.subject(), new SurveyAnswers(answers));
        return next(turn, survey, next);
    }

    /** Typed text answering the current question (a number, a date, words). */
    public static Screen typed(Turn turn, long id, String text) {
        return typed(turn, id, text, null);
    }

    /** Typed text answering the question due in the step, after the {@code partial} answers to its earlier ones. */
    public static Screen typed(Turn turn, long id, String text, String partial) {
        var api = turn.api().participation();
        MySurvey mine = api.mySurvey(turn.siteSlug(), id, turn.localeCode(), turn.subject());
        Survey survey = api.survey(turn.siteSlug(), id, turn.localeCode()).body();
        if (!mine.inProgress() || mine.current().asked().isEmpty()) {
            return survey(turn, id);
        }
        List<SurveyQuestion> asked = mine.current().asked();
        List<String> given = StepAnswers.decode(partial, asked.size());
        SurveyQuestion question = asked.get(given.size());
        String value = text.strip();
        if ("number".equals(question.type())) {
            BigDecimal number = Numbers.parse(text);
            if (number == null) {
                return question(turn, survey, mine.current(), given, turn.t("survey.not-a-number"));
            }
            boolean below = question.min() != null && number.compareTo(question.min()) < 0;
            boolean above = question.max() != null && number.compareTo(question.max()) > 0;
            if ((below || above) && given.size() + 1 < asked.size()) {
                // The API checks the whole step at the end; a number out of range is refused here, at its question.
                return question(turn, survey, mine.current(), given, turn.t("error.field.answer"));
            }
            value = number.toPlainString();
        }
        return given(turn, survey, mine.current(), given, value);
    }

    private static Screen next(Turn turn, Survey survey, SurveyStep step) {
        if (!step.complete()) {
            return question(turn, survey, step, null);
        }
        return thanks(turn, survey.id(), step.continueWith());
    }

    /** The end of a survey; its route shows the same screen again without starting the survey anew. */
    public static Screen thanks(Turn turn, long id, Long continueWith) {
        Screen.Builder screen = Screen.of(
                        continueWith == null
                                ? turn.act(Op.SURVEY, id, DONE)
                                : turn.act(Op.SURVEY, id, DONE, continueWith))
                .prompt(turn.t("survey.thanks"));
        if (continueWith != null) {
            screen.option(turn.t("survey.continue"), turn.act(Op.OPEN, continueWith));
        }
        return screen.option(turn.t("nav.menu"), turn.home()).build();
    }

    /** The first question of the step. */
    static Screen question(Turn turn, Survey survey, SurveyStep step, String note) {
        return question(turn, survey, step, List.of(), note);
    }

    /**
     * The question of the step due after the answers {@code given} to its earlier ones: a step of several questions is
     * asked one question at a time, in order, and sent as one answer when its last question is answered. The answers
     * so far travel in the route ({@code SURVEY id, "p", encoded}), so a typed number or a tap on the next screen
     * carries them on; if they are lost (the person left mid-step), the step is asked again from its first question.
     */
    static Screen question(Turn turn, Survey survey, SurveyStep step, List<String> given, String note) {
        return question(turn, survey, step, given, note, 0);
    }

    /** The question due, a multiple-choice one with the choices {@code mask} picked so far. */
    private static Screen question(
            Turn turn, Survey survey, SurveyStep step, List<String> given, String note, long mask) {
        SurveyQuestion question = step.asked().get(given.size());
        int position = position(survey, question.key());
        long id = survey.id();
        Screen.Builder screen = Screen.of(route(turn, id, given, mask)).text(note);
        if (step.asked().size() > 1) {
            screen.text(turn.t(
                    "survey.step-progress", given.size() + 1, step.asked().size()));
        }
        switch (question.type()) {
            case "multiChoice" -> many(turn, screen, question, id, position, mask);
            case "choice" -> {
                screen.prompt(question.label());
                List<SurveyQuestion.Choice> choices = question.options();
                for (int i = 0; i < choices.size(); i++) {
                    screen.option(choices.get(i).label(), turn.act(Op.ANSWER, id, position, ref(choices, i)));
                }
            }
            case "yesNo" ->
                screen.prompt(question.label())
                        .option(turn.t("survey.yes"), turn.act(Op.ANSWER, id, position, "yes"))
                        .option(turn.t("survey.no"), turn.act(Op.ANSWER, id, position, "no"));
            case "number" ->
                screen.prompt(question.label() + "\n" + range(turn, question)).accepts(Screen.Input.NUMBER);
            case "date" ->
                screen.prompt(question.label() + "\n" + turn.t("survey.date")).accepts(Screen.Input.TEXT);
            default ->
                screen.prompt(question.label() + "\n" + turn.t("survey.words")).accepts(Screen.Input.TEXT);
        }
        if (!question.required()) {
            screen.option(turn.t("survey.skip"), turn.act(Op.ANSWER, id, position, SKIP));
        }
        return screen.option(turn.t("survey.later"), turn.home()).build();
    }

    /**
     * A multiple-choice question: the picks so far, then every choice as a tap that adds or removes it (the picks
     * after the tap in its payload), then Done with the picks.
     */
    private static void many(
            Turn turn, Screen.Builder screen, SurveyQuestion question, long id, int position, long mask) {
        List<SurveyQuestion.Choice> choices = question.options();
        List<String> picks = new java.util.ArrayList<>();
        for (int i = 0; i < Math.min(choices.size(), MASK_BITS); i++) {
            if ((mask & (1L << i)) != 0) {
                picks.add(choices.get(i).label());
            }
        }
        if (!picks.isEmpty()) {
            screen.text(turn.t("poll.picked", String.join(", ", picks)));
        }
        screen.prompt(question.label() + "\n" + turn.t("poll.pick-any"));
        String mark = turn.profile().numberedMenusOnly() ? "* " : "\u2713 ";
        for (int i = 0; i < Math.min(choices.size(), MASK_BITS); i++) {
            boolean on = (mask & (1L << i)) != 0;
            screen.option(
                    (on ? mark : "") + choices.get(i).label(),
                    turn.act(Op.ANSWER, id, position, PICKING + Long.toString(mask ^ (1L << i), 36)));
        }
        screen.option(turn.t("poll.done"), turn.act(Op.ANSWER, id, position, PICKED + Long.toString(mask, 36)));
    }

    /** The route of a question: the survey, the step's answers so far, and a multiple-choice question's picks. */
    private static Action route(Turn turn, long id, List<String> given, long mask) {
        if (mask != 0) {
            return given.isEmpty()
                    ? turn.act(Op.SURVEY, id, PICKS, Long.toString(mask, 36))
                    : turn.act(Op.SURVEY, id, PICKS, Long.toString(mask, 36), StepAnswers.encode(given));
        }
        return given.isEmpty() ? turn.act(Op.SURVEY, id) : turn.act(Op.SURVEY, id, PARTIAL, StepAnswers.encode(given));
    }

    private static String range(Turn turn, SurveyQuestion question) {
        if (question.min() != null && question.max() != null) {
            return turn.t(
                    "survey.number-range",
                    question.min().toPlainString(),
                    question.max().toPlainString());
        }
        return turn.t("survey.number");
    }

    private static int position(Survey survey, String key) {
        List<SurveyQuestion> questions = survey.questions() == null ? List.of() : survey.questions();
        for (int i = 0; i < questions.size(); i++) {
            if (questions.get(i).key().equals(key)) {
                return i;
            }
        }
        return -1;
    }
}
