package dev.beacon.channel.kit;

import dev.beacon.channel.kit.rest.ApiUnavailableException;
import jakarta.ws.rs.ProcessingException;
import java.time.temporal.ChronoUnit;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;

/**
 * How every façade of the api behaves when the api or the network fails, declared once (the annotations are
 * {@code @Inherited}, so each façade and each of its methods gets them): a call gives up after 8 s; a method whose
 * calls fail half of a window of 20 opens its circuit for 10 s and fails fast meanwhile; and a call is retried twice
 * (150 ms apart, with jitter) after a network failure, a 5xx or a timeout. A 4xx is the answer and is never retried.
 *
 * <p>The retry suits idempotent calls (GET, PUT, DELETE). A call the api counts (a vote, a comment, a sign-in, a
 * consent) must be sent once, since a retry after a lost answer would count it twice: it says so with
 * {@code @Retry(maxRetries = 0)}.
 */
@Timeout(value = 8, unit = ChronoUnit.SECONDS)
@CircuitBreaker(
        requestVolumeThreshold = 20,
        failureRatio = 0.5,
        delay = 10,
        delayUnit = ChronoUnit.SECONDS,
        failOn = {ProcessingException.class, ApiUnavailableException.class, TimeoutException.class})
@Retry(
        maxRetries = 2,
        delay = 150,
        jitter = 100,
        retryOn = {ProcessingException.class, ApiUnavailableException.class, TimeoutException.class})
abstract class ApiFacade {}
