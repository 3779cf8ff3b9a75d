package dev.beacon.channel.kit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.beacon.channel.kit.model.Comment;
import dev.beacon.channel.kit.model.CommentList;
import dev.beacon.channel.kit.model.CommentReportReceipt;
import dev.beacon.channel.kit.model.MyPoll;
import dev.beacon.channel.kit.model.Notification;
import dev.beacon.channel.kit.model.NotificationPage;
import dev.beacon.channel.kit.model.NotificationsRead;
import dev.beacon.channel.kit.model.Poll;
import dev.beacon.channel.kit.model.PollResults;
import dev.beacon.channel.kit.model.PollVote;
import dev.beacon.channel.kit.model.ProfileUpdate;
import dev.beacon.channel.kit.model.Reacted;
import dev.beacon.channel.kit.model.Reactions;
import dev.beacon.channel.kit.model.VoteRequest;
import dev.beacon.channel.kit.rest.ApiProblemException;
import dev.beacon.channel.kit.testing.Aliases;
import dev.beacon.channel.kit.testing.ApiTestResource;
import dev.beacon.channel.kit.testing.CommunityFixtures;
import dev.beacon.channel.kit.testing.Subjects;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** channel-kit's polls, reactions, comments and notifications against the real, packaged api and its demo content. */
@QuarkusTest
@QuarkusTestResource(ApiTestResource.class)
class BeaconCommunityContractTest {

    @Inject
    BeaconCommunity community;

    @Inject
    BeaconDelivery delivery;

    @Inject
    BeaconPeople people;

    private String member() {
        String subject = Subjects.newWebPerson();
        people.update("demo", subject, new ProfileUpdate(Aliases.unique("kit"), null, null, null, null));
        return subject;
    }

    private long demoItem(String path) {
        return delivery.byPath("demo", path, "en").body().id();
    }

    @Test
    void readsAPollVotesOnceAndSeesTheResultsAsThePollSays() {
        long id = demoItem("have-your-say/health-information-poll");
        Delivered<Poll> poll = community.poll("demo", id, "pt");
        assertEquals("single", poll.body().kind());
        assertEquals("open", poll.body().state());
        assertEquals("percentages", poll.body().resultsAs());
        assertEquals("Uma clínica ou enfermeira", poll.body().choices().get(0).label());
        assertNotNull(poll.etag());
        assertTrue(community.poll("demo", id, "pt").notModified(), "the second read is a 304 from the API");

        String person = Subjects.newWebPerson();
        MyPoll before = community.myPoll("demo", person, id, "en");
        assertFalse(before.voted());
        assertEquals(4, before.order().size());

        PollVote vote = community.vote("demo", person, id, "en", VoteRequest.ofChoices(List.of("friends")));
        assertEquals(List.of("friends"), vote.choices());
        assertNotNull(vote.results());
        assertTrue(vote.results().choices().stream()
                .anyMatch(c -> c.key().equals("friends") && c.percentage() != null && c.percentage() > 0));

        MyPoll after = community.myPoll("demo", person, id, "en");
        assertTrue(after.voted());
        assertTrue(after.resultsShown());
        assertEquals(List.of("friends"), after.vote().choices());

        ApiProblemException again = assertThrows(
                ApiProblemException.class,
                () -> community.vote("demo", person, id, "en", VoteRequest.ofChoices(List.of("school"))));
        assertEquals("already-done", again.kind());

        Delivered<PollResults> results = community.results("demo", id, "en");
        assertTrue(results.body().total() >= 1);
        assertEquals(4, results.body().choices().size());
    }

    @Test
    void votesANumberAndIsRefusedOnAClosedPoll() {
        long sleep = demoItem("have-your-say/sleep-hours-poll");
        assertEquals("number", community.poll("demo", sleep, "en").body().kind());
        PollVote vote =
                community.vote("demo", Subjects.newWebPerson(), sleep, "en", VoteRequest.ofNumber(new BigDecimal("8")));
        assertEquals(0, new BigDecimal("8").compareTo(vote.number()));
        PollResults results = community.results("demo", sleep, "en").body();
        assertTrue(results.total() >= 1);
        assertNotNull(results.numbers().max());

        long closed = CommunityFixtures.closedPoll();
        assertEquals("closed", community.poll("demo", closed, "en").body().state());
        ApiProblemException refused = assertThrows(
                ApiProblemException.class,
                () -> community.vote(
                        "demo", Subjects.newWebPerson(), closed, "en", VoteRequest.ofChoices(List.of("yes"))));
        assertEquals("not-open", refused.kind());
    }

