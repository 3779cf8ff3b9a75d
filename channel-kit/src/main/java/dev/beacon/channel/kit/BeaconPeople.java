package dev.beacon.channel.kit;

import dev.beacon.channel.kit.model.Consent;
import dev.beacon.channel.kit.model.ConsentRequest;
import dev.beacon.channel.kit.model.LinkCode;
import dev.beacon.channel.kit.model.LinkRequest;
import dev.beacon.channel.kit.model.PinSetting;
import dev.beacon.channel.kit.model.Profile;
import dev.beacon.channel.kit.model.ProfileUpdate;
import dev.beacon.channel.kit.model.Recovery;
import dev.beacon.channel.kit.model.SignIn;
import dev.beacon.channel.kit.rest.ApiProblemException;
import dev.beacon.channel.kit.rest.ApiUnavailableException;
import dev.beacon.channel.kit.rest.PeopleApi;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import java.time.temporal.ChronoUnit;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;

/**
 * A person's own data, through the channel, for the person named by {@code subject} (e.g. {@code web:4f…}).
 * Only idempotent calls are retried (GET, PUT, DELETE); a sign-in, a recovery or a consent is sent once,
 * because a retry could count a wrong PIN twice or record a consent twice.
 */
@ApplicationScoped
@Timeout(value = 8, unit = ChronoUnit.SECONDS)
@CircuitBreaker(
        requestVolumeThreshold = 20,
        failureRatio = 0.5,
        delay = 10,
        delayUnit = ChronoUnit.SECONDS,
        failOn = {ProcessingException.class, ApiUnavailableException.class, TimeoutException.class})
public class BeaconPeople {

    private final PeopleApi api;

    @Inject
    public BeaconPeople(PeopleApi api) {
        this.api = api;
    }

    @Retry(
            maxRetries = 2,
            delay = 150,
            jitter = 100,
            retryOn = {ProcessingException.class, ApiUnavailableException.class, TimeoutException.class})
    public Profile me(String site, String subject) {
        return api.me(site, subject);
    }

    @Retry(
            maxRetries = 2,
            delay = 150,
            jitter = 100,
            retryOn = {ProcessingException.class, ApiUnavailableException.class, TimeoutException.class})
    public Profile update(String site, String subject, ProfileUpdate request) {
        return api.update(site, subject, request);
    }

    @Retry(
            maxRetries = 2,
            delay = 150,
            jitter = 100,
            retryOn = {ProcessingException.class, ApiUnavailableException.class, TimeoutException.class})
    public Profile setPin(String site, String subject, PinSetting request) {
        return api.setPin(site, subject, request);
    }

    @Retry(
            maxRetries = 2,
            delay = 150,
            jitter = 100,
            retryOn = {ProcessingException.class, ApiUnavailableException.class, TimeoutException.class})
    public String export(String site, String subject) {
        return api.export(site, subject);
    }

    @Retry(
            maxRetries = 2,
            delay = 150,
            jitter = 100,
            retryOn = {ProcessingException.class, ApiUnavailableException.class, TimeoutException.class})
    public void erase(String site, String subject) {
        api.erase(site, subject);
    }

    /** Sign-out: Beacon forgets this identity (the profile stays); retried, since forgetting twice is forgetting once. */
    @Retry(
            maxRetries = 2,
            delay = 150,
            jitter = 100,
            retryOn = {ProcessingException.class, ApiUnavailableException.class, TimeoutException.class})
    public void forget(String site, String subject) {
        api.forget(site, subject);
    }

    /** The latest record of {@code document} for the person (accepted or withdrawn); {@code not-found} when none. */
    @Retry(
            maxRetries = 2,
            delay = 150,
            jitter = 100,
            retryOn = {ProcessingException.class, ApiUnavailableException.class, TimeoutException.class})
    public Consent consentOf(String site, String subject, String document) {
        return api.consentOf(site, subject, document);
    }

    /** Whether the person's latest word on {@code document} is a withdrawal (never asked: not withdrawn). */
    public boolean withdrew(String site, String subject, String document) {
        try {
            return consentOf(site, subject, document).withdrawn();
        } catch (ApiProblemException e) {
            if ("not-found".equals(e.kind())) {
                return false;
            }
            throw e;
        }
    }

    /** A new one-time code for linking another channel; sent once (each call makes a code). */
    public LinkCode linkCode(String site, String subject) {
        return api.linkCode(site, subject);
    }

    /** Links the caller's identity to the person who was shown {@code code}; sent once (a code is used once). */
    public Profile link(String site, String subject, String code) {
        return api.link(site, subject, new LinkRequest(code));
    }

    public Profile signIn(String site, String subject, SignIn request) {
        return api.signIn(site, subject, request);
    }

    public Profile recover(String site, String subject, Recovery request) {
        return api.recover(site, subject, request);
    }

    public Consent consent(String site, String subject, ConsentRequest request) {
        return api.consent(site, subject, request);
    }
}
