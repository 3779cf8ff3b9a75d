package dev.beacon.channel.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.beacon.channel.kit.testing.ApiTestResource;
import dev.beacon.channel.kit.testing.ChatPerson;
import dev.beacon.channel.kit.testing.ChatPerson.Reply;
import dev.beacon.channel.kit.testing.ConversationHarness;
import dev.beacon.text.Measure;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every screen of the demo site on the USSD profile, walked as a person types: from the first screen, every number
 * of every menu page and {@code 00} for the next page, breadth first, against the real api and its demo content. Each
 * screen is at most 182 characters as {@code text}'s {@code Measure.USSD} counts them, and every option of every
 * screen is reachable: the pages of a menu number its choices 1…n without a gap, and n + 1 is "no such option"
 * (so the engine holds no choice the screens left out). Writes (votes, answers, reactions, stop, delete) are not
 * typed, nor Start of a survey (it would change what the survey's screen shows), so one person walks the whole
 * site; screens in other languages are not walked.
 */
@QuarkusTest
@QuarkusTestResource(ApiTestResource.class)
class UssdWalkTest {

    private static final Set<Op> WRITES =
            Set.of(Op.VOTE, Op.VOTE_MANY, Op.REACT, Op.ANSWER, Op.STOP, Op.START, Op.DELETE, Op.DELETE_CONFIRMED);
    private static final int MAX_SCREENS = 2000;

    @Test
    void everyScreenOfTheDemoFitsAndEveryOptionIsReachable() {
        ConversationHarness bot = ConversationHarness.on("ussd");
        PayloadCodec codec = new PayloadCodec(ConversationHarness.TEST_KEY);
        ChatPerson person = bot.person();
        person.firstContact(null);
        Deque<String> todo = new ArrayDeque<>();
        Set<String> seen = new HashSet<>();
        todo.add(person.context());
        int screens = 0;
        int paged = 0;
        int widest = 0;
        while (!todo.isEmpty()) {
            String context = todo.poll();
            Action route = codec.verify(person.site(), person.identity(), context);
            if (!seen.add(route.op() + "" + route.args())) {
                continue;
            }
            assertTrue(++screens <= MAX_SCREENS, "more screens than expected: " + screens);
            if (takesANumber(bot, route)) {
                continue; // a typed number would be the vote (the screen was measured when it was reached)
            }
            // The screen again at its menu's first page (under "There is no option 99"), then 00 to its last page.
            List<Choice> all = new ArrayList<>();
            List<String> pages = new ArrayList<>();
            String text = person.sendsWithContext("99", context).text();
            assertEquals(context, person.context(), "a number on no menu shows the screen again: " + text);
            while (true) {
                widest = Math.max(widest, Measure.USSD.length(text));
                all.addAll(person.last().outbound().choices());
                pages.add(person.context());
                if (!text.contains("\n00 ")) {
                    break;
                }
                assertTrue(pages.size() < 20, "a menu of 20 pages: " + text);
                text = person.sendsWithContext("00", person.context()).text();
                paged++;
            }
            if (pages.size() > 1) {
                person.sendsWithContext("0", pages.get(pages.size() - 1));
                assertEquals(pages.get(pages.size() - 2), person.context(), "0 shows the page before");
            }
            for (int n = 1; n <= all.size(); n++) {
                Action action = codec.verify(
                        person.site(), person.identity(), all.get(n - 1).payload());
                boolean startsASurvey = action.op() == Op.SURVEY && "go".equals(action.arg(1));
                if (WRITES.contains(action.op()) || startsASurvey || action.locale() != route.locale()) {
                    continue;
                }
                Reply next =
                        person.sendsWithContext(Integer.toString(n), context).doesNotSay("There is no option");
                widest = Math.max(widest, Measure.USSD.length(next.text()));
                Action to = person.context() == null
                        ? null
                        : codec.verify(person.site(), person.identity(), person.context());
                boolean anotherPick =
                        to != null && to.op() == Op.POLL && to.args().size() > 1;
                if (to != null && !anotherPick) {
                    todo.add(person.context());
                }
            }
            // The number after the last shown is on no menu: the engine shows the same screen again (its words may
            // not fit a UCS-2 screen, so the context says it), and holds no choice the pages left out.
            person.sendsWithContext(Integer.toString(all.size() + 1), context);
            assertEquals(context, person.context(), (all.size() + 1) + " is no choice of: " + text);
        }
        assertTrue(screens > 60, "the demo has more screens than " + screens);
        assertTrue(widest <= 182, "a screen of " + widest);
        System.out.printf("USSD walk: %d screens, %d menu pages after a first, widest %d%n", screens, paged, widest);
    }

    /** A poll that takes a typed number (and has not been answered): a number typed there is the vote. */
    private static boolean takesANumber(ConversationHarness bot, Action route) {
        if (route.op() != Op.POLL) {
            return false;
        }
        return "number"
                .equals(bot.api()
                        .community()
                        .poll("demo", route.id(0), "en")
                        .body()
                        .kind());
    }
}
