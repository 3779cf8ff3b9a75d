package dev.beacon.channel.ussd.sms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.beacon.channel.kit.BeaconPeople;
import dev.beacon.channel.kit.model.Profile;
import dev.beacon.channel.kit.rest.ApiUnavailableException;
import dev.beacon.channel.kit.testing.SwitchedApi;
import dev.beacon.channel.ussd.support.SwitchedSmsResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/**
 * The SMS channel's api façades are channel-kit's with their fault tolerance: an api that fails once is retried
 * (the person never sees it), one that keeps failing is given up on after the retries. The api is reached through
 * channel-kit's {@link SwitchedApi}, which answers the next requests with 503 when told to.
 */
@QuarkusTest
@QuarkusTestResource(value = SwitchedSmsResource.class, restrictToAnnotatedClass = true)
class SmsFacadesTest {

    @Inject
    @SmsChannel
    BeaconPeople people;

    @Test
    void aFailedApiCallIsRetriedAndThreeFailuresInARowAreNot() {
        String person = "sms:2547" + ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999);
        Profile first = people.me("demo", person); // the token and the profile exist from here
        SwitchedApi.failNext(1);
        assertEquals(first.id(), people.me("demo", person).id(), "the 503 was retried");
        SwitchedApi.failNext(3);
        assertThrows(ApiUnavailableException.class, () -> people.me("demo", person), "1 call + 2 retries, all 503");
        SwitchedApi.failNext(0);
        assertEquals(first.id(), people.me("demo", person).id());
    }
}
