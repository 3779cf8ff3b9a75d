package dev.beacon.api.polls;

import static dev.beacon.api.polls.Polls.count;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.beacon.api.testing.KeycloakTestResource;
import dev.beacon.api.testing.People;
import dev.beacon.api.testing.Staff;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Many votes at the same moment, through one channel client as in production: nothing lost, nothing counted twice. */
@QuarkusTest
@WithTestResource(KeycloakTestResource.class)
class PollConcurrencyTest {

    private static final String VOTES = "/api/v1/sites/{site}/polls/{id}/votes";

    @Inject
    AgroalDataSource db;

    @Test
    void fiveHundredPeopleVotingAtOnceAreCountedExactly() throws Exception {
        String site = Staff.newSite();
        long id = Polls.singleChoice(site);
        People.clientToken("web"); // one token for every person, fetched before the start gate
        List<String> keys = List.of("yes", "no", "not-sure");
        Map<Integer, Integer> statuses = race(500, i -> People.as(People.newPerson())
                .body("{\"choices\":[\"" + keys.get(i % 3) + "\"]}").post(VOTES, site, id).statusCode());
        assertEquals(Map.of(201, 500), statuses);
        given().get("/api/v1/sites/{site}/polls/{id}/results", site, id).then().statusCode(200)
                .body("total", equalTo(500)).body("choices.count", contains(167, 167, 166));
        assertEquals(500, count(db, "SELECT count(*) FROM poll_vote WHERE poll_id = " + id));
        assertEquals(500, count(db, "SELECT count(DISTINCT profile_id) FROM poll_vote WHERE poll_id = " + id));
        assertEquals(500, count(db, "SELECT count(*) FROM poll_vote_choice WHERE poll_id = " + id));
    }

    @Test
    void onePersonVotingTwentyTimesAtOnceIsCountedOnce() throws Exception {
        String site = Staff.newSite();
        long id = Polls.singleChoice(site);
        String person = People.newPerson(); // first contact happens inside the race too: one profile must come of it
        People.clientToken("web");
        Map<Integer, Integer> statuses = race(20, i -> People.as(person).body("{\"choices\":[\"yes\"]}").post(VOTES, site, id).statusCode());
        assertEquals(Map.of(201, 1, 409, 19), statuses);
        assertEquals(1, count(db, "SELECT count(*) FROM poll_vote WHERE poll_id = " + id));
        assertEquals(1, count(db, "SELECT count(*) FROM poll_vote_choice WHERE poll_id = " + id));
        given().get("/api/v1/sites/{site}/polls/{id}/results", site, id).then().body("total", equalTo(1));
    }

    interface Call {
        int status(int index);
    }

    /** Runs {@code n} calls released together by a start gate; returns how many got each status. */
    private static Map<Integer, Integer> race(int n, Call call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(n, 64));
        try {
            CountDownLatch gate = new CountDownLatch(1);
            List<Future<Integer>> results = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int index = i;
                Callable<Integer> task = () -> {
                    gate.await();
                    return call.status(index);
                };
                results.add(pool.submit(task));
            }
            gate.countDown();
            Map<Integer, Integer> statuses = new TreeMap<>();
            for (Future<Integer> f : results) {
                statuses.merge(f.get(120, TimeUnit.SECONDS), 1, Integer::sum);
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }
}
