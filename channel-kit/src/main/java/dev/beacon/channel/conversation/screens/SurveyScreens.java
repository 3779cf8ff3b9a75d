package dev.beacon.channel.conversation.screens;

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

    /** The payload argument of a skipped (not required) question. */
    static final String SKIP = "~";

    /** A choice named by its position, when its key would make the payload too long for Telegram (64 bytes). */
    static final String BY_INDEX = "_";

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

    /** Starts the survey, or resumes the unfinished submission. */
    public static Screen start(Turn turn, long id) {
        var api = turn.api().participation();
        SurveyStep step = api.startSurvey(turn.siteSlug(), id, turn.localeCode(), turn.subject());
        Survey survey = api.survey(turn.siteSlug(), id, turn.localeCode()).body();
        return next(turn, survey, step);
    }

    /** A tapped answer: {@code ref} is a choice key, {@code yes}/{@code no}, or {@link #SKIP}. */
    public static Screen answer(Turn turn, long id, int position, String ref) {
        var api = turn.api().participation();
        Survey survey = api.survey(turn.siteSlug(), id, turn.localeCode()).body();
        MySurvey mine = api.mySurvey(turn.siteSlug(), id, turn.localeCode(), turn.subject());
        List<SurveyQuestion> questions = survey.questions() == null ? List.of() : survey.questions();
        if (!mine.inProgress() || position < 0 || position >= questions.size()) {
            return survey(turn, id);
        }
        SurveyQuestion question = questions.get(position);
        if (mine.current().asked().stream().noneMatch(q -> q.key().equals(question.key()))) {
            return question(turn, survey, mine.current(), turn.t("survey.moved-on"));
        }
        Map<String, Object> answers = new HashMap<>();
        if (ref != null && ref.startsWith(BY_INDEX)) {
            int index = Integer.parseInt(ref.substring(BY_INDEX.length()));
            ref = index < question.options().size()
                    ? question.options().get(index).key()
                    : SKIP;
        }
        if (!SKIP.equals(ref)) {
            answers.put(
                    question.key(),
                    switch (question.type()) {
                        case "yesNo" -> "yes".equals(ref);
                        case "multiChoice" -> List.of(ref);
                        default -> ref;
                    });
        }
        SurveyStep step =
                api.answerSurvey(turn.siteSlug(), id, turn.localeCode(), turn.subject(), new SurveyAnswers(answers));
        return next(turn, survey, step);
    }

    /** Typed text answering the current question (a number, a date, words). */
    public static Screen typed(Turn turn, long id, String text) {
        var api = turn.api().participation();
        MySurvey mine = api.mySurvey(turn.siteSlug(), id, turn.localeCode(), turn.subject());
        Survey survey = api.survey(turn.siteSlug(), id, turn.localeCode()).body();
        if (!mine.inProgress() || mine.current().asked().isEmpty()) {
            return survey(turn, id);
        }
        SurveyQuestion question = mine.current().asked().get(0);
        Object value = text.strip();
        if ("number".equals(question.type())) {
            BigDecimal number = Numbers.parse(text);
            if (number == null) {
                return question(turn, survey, mine.current(), turn.t("survey.not-a-number"));
            }
            value = number;
        }
        SurveyStep step = api.answerSurvey(
                turn.siteSlug(),
                id,
                turn.localeCode(),
                turn.subject(),
                new SurveyAnswers(Map.of(question.key(), value)));
        return next(turn, survey, step);
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

    /** The first question of the step (a step of several is asked one question at a time, in order). */
    static Screen question(Turn turn, Survey survey, SurveyStep step, String note) {
        SurveyQuestion question = step.asked().get(0);
        int position = position(survey, question.key());
        long id = survey.id();
        Screen.Builder screen = Screen.of(turn.act(Op.SURVEY, id)).text(note);
        switch (question.type()) {
            case "choice", "multiChoice" -> {
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
