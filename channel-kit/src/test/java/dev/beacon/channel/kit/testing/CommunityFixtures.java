package dev.beacon.channel.kit.testing;

import java.util.UUID;

/** Polls and articles the community tests make through the real API's management face, each test its own. */
public final class CommunityFixtures {

    private CommunityFixtures() {}

    /** A new published article in the demo's News section (open for comments, the site's default); returns its id. */
    public static long article(String title) {
        ApiUnderTest api = ApiUnderTest.shared();
        long news = newsId(api);
        String slug = "talk-" + UUID.randomUUID().toString().substring(0, 8);
        return api.publish("demo", "article", news, "en", """
                {"title":"%s","slug":"%s","body":[{"type":"paragraph","markdown":"Tell us what you think."}]}""".formatted(title, slug));
    }

    /** A new published article in News whose body is a paragraph and an image block ({@code src}, {@code alt}). */
    public static long articleWithImage(String title, String src, String alt) {
        ApiUnderTest api = ApiUnderTest.shared();
        String slug = "picture-" + UUID.randomUUID().toString().substring(0, 8);
        return api.publish("demo", "article", newsId(api), "en", """
                {"title":"%s","slug":"%s","body":[{"type":"paragraph","markdown":"See the picture."},
                 {"type":"image","src":"%s","alt":"%s","width":800,"height":600}]}""".formatted(title, slug, src, alt));
    }

    /** The site path (under /c/) of an article made by {@link #article}. */
    public static String pathOf(long id) {
        String item = ApiUnderTest.shared().send("GET", "/api/v1/sites/demo/content/" + id, null, null, 200);
        return item.replaceAll("(?s)^.*\"path\":\"/?([^\"]+)\".*$", "$1");
    }

    /** A published single-choice poll that closed yesterday (counts after voting); returns its id. */
    public static long closedPoll() {
        ApiUnderTest api = ApiUnderTest.shared();
        String slug = "closed-" + UUID.randomUUID().toString().substring(0, 8);
        long id = api.publish("demo", "poll", newsId(api), "en", """
                {"title":"Was the fair fun?","slug":"%s","body":[]}""".formatted(slug));
        api.send("PUT", "/api/v1/manage/sites/demo/polls/" + id, api.staffToken("eddie"), """
                {"kind":"single","results":"afterVoting","resultsAs":"counts","shortName":"fair","closesAt":"2020-01-01T00:00:00Z",
                 "choices":[{"key":"yes","shortName":"yes","labels":{"en":"Yes","pt":"Sim"}},
                            {"key":"no","shortName":"no","labels":{"en":"No","pt":"Não"}}]}""", 200);
        return id;
    }

    /** A published, open free-text poll in the News section whose title holds {@code word}; returns its id. */
    public static long textPoll(String word) {
        ApiUnderTest api = ApiUnderTest.shared();
        String slug = "words-" + UUID.randomUUID().toString().substring(0, 8);
        long id = api.publish("demo", "poll", newsId(api), "en", """
                {"title":"In one word %s: what is a good friend?","slug":"%s","body":[]}""".formatted(word, slug));
        api.send("PUT", "/api/v1/manage/sites/demo/polls/" + id, api.staffToken("eddie"), """
                {"kind":"text","results":"afterVoting","resultsAs":"counts","shortName":"good_friend"}""", 200);
        return id;
    }

    /**
     * A published survey in the News section, titled "Safe at school? {@code word}", whose first step asks three
     * questions at once (town: text, optional; age: number 10-30; safe: choice that decides where to go): "no" → a step
     * of two (what would help: text; may a counsellor contact you: yes/no, then the end), "yes" → a rating (number 1-5).
     * Not anonymous, one submission per person. Returns its id.
     */
    public static long stepSurvey(String word) {
        return survey("Safe at school? " + word, """
                {"anonymous":false,"submissions":"single","questions":[
                 {"key":"town","shortName":"town","type":"text","required":false,"labels":{"en":"Which town do you live in?"}},
                 {"key":"age","shortName":"age","type":"number","required":true,"min":10,"max":30,"labels":{"en":"How old are you?"}},
                 {"key":"safe","shortName":"safe","type":"choice","required":true,"labels":{"en":"Do you feel safe at school?"},
                  "choices":[{"key":"yes","labels":{"en":"Yes"},"next":{"goTo":"rating"}},
                             {"key":"no","labels":{"en":"No"},"next":{"goTo":"help"}}]},
                 {"key":"help","shortName":"help","type":"text","required":true,"pageBreakBefore":true,
                  "labels":{"en":"What would help you feel safer?"}},
                 {"key":"contact","shortName":"contact","type":"yesNo","required":false,"next":{"end":true},
                  "labels":{"en":"May a counsellor contact you?"}},
                 {"key":"rating","shortName":"rating","type":"number","required":true,"min":1,"max":5,"pageBreakBefore":true,
                  "next":{"end":true},"labels":{"en":"How would you rate your school, 1 to 5?"}}]}""");
    }

    /**
     * A published survey found by {@code word}: a required multiple-choice question alone on its page, then a yes/no
     * question on the next.
     */
    public static long multiChoiceSurvey(String word) {
        return survey("Your phone " + word, """
                {"anonymous":false,"submissions":"single","questions":[
                 {"key":"uses","shortName":"uses","type":"multiChoice","required":true,
                  "labels":{"en":"What do you use your phone for?"},
                  "choices":[{"key":"music","labels":{"en":"Music"}},{"key":"news","labels":{"en":"News"}},
                             {"key":"games","labels":{"en":"Games"}},{"key":"school","labels":{"en":"School"}}]},
                 {"key":"shared","shortName":"shared","type":"yesNo","required":true,"pageBreakBefore":true,
                  "labels":{"en":"Do you share it with family?"}}]}""");
    }

    /** A survey published in News under {@code title}, defined by {@code definition} (the management API's body). */
    private static long survey(String title, String definition) {
        ApiUnderTest api = ApiUnderTest.shared();
        String slug = "survey-" + UUID.randomUUID().toString().substring(0, 8);
        long id = api.publish("demo", "survey", newsId(api), "en", """
                {"title":"%s","slug":"%s","body":[{"type":"paragraph","markdown":"A few questions."}]}""".formatted(title, slug));
        api.send("PUT", "/api/v1/manage/sites/demo/surveys/" + id, api.staffToken("eddie"), definition, 200);
        return id;
    }

    private static long newsId(ApiUnderTest api) {
        String news = api.send("GET", "/api/v1/sites/demo/paths/news", null, null, 200);
        return Long.parseLong(news.replaceAll("^\\{\"id\":(\\d+).*$", "$1").trim());
    }
}
