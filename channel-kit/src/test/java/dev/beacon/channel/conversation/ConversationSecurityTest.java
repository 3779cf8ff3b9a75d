package dev.beacon.channel.conversation;

import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.beacon.channel.kit.testing.ApiTestResource;
import dev.beacon.channel.kit.testing.ChatPerson;
import dev.beacon.channel.kit.testing.ConversationHarness;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * Payloads through the whole engine against the real api: a forged, edited, another person's or another site's payload
 * is refused with a plain answer, and nothing is done with it.
 */
@QuarkusTest
@QuarkusTestResource(ApiTestResource.class)
class ConversationSecurityTest {

    private static String votePayload(ChatPerson person) {
        person.sends("menu");
        person.taps("Have your say");
        person.taps("Where do you get health information?");
        return person.payloadOf("Friends");
    }

    @Test
    void anotherPersonsVoteButtonDoesNotVoteForThem() {
        ConversationHarness bot = ConversationHarness.on("whatsapp");
        ChatPerson alice = bot.person();
        ChatPerson mallory = bot.person();
        String alicesVote = votePayload(alice);
        mallory.sendsPayload(alicesVote).says("out of date").offers("Health");
        long poll = pollId(bot);
        assertFalse(bot.api()
                .community()
                .myPoll("demo", mallory.identity(), poll, "en")
                .voted());
        assertFalse(bot.api()
                .community()
                .myPoll("demo", alice.identity(), poll, "en")
                .voted());
        alice.sendsPayload(alicesVote).says("Thank you for voting");
    }

    @Test
    void anEditedOrForgedPayloadIsRefused() {
        ConversationHarness bot = ConversationHarness.on("telegram");
        ChatPerson person = bot.person();
        String vote = votePayload(person);
        String edited = vote.replace("friends", "school");
        person.sendsPayload(edited).says("out of date");
        person.sendsPayload("10DAAAAAAAAAAAA").says("out of date");
        person.sendsPayload("not a payload at all").says("out of date");
        assertFalse(bot.api()
                .community()
                .myPoll("demo", person.identity(), pollId(bot), "en")
                .voted());
    }

    @Test
    void aDemoSitePayloadIsRefusedOnAnotherSite() {
        ConversationHarness bot = ConversationHarness.on("messenger");
        ChatPerson onDemo = bot.person("demo");
        String vote = votePayload(onDemo);
        ChatPerson sameIdOnKenya = bot.person("kenya", onDemo.identity());
        sameIdOnKenya.sendsPayload(vote).says("out of date").offers("Health");
        assertFalse(bot.api()
                .community()
                .myPoll("demo", onDemo.identity(), pollId(bot), "en")
                .voted());
    }

    private static long pollId(ConversationHarness bot) {
        return bot.api()
                .delivery()
                .byPath("demo", "have-your-say/health-information-poll", "en")
                .body()
                .id();
    }
}
