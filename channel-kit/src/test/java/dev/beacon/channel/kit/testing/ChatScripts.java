package dev.beacon.channel.kit.testing;

import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.beacon.channel.kit.testing.WebhookPerson.Reply;
import java.util.function.Supplier;

/**
 * The conversation engine's scripts (channel-kit's {@code ConversationScriptsTest}) as a person plays them through
 * a chat adapter's real webhooks: the same scripts on every platform, each adapter's test supplies its person.
 */
public final class ChatScripts {

    private ChatScripts() {}

    /** First contact → welcome and sections → an article read to the end with More → a reaction. */
    public static void sectionArticleMoreAndReaction(WebhookPerson person) {
        person.starts().says("Welcome to Beacon Demo").offers("Relationships");
        person.taps("Relationships").says("Relationships").offers("What consent means");
        readToTheEnd(person, "What consent means");
        person.last().offers("React").offers("Comments");
        person.taps("React").says("How did this article make you feel?").offers("Helpful");
        person.taps("Helpful").says("Thank you! Your reaction helps us");
        person.sends("menu").offers("Health");
    }

    /** A vote with its percentages, and "you have voted" after. */
    public static void votesInTheDemoPoll(WebhookPerson person) {
        person.starts();
        person.sends("menu").offers("Have your say");
        person.taps("Have your say").offers("Where do you get health information?");
        person.taps("Where do you get health information?")
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

    /**
     * The demo survey's skip logic (bad → talk, no sleep question), resumed with "Welcome back"; the other branch
     * with a typed number refused (31), then accepted (7).
     */
    public static void theDemoSurveyFollowsItsSkipLogicAndResumes(Supplier<? extends WebhookPerson> people) {
        WebhookPerson person = people.get();
        person.starts();
        person.sends("menu");
        person.taps("Have your say");
        person.taps("How are you doing?").offers("Start");
        person.taps("Start").says("How have you felt this week?").offers("Not good");
        person.taps("Not good").says("Would you like to talk to someone?").doesNotSay("hours");
        person.taps("Later").offers("Health");
        person.sends("menu");
        person.taps("Have your say");
        person.taps("How are you doing?").says("Welcome back").says("Would you like to talk to someone?");
        person.taps("Yes").says("Your answers are saved");

        WebhookPerson other = people.get();
        other.starts();
        other.sends("menu");
        other.taps("Have your say");
        other.taps("How are you doing?");
        other.taps("Start");
        other.taps("Good").says("How many hours did you sleep last night?");
        other.sends("31").says("does not fit the question");
        other.sends("7").says("Your answers are saved");
    }

    /** The api behind {@link SwitchedApi} is down: a short "try again", and the next message works. */
    public static void anApiOutageGetsATryAgainAndTheNextMessageWorks(WebhookPerson person) {
        person.starts();
        person.sends("menu").offers("Health");
        SwitchedApi.down(true);
        try {
            person.sends("menu").says("try again");
        } finally {
            SwitchedApi.down(false);
        }
        person.sends("menu").offers("Health");
    }

    public static void readToTheEnd(WebhookPerson person, String title) {
        Reply page = person.taps(title).says(title);
        int pages = 1;
        while (page.messages().toString().contains("\"More\"") && pages < 40) {
            String before = page.text();
            page = person.taps("More");
            assertNotEquals(before, page.text(), "More shows the next part");
            pages++;
        }
    }
}
