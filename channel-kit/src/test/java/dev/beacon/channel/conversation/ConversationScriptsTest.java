package dev.beacon.channel.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.beacon.channel.kit.testing.ApiTestResource;
import dev.beacon.channel.kit.testing.ChatPerson;
import dev.beacon.channel.kit.testing.ChatPerson.Reply;
import dev.beacon.channel.kit.testing.CommunityFixtures;
import dev.beacon.channel.kit.testing.ConversationHarness;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Whole conversations against the real, packaged api and its demo content, once per channel profile: what a person
 * sends or taps, and what the bot answers. Every answer is also checked against the channel's limits
 * ({@code ProfileLimits}) and for Java text, by {@link ChatPerson}.
 */
@QuarkusTest
@QuarkusTestResource(ApiTestResource.class)
class ConversationScriptsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest
    @ValueSource(strings = {"whatsapp", "messenger", "telegram", "sms", "ussd"})
    void firstContactThenMenuSectionArticlePagedWithMoreAndAReaction(String channel) {
        ConversationHarness bot = ConversationHarness.on(channel);
        ChatPerson person = bot.person();
        person.firstContact("en_GB").says("Welcome to Beacon Demo").offers("Health");
        person.taps("Health").says("Health").offers("Mental health");
        person.taps("Mental health").offers("When stress gets too much");
        int pages = readToTheEnd(person, "When stress gets too much");
        if (bot.profile().singleScreen()) {
            assertTrue(pages > 1, "a USSD screen cannot hold the whole article: it is paged with More");
        }
        person.last().offers("Comments").offers("Back");
        person.taps("Back").offers("When stress gets too much");
        person.sends("menu").offers("Relationships");
        person.taps("Relationships").offers("What consent means");
        readToTheEnd(person, "What consent means");
        person.last().offers("React");
        person.taps("React").says("How did this article make you feel?").offers("Helpful");
        person.taps("Helpful").says("Thank you! Your reaction helps us");
        person.sends("menu").offers("Health");
    }

    @ParameterizedTest
    @ValueSource(strings = {"whatsapp", "messenger", "telegram", "sms", "ussd"})
    void votesInTheDemoPollAndSeesTheResultsAsTheSiteShowsThem(String channel) {
        ChatPerson person = ConversationHarness.on(channel).person();
        person.sends("menu").offers("Have your say");
        person.taps("Have your say").offers("Where do you get health information?");
        person.taps("Where do you get health information?")
                .says("Where do you get health information?")
                .offers("The internet")
                .offers("A clinic or nurse");
        person.taps("The internet")
                .says("Thank you for voting")
                .says("The internet: ")
                .says("%");
        person.sends("menu");
        person.taps("Have your say");
        person.taps("Where do you get health information?")
                .says("You have voted")
                .doesNotOffer("The internet");
    }

    @ParameterizedTest
    @ValueSource(strings = {"whatsapp", "messenger", "telegram", "sms", "ussd"})
    void picksSeveralChoicesInAMultipleChoicePollWithinItsMinimumAndMaximum(String channel) {
        ConversationHarness bot = ConversationHarness.on(channel);
        ChatPerson person = bot.person();
        person.sends("menu");
        person.taps("Have your say");
        if (!person.isOffered("What helps you feel better?")) {
            person.taps("Next page"); // USSD lists 4 items a page
        }
        person.taps("What helps you feel better?")
                .says("What helps you feel better?")
                .says("Pick 2 to 3, then Done")
                .offers("Music")
                .offers("Prayer")
                .offers("Done");
        person.taps("Done").says("Please pick at least 2 first");
        person.taps("Music").says("Your picks: Music");
        person.taps("Done").says("Please pick at least 2 first").says("Your picks: Music");
        person.taps("Sport").says("Your picks: Music, Sport");
        person.taps("Sleep").says("Your picks: Music, Sport, Sleep");
        person.taps("Prayer").says("At most 3 picks").says("Your picks: Music, Sport, Sleep");
        person.taps("Sport").says("Your picks: Music, Sleep").doesNotSay("Your picks: Music, Sport");
        person.taps("Friends").says("Your picks: Music, Friends, Sleep");
        person.taps("Done").says("Thank you for voting").says("Music: ").says("Prayer: ");
        long poll = person.last().outbound().context() == null ? -1 : pollId(bot, "have-your-say/feel-better-poll");
        var vote = bot.api().community().myPoll("demo", person.identity(), poll, "en");
        assertTrue(vote.voted());
        assertEquals(
                java.util.Set.of("music", "friends", "sleep"),
                java.util.Set.copyOf(vote.vote().choices()));
        person.sends("menu");
        person.taps("Have your say");
        if (!person.isOffered("What helps you feel better?")) {
            person.taps("Next page");
        }
        person.taps("What helps you feel better?").says("You have voted").doesNotOffer("Done");
    }

    @ParameterizedTest
    @ValueSource(strings = {"whatsapp", "messenger", "telegram", "sms", "ussd"})
    void answersANumberPollAndAFreeTextPoll(String channel) {
        ConversationHarness bot = ConversationHarness.on(channel);
        ChatPerson person = bot.person();
        person.sends("menu");
        person.taps("Have your say");
        person.taps("How many hours do you sleep").says("Send your answer as a number");
        person.sends("lots").says("Please send a number");
        person.sends("8").says("Thank you for voting").says("answers so far");
        assertEquals(
                0,
                new java.math.BigDecimal("8")
                        .compareTo(bot.api()
                                .community()
                                .myPoll("demo", person.identity(), pollId(bot, "have-your-say/sleep-hours-poll"), "en")
                                .vote()
                                .number()));

        String word = "Quokka" + letters();
        long textPoll = CommunityFixtures.textPoll(word);
        person.sends(word).offers("In one word");
        person.taps("In one word").says("what is a good friend?").says("Send your answer in one message");
        String answer = "Someone who listens, even at 3 in the morning";
        person.sends(answer).says("Thank you for voting").says("1 answers so far");
        assertEquals(
                answer,
                bot.api()
                        .community()
                        .myPoll("demo", person.identity(), textPoll, "en")
                        .vote()
                        .text());
    }

    private static long pollId(ConversationHarness bot, String path) {
        return bot.api().delivery().byPath("demo", path, "en").body().id();
    }

    @ParameterizedTest
    @ValueSource(strings = {"whatsapp", "messenger", "telegram", "sms", "ussd"})
    void theDemoSurveyFollowsItsSkipLogicAndResumesAfterAnInterruption(String channel) {
        ChatPerson person = ConversationHarness.on(channel).person();
        person.sends("menu");
        person.taps("Have your say");
        person.taps("How are you doing?").offers("Start");
        person.taps("Start").says("How have you felt this week?").offers("Not good");
        // bad → talk: the sleep question is skipped.
        person.taps("Not good").says("Would you like to talk to someone?").doesNotSay("hours");
        person.taps("Later").offers("Health");
        person.sends("what is consent").offers("What consent means");

        person.sends("menu");
        person.taps("Have your say");
        person.taps("How are you doing?")
                .says("Welcome back")
                .says("Would you like to talk to someone?")
                .offers("Yes");
        person.taps("Yes").says("Your answers are saved");

        // The other branch: good → sleep, a number typed in (on SMS and USSD too: the screen takes a number).
        ChatPerson other = ConversationHarness.on(channel).person();
        other.sends("menu");
        other.taps("Have your say");
        other.taps("How are you doing?");
        other.taps("Start");
        other.taps("Good").says("How many hours did you sleep last night?").says("from 0 to 24");
        other.sends("31").says("does not fit the question");
        other.sends("7").says("Your answers are saved");
    }

    /**
     * A survey page of three questions is asked one question at a time and sent to the API as one step (skipped and
     * out-of-range answers handled at their question), its skip logic followed into a page of two; interrupted mid-page
     * the page starts again, interrupted after a page the survey resumes at the next one.
     */
    @ParameterizedTest
    @ValueSource(strings = {"whatsapp", "messenger", "telegram", "sms", "ussd"})
    void aSurveyPageOfSeveralQuestionsIsAskedOneAtATimeAndSentAsOneStep(String channel) {
        ConversationHarness bot = ConversationHarness.on(channel);
        String word = "Zebra" + letters();
        long survey = CommunityFixtures.stepSurvey(word);
        ChatPerson person = bot.person();
        startsSurvey(person, word, "Safe at school?")
                .says("Which town do you live in?")
                .says("Question 1 of 3")
                .offers("Skip");
        person.sends("Maputo").says("How old are you?").says("Question 2 of 3");
        person.sends("9").says("does not fit the question").says("How old are you?");
        person.sends("15").says("Do you feel safe at school?").says("Question 3 of 3");
        assertEquals(Map.of(), mySurvey(bot, survey, person).answers(), "nothing is sent before the page is complete");
        // Interrupted mid-page: the page is asked again from its first question.
        person.sends("menu").offers("Health");
        person.sends(word);
        person.taps("Safe at school?").says("Welcome back").says("Which town do you live in?");
        person.taps("Skip").says("How old are you?");
        person.sends("16");
        person.taps("No")
                .says("What would help you feel safer?")
                .says("Question 1 of 2")
                .doesNotSay("rate");
        Map<String, Object> saved = mySurvey(bot, survey, person).answers();
        assertEquals("no", saved.get("safe"), saved.toString());
        assertEquals(
                0,
                new java.math.BigDecimal("16")
                        .compareTo(new java.math.BigDecimal(saved.get("age").toString())));
        assertFalse(saved.containsKey("town"), "a skipped question is not answered: " + saved);
        // Interrupted after a page: the survey goes on at the next page.
        person.sends("Lights in the corridor")
                .says("May a counsellor contact you?")
                .says("Question 2 of 2");
        person.sends("menu");
        person.sends(word);
        person.taps("Safe at school?").says("Welcome back").says("What would help you feel safer?");
        person.sends("Lights in the corridor").says("May a counsellor contact you?");
        person.taps("Yes").says("Your answers are saved");
        assertEquals("completed", mySurvey(bot, survey, person).state());

        // The other branch: yes → the rating, not the two questions of "no".
        ChatPerson other = bot.person();
        other.sends(word);
        other.taps("Safe at school?");
        other.taps("Start");
        other.taps("Skip");
        other.sends("20");
        other.taps("Yes").says("How would you rate your school").doesNotSay("What would help");
        other.sends("4").says("Your answers are saved");
    }

    /**
     * A multiple-choice survey question is picked choice by choice (a second tap removes a pick), Done with nothing
     * picked is refused for a required question, and Done sends every pick as one answer.
     */
    @ParameterizedTest
    @ValueSource(strings = {"whatsapp", "messenger", "telegram", "sms", "ussd"})
    void aMultipleChoiceSurveyQuestionTakesSeveralPicks(String channel) {
        ConversationHarness bot = ConversationHarness.on(channel);
        String word = "Quokka" + letters();
        long survey = CommunityFixtures.multiChoiceSurvey(word);
        ChatPerson person = bot.person();
        startsSurvey(person, word, "Your phone")
                .says("What do you use your phone for?")
                .says("Pick all that apply, then Done")
                .offers("Music")
                .offers("School")
                .offers("Done");
        person.taps("Done").says("Please pick at least 1 first").says("What do you use your phone for?");
        person.taps("Music").says("Your picks: Music");
        person.taps("News").says("Your picks: Music, News");
        person.taps("Music").says("Your picks: News").doesNotSay("Your picks: Music");
        person.taps("Games").says("Your picks: News, Games");
        assertEquals(Map.of(), mySurvey(bot, survey, person).answers(), "nothing is sent before Done");
        person.taps("Done").says("Do you share it with family?");
        assertEquals(
                List.of("news", "games"),
                mySurvey(bot, survey, person).answers().get("uses"));
        person.taps("Yes").says("Your answers are saved");
    }

    @ParameterizedTest
    @ValueSource(strings = {"whatsapp", "sms"})
    void aHalfAnsweredSurveyResumesOnAnotherLinkedChannel(String channel) {
        ChatPerson onWeb = ConversationHarness.on("messenger").person();
        onWeb.sends("menu");
        onWeb.taps("Have your say");
        onWeb.taps("How are you doing?");
        onWeb.taps("Start");
        onWeb.taps("Not good").says("Would you like to talk to someone?");
        onWeb.sends("menu");
        onWeb.taps("My corner");
        onWeb.taps("Link a channel");
        String code = onWeb.taps("Get a code").text().replaceAll("(?s).*?(\\d{8}).*", "$1");
        assertEquals(8, code.length(), "an 8-digit code is shown");

        ChatPerson here = ConversationHarness.on(channel).person();
        here.sends("menu");
        here.taps("My corner");
        here.taps("Link a channel");
        here.sends(code).says("Linked");
        here.sends("menu");
        here.taps("Have your say");
        here.taps("How are you doing?").says("Welcome back").says("Would you like to talk to someone?");
    }

    @ParameterizedTest
    @ValueSource(strings = {"whatsapp", "messenger", "telegram", "sms", "ussd"})
    void aCommentWithAPhoneNumberIsRefusedAndExplainedThenACleanOneIsPosted(String channel) {
        ChatPerson person = ConversationHarness.on(channel).person();
        String alias = "Chat" + letters();
        writesACommentUnderTheConsentArticle(person, alias);
        person.sends("Call me on 082 555 0134 any time").says("phone number");
        String words = "Talking first helped me " + UUID.randomUUID().toString().substring(0, 6);
        person.sends(words).says("Your comment is posted").says(alias + ": " + words);
    }

    @ParameterizedTest
    @ValueSource(strings = {"whatsapp", "messenger", "telegram", "sms", "ussd"})
    void switchesToPortugueseAndStaysInIt(String channel) {
        ChatPerson person = ConversationHarness.on(channel).person();
        person.sends("menu");
        person.taps("Language").offers("Português");
        // On USSD too: the screen is written in GSM-7 (Saude), so it holds the prompt as well as the menu.
        person.taps("Português").offers("Saúde").offers("Dicas").says("o que queres ler?");
        person.taps("Saúde").says("Saúde");
        person.sends("ajuda").says("Como posso ajudar?");
        person.sends("menu").offers("A tua voz");
    }

    @ParameterizedTest
    @ValueSource(strings = {"whatsapp", "messenger", "telegram", "sms", "ussd"})
    void stopRecordsTheWithdrawalAndIsHonouredUntilStart(String channel) {
        ConversationHarness bot = ConversationHarness.on(channel);
        ChatPerson person = bot.person();
        person.sends("menu").offers("Health");
        person.sends("STOP").says("no more messages");
        assertTrue(bot.api()
                .people()
                .consentOf("demo", person.identity(), "contact")
                .withdrawn());
        person.sends("menu").says("You stopped messages").doesNotOffer("Health");
        person.sends("condoms").says("You stopped messages").doesNotOffer("Condoms");
        person.sends("start").says("Welcome back").offers("Health");
        assertFalse(bot.api()
                .people()
                .consentOf("demo", person.identity(), "contact")
                .withdrawn());
        person.taps("Health").offers("Sexual health");
    }

    @ParameterizedTest
    @ValueSource(strings = {"whatsapp", "messenger", "telegram", "sms", "ussd"})
    void deleteMyDataLeavesNothingOfThePersonInTheExport(String channel) throws Exception {
        ConversationHarness bot = ConversationHarness.on(channel);
        ChatPerson person = bot.person();
        String alias = "Gone" + letters();
        person.sends("menu");
        person.taps("My corner");
        person.taps("Choose my name");
        person.sends(alias);
        person.sends("menu");
        person.taps("Have your say");
        person.taps("Where do you get health information?");
        person.taps("Friends");
        JsonNode before = JSON.readTree(bot.api().people().export("demo", person.identity()));
        assertEquals(alias, before.path("profile").path("alias").asText());

        person.sends("menu");
        person.taps("My corner");
        person.taps("Delete my data").says("cannot be undone").offers("No, keep it");
        person.taps("Yes, delete").says("everything we held about you is deleted");
        assertEquals(null, person.context(), "nothing to continue from");

        String after = bot.api().people().export("demo", person.identity());
        JsonNode export = JSON.readTree(after);
        assertFalse(after.contains(alias), after);
        assertTrue(export.path("profile").path("alias").isNull()
                || export.path("profile").path("alias").isMissingNode());
        assertEquals(0, export.path("consents").size(), after);
        assertEquals(0, export.path("activity").path("polls").size(), after);
    }

    @ParameterizedTest
    @ValueSource(strings = {"whatsapp", "messenger", "telegram", "sms", "ussd"})
    void unknownInputGetsAHelpfulReplyNeverSilenceNorAnError(String channel) {
        ConversationHarness bot = ConversationHarness.on(channel);
        ChatPerson person = bot.person();
        person.sends("menu").offers("Health");
        // Not a command, and the search finds nothing.
        helpful(person.sends("zxqv blorft wibble")).offers("Help");
        person.taps("Help").says("Send MENU for the main menu");
        // Only an emoji, only punctuation, only spaces.
        helpful(person.sends("\uD83E\uDD37\u200D\u2640\uFE0F"));
        helpful(person.sends("?!..."));
        helpful(person.sends("   "));
        // A very long text (a pasted page), and one word of 5,000 letters.
        helpful(person.sends("Blorft wibble zxqv. ".repeat(400)));
        helpful(person.sends("q".repeat(5000)));
        // A number that is on no menu.
        helpful(person.sends("menu").offers("Health"));
        helpful(person.sends("99")).says("There is no option 99");
        // A stale or forged button, and a context that is forged or from someone else.
        helpful(person.sendsPayload("10DAAAAAAAAAAAA")).says("out of date").offers("Health");
        helpful(person.sendsPayload("1" + "x".repeat(300))).says("out of date").offers("Health");
        ChatPerson other = bot.person();
        other.sends("menu");
        helpful(person.sendsPayload(other.payloadOf("Health")))
                .says("out of date")
                .offers("Health");
        helpful(person.sendsWithContext("99", "10h" + "A".repeat(12))).says("There is no option 99");
        helpful(person.sendsWithContext("99", other.context())).says("There is no option 99");
        // And the conversation goes on as usual after all that.
        person.sends("menu");
        person.taps("Health").offers("Mental health");
    }

    /** A reply that says something, offers the way on (the menu), and is none of the engine's failure texts. */
    private static Reply helpful(Reply reply) {
        assertFalse(reply.text().isBlank(), "silence");
        reply.doesNotSay("went wrong").doesNotSay("cannot answer right now").doesNotSay("did not look right");
        reply.doesNotSay("null").doesNotSay("{0}");
        assertTrue(
                reply.outbound().choices().stream()
                        .anyMatch(c -> c.label().equals("Menu") || c.label().equals("Health")),
                "no way on from: " + reply.text());
        return reply;
    }

    /**
     * Hostile text from a person (markup, entities, every MarkdownV2 reserved character) is shown as typed: escaped for
     * Telegram's HTML parse mode in the comment list and in the search's answer (every Telegram answer is also checked
     * to be valid parse_mode=HTML by ProfileLimits), and untouched on the other channels.
     */
    @ParameterizedTest
    @ValueSource(strings = {"telegram", "whatsapp", "sms"})
    void hostileTextFromAPersonIsShownAsTyped(String channel) {
        ChatPerson person = ConversationHarness.on(channel).person();
        String alias = "Hx" + letters();
        writesACommentUnderTheConsentArticle(person, alias);
        String hostile = "<i>so</i> true & 5 < 6 > 4 *_[]()~`#+-=|{}.! &amp; " + letters();
        Reply posted = person.sends(hostile).says("Your comment is posted");
        Reply searched = person.sends("<b>zz</b> & qq");
        if (channel.equals("telegram")) {
            posted.says(alias + ": &lt;i&gt;so&lt;/i&gt; true &amp; 5 &lt; 6 &gt; 4 *_[]()~`#+-=|{}.! &amp;amp; ")
                    .doesNotSay("<i>");
            searched.says("&lt;b&gt;zz&lt;/b&gt; &amp; qq").doesNotSay("<b>zz");
        } else {
            posted.says(alias + ": " + hostile);
            searched.says("<b>zz</b> & qq");
        }
    }

    /** Chooses the name {@code alias}, reads the consent article to its end and opens its comment prompt. */
    /** What the api holds of the person's submission to {@code survey}. */
    private static dev.beacon.channel.kit.model.MySurvey mySurvey(
            ConversationHarness bot, long survey, ChatPerson person) {
        return bot.api().participation().mySurvey("demo", survey, "en", person.identity());
    }

    /** Finds the survey made for this script by its {@code word} and starts it. */
    private static Reply startsSurvey(ChatPerson person, String word, String title) {
        person.sends(word).offers(title);
        person.taps(title).offers("Start");
        return person.taps("Start");
    }

    private static void writesACommentUnderTheConsentArticle(ChatPerson person, String alias) {
        person.sends("menu");
        person.taps("My corner");
        person.taps("Choose my name");
        person.sends(alias).says("Your name is now " + alias);
        person.sends("consent").offers("What consent means");
        readToTheEnd(person, "What consent means");
        person.taps("Comments").offers("Write a comment");
        person.taps("Write a comment").says("Send your comment");
    }

    /** Letters only: an alias with seven digits in a row would be refused as a phone number. */
    private static String letters() {
        // Two UUIDs: one alone holds fewer than six of a-f now and then.
        return (UUID.randomUUID() + "" + UUID.randomUUID())
                .replaceAll("[^a-f]", "")
                .substring(0, 6);
    }

    /** Opens the article and taps More until the end; the number of pages read. */
    private static int readToTheEnd(ChatPerson person, String title) {
        Reply page = person.taps(title).says(title);
        int pages = 1;
        while (person.isOffered("More") && pages < 40) {
            String before = page.text();
            page = person.taps("More");
            assertNotEquals(before, page.text(), "More shows the next part");
            pages++;
        }
        return pages;
    }
}