    @Test
    void reactsToAnArticleOnceWithTheThankYouInTheServedLocale() {
        long consent = demoItem("relationships/consent");
        Reactions before = community.reactions("demo", consent, "pt").body();
        assertEquals("Como te sentiste com este artigo?", before.question());
        assertEquals(
                List.of("helpful", "love", "confused"),
                before.choices().stream().map(Reactions.Choice::key).toList());
        long loves = before.choices().get(1).count();

        String person = Subjects.newWebPerson();
        Reacted reacted = community.react("demo", person, consent, "pt", "love");
        assertTrue(reacted.thankYou().startsWith("Obrigado"), reacted.thankYou());
        Reactions after = community.reactions("demo", consent, "pt").body();
        assertTrue(after.choices().get(1).count() > loves);

        ApiProblemException again = assertThrows(
                ApiProblemException.class, () -> community.react("demo", person, consent, "pt", "helpful"));
        assertEquals("already-done", again.kind());
        ApiProblemException none = assertThrows(
                ApiProblemException.class,
                () -> community.reactions("demo", CommunityFixtures.article("No question here"), "en"));
        assertEquals(404, none.status());
    }

    @Test
    void commentsRepliesReportsAndNotifiesTheAuthorOfTheReply() {
        long article = CommunityFixtures.article("Talk about it");
        CommentList empty = community.comments("demo", article, 1, 20).body();
        assertEquals("open", empty.state());
        assertTrue(empty.itemsOrEmpty().isEmpty());

        String ana = member();
        String ben = member();
        Comment first = community.comment("demo", ana, article, "<script>alert(1)</script> I agree", null);
        assertEquals("<script>alert(1)</script> I agree", first.text());
        Comment reply = community.comment("demo", ben, article, "Me too", first.id());
        assertEquals(first.id(), reply.parentId());

        Delivered<CommentList> list = community.comments("demo", article, 1, 20);
        assertNotNull(list.etag());
        Comment top = list.body().items().get(0);
        assertEquals(first.id(), top.id());
        assertFalse(top.html().contains("<script>"), top.html());
        assertEquals("Me too", top.replies().get(0).text());
        assertNotNull(top.replies().get(0).author());

        CommentReportReceipt receipt = community.report("demo", ana, reply.id(), "spam", "looks like an advert");
        assertEquals(reply.id(), receipt.commentId());
        ApiProblemException twice =
                assertThrows(ApiProblemException.class, () -> community.report("demo", ana, reply.id(), "other", null));
        assertEquals("already-done", twice.kind());

        NotificationPage unread = community.notifications("demo", ana, true, 1, 10);
        Notification n = unread.items().get(0);
        assertEquals("reply", n.kind());
        assertEquals(reply.id(), n.commentId());
        assertEquals(first.id(), n.inReplyToId());
        assertEquals(article, n.itemId());
        assertEquals("Me too", n.text());
        assertFalse(n.read());
        NotificationsRead read = community.markRead("demo", ana, n.id());
        assertEquals(1, read.marked());
        assertEquals(0, read.unread());
        assertTrue(
                community.notifications("demo", ana, true, 1, 10).itemsOrEmpty().isEmpty());
    }

    @Test
    void reportsCommentRefusalsWithTheirType() {
        long article = CommunityFixtures.article("Rules apply");
        ApiProblemException noAlias = assertThrows(
                ApiProblemException.class,
                () -> community.comment("demo", Subjects.newWebPerson(), article, "hello", null));
        assertEquals("alias-required", noAlias.kind());
        String person = member();
        ApiProblemException banned = assertThrows(
                ApiProblemException.class, () -> community.comment("demo", person, article, "you idiot", null));
        assertEquals("banned-text", banned.kind());
        ApiProblemException tooLong = assertThrows(
                ApiProblemException.class, () -> community.comment("demo", person, article, "x".repeat(2001), null));
        assertEquals("validation", tooLong.kind());
        assertNull(community.comments("demo", article, 1, 20).body().itemsOrEmpty().stream()
                .findFirst()
                .orElse(null));

        for (int i = 0; i < 5; i++) {
            community.comment("demo", person, article, "Point " + i, null);
        }
        ApiProblemException limited = assertThrows(
                ApiProblemException.class, () -> community.comment("demo", person, article, "One more", null));
        assertEquals("rate-limited", limited.kind());
        assertEquals(429, limited.status());
        assertTrue(limited.retryAfterSeconds() != null && limited.retryAfterSeconds() > 0, "Retry-After is kept");
    }
}
