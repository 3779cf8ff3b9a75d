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
import dev.beacon.channel.kit.rest.PeopleApi;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.faulttolerance.Retry;

/**
 * A person's own data, through the channel, for the person named by {@code subject} (e.g. {@code web:4f…}).
 * Only idempotent calls are retried (GET, PUT, DELETE); a sign-in, a recovery or a consent is sent once,
 * because a retry could count a wrong PIN twice or record a consent twice.
 */
@ApplicationScoped
public class BeaconPeople extends ApiFacade {

    private final PeopleApi api;

    @Inject
    public BeaconPeople(PeopleApi api) {
        this.api = api;
    }

    public Profile me(String site, String subject) {
        return api.me(site, subject);
    }

    public Profile update(String site, String subject, ProfileUpdate request) {
        return api.update(site, subject, request);
    }

    public Profile setPin(String site, String subject, PinSetting request) {
        return api.setPin(site, subject, request);
    }

    public String export(String site, String subject) {
        return api.export(site, subject);
    }

    public void erase(String site, String subject) {
        api.erase(site, subject);
    }

    /** Sign-out: Beacon forgets this identity (the profile stays); retried, since forgetting twice is forgetting once. */
    public void forget(String site, String subject) {
        api.forget(site, subject);
    }

    /** The latest record of {@code document} for the person (accepted or withdrawn); {@code not-found} when none. */
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
    @Retry(maxRetries = 0)
    public LinkCode linkCode(String site, String subject) {
        return api.linkCode(site, subject);
    }

    /** Links the caller's identity to the person who was shown {@code code}; sent once (a code is used once). */
    @Retry(maxRetries = 0)
    public Profile link(String site, String subject, String code) {
        return api.link(site, subject, new LinkRequest(code));
    }

    @Retry(maxRetries = 0)
    public Profile signIn(String site, String subject, SignIn request) {
        return api.signIn(site, subject, request);
    }

    @Retry(maxRetries = 0)
    public Profile recover(String site, String subject, Recovery request) {
        return api.recover(site, subject, request);
    }

    @Retry(maxRetries = 0)
    public Consent consent(String site, String subject, ConsentRequest request) {
        return api.consent(site, subject, request);
    }
}
