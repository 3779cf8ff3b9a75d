package dev.beacon.channel.kit.testing;

import dev.beacon.channel.kit.testing.graph.GraphDouble;
import org.junit.jupiter.api.Test;

/**
 * The engine's scripts ({@link ChatScripts}) as tests an adapter's {@code @QuarkusTest} inherits: the same
 * conversations on every platform, each asserting that the platform's double refused nothing.
 */
public abstract class ChatScriptsContract {

    /** A new person on the adapter's platform. */
    protected abstract WebhookPerson person();

    protected abstract GraphDouble graph();

    @Test
    void firstContactThenASectionAnArticlePagedWithMoreAndAReaction() {
        WebhookPerson person = person();
        ChatScripts.sectionArticleMoreAndReaction(person);
        person.assertNothingRefused(graph());
    }

    @Test
    void votesInTheDemoPollAndSeesTheResults() {
        WebhookPerson person = person();
        ChatScripts.votesInTheDemoPoll(person);
        person.assertNothingRefused(graph());
    }

    @Test
    void theDemoSurveyFollowsItsSkipLogicAndResumes() {
        ChatScripts.theDemoSurveyFollowsItsSkipLogicAndResumes(this::person);
    }

    @Test
    void anApiOutageGetsAShortTryAgainAndTheNextMessageWorks() {
        WebhookPerson person = person();
        ChatScripts.anApiOutageGetsATryAgainAndTheNextMessageWorks(person);
        person.assertNothingRefused(graph());
    }
}
