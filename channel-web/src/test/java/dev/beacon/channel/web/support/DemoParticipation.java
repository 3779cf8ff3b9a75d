package dev.beacon.channel.web.support;

import dev.beacon.channel.kit.testing.ApiUnderTest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The demo's "Have your say" items, found through the real API, and what the tests make beside them. */
public final class DemoParticipation {

    private static final Pattern ID = Pattern.compile("^\\{\"id\":(\\d+)");

    private static Long closedCompetition;
    private static Long everyQuestionType;

    private DemoParticipation() {}

    /** The wellbeing survey: feeling good/okay → sleep (number) → end; bad → talk (yes/no). */
    public static long survey() {
        return idOf("have-your-say/wellbeing-survey");
    }

    /** The open story competition "Your words". */
    public static long competition() {
        return idOf("have-your-say/your-words");
    }

    /** Publishes (as the demo's moderator) the tip {@code text} that a person sent; returns its id. */
    public static long publishTip(String text) {
        ApiUnderTest api = ApiUnderTest.shared();
        String token = api.staffToken("mo");
        String tips = api.send("GET", "/api/v1/manage/sites/demo/tips?state=submitted", token, null, 200);
        int at = tips.indexOf("\"text\":\"" + text + "\"");
        if (at < 0) {
            throw new IllegalStateException("No submitted tip '" + text + "' in " + tips);
        }
        Matcher id = Pattern.compile("\"id\":(\\d+)").matcher(tips.substring(tips.lastIndexOf('{', at)));
        id.find();
        long tipId = Long.parseLong(id.group(1));
        api.send("POST", "/api/v1/manage/sites/demo/tips/" + tipId + "/publish", token, "{}", 200);
        return tipId;
    }

    /** A competition that closed yesterday, with its call published; made once. */
    public static synchronized long closedCompetition() {
        if (closedCompetition == null) {
            ApiUnderTest api = ApiUnderTest.shared();
            long section = idOf("have-your-say");
            long id = api.publish("demo", "competition", section, "en", """
                    {"title":"Last year's poems","slug":"poems-%s","body":[{"type":"paragraph","markdown":"Poems about home."}]}""".formatted(
                            UUID.randomUUID().toString().substring(0, 8)));
            Instant now = Instant.now();
            api.send(
                    "PUT",
                    "/api/v1/manage/sites/demo/competitions/" + id,
                    api.staffToken("eddie"),
                    "{\"opensAt\":\"%s\",\"closesAt\":\"%s\",\"terms\":{\"document\":\"poems-terms\",\"version\":\"1\"}}"
                            .formatted(now.minus(30, ChronoUnit.DAYS), now.minus(1, ChronoUnit.DAYS)),
                    200);
            closedCompetition = id;
        }
        return closedCompetition;
    }

    /** A survey of one step with a multi-choice, a text and a date question (the demo's has the other types); made once. */
    public static synchronized long everyQuestionType() {
        if (everyQuestionType == null) {
            ApiUnderTest api = ApiUnderTest.shared();
            long id = api.publish("demo", "survey", idOf("have-your-say"), "en", """
                    {"title":"Your school","slug":"school-%s","body":[{"type":"paragraph","markdown":"About your school."}]}""".formatted(
                            UUID.randomUUID().toString().substring(0, 8)));
            api.send("PUT", "/api/v1/manage/sites/demo/surveys/" + id, api.staffToken("eddie"), """
                    {"anonymous":false,"submissions":"multiple","questions":[
                      {"key":"likes","type":"multiChoice","required":true,"labels":{"en":"What do you like?","pt":"De que gostas?"},
                       "choices":[{"key":"sport","labels":{"en":"Sport","pt":"Desporto"}},{"key":"music","labels":{"en":"Music","pt":"Música"}},
                                  {"key":"maths","labels":{"en":"Maths","pt":"Matemática"}}]},
                      {"key":"wish","type":"text","required":false,"labels":{"en":"One wish for your school","pt":"Um desejo para a tua escola"}},
                      {"key":"started","type":"date","required":false,"labels":{"en":"When did you start there?","pt":"Quando começaste lá?"}}]}""", 200);
            everyQuestionType = id;
        }
        return everyQuestionType;
    }

    private static long idOf(String path) {
        String item = ApiUnderTest.shared().send("GET", "/api/v1/sites/demo/paths/" + path, null, null, 200);
        Matcher m = ID.matcher(item);
        if (!m.find()) {
            throw new IllegalStateException("No id in " + item);
        }
        return Long.parseLong(m.group(1));
    }
}
