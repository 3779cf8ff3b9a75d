package dev.beacon.api.profiles;

import dev.beacon.api.profiles.ChannelActor.Subject;
import dev.beacon.api.profiles.ProfileRequests.PinRequest;
import dev.beacon.api.profiles.ProfileResponses.LinkCodeResponse;
import dev.beacon.api.profiles.ProfileResponses.ProfileResponse;
import dev.beacon.api.shared.config.BeaconConfig;
import dev.beacon.api.shared.error.ProblemException;
import dev.beacon.api.shared.error.ProblemType;
import dev.beacon.api.sites.Site;
import dev.beacon.api.sites.SiteRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Getting back into a profile: the web PIN (sign-in, lock-out, recovery by security answer) and
 * one-time codes that link another channel.
 */
@ApplicationScoped
public class SignInService {

    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();
    private static final java.time.Duration LINK_CODE_LIFETIME = java.time.Duration.ofMinutes(10);

    @Inject
    ProfileService profiles;

    @Inject
    SiteRepository sites;

    @Inject
    EntityManager em;

    @Inject
    PinHasher hasher;

    @Inject
    BeaconConfig config;

    @Inject
    Clock clock;

    @Transactional
    public ProfileResponse setPin(String siteSlug, Subject subject, PinRequest request) {
        Profile profile = profiles.resolve(siteSlug, subject);
        if (profile.alias == null) {
            throw ProblemException.invalid("alias", "choose an alias before a PIN: you sign in with both");
        }
        Site site = sites.requireBySlug(siteSlug);
        boolean known = site.settings.profilesOrDefaults().securityQuestions().stream()
                .anyMatch(q -> q.key().equals(request.securityQuestion()));
        if (!known) {
            throw ProblemException.invalid(
                    "securityQuestion",
                    "must be one of the site's questions "
                            + site.settings.profilesOrDefaults().securityQuestions().stream()
                                    .map(q -> q.key())
                                    .toList());
        }
        profile.pinHash = hasher.hash(request.pin());
        profile.failedPinAttempts = 0;
        profile.lockedUntil = null;
        em.createNativeQuery("DELETE FROM security_answer WHERE profile_id = :p")
                .setParameter("p", profile.id)
                .executeUpdate();
        em.createNativeQuery("INSERT INTO security_answer (profile_id, question, answer_hash) VALUES (:p, :q, :a)")
                .setParameter("p", profile.id)
                .setParameter("q", request.securityQuestion().strip())
                .setParameter("a", hasher.hash(PinHasher.normaliseAnswer(request.securityAnswer())))
                .executeUpdate();
        profile.updatedAt = clock.instant();
        em.flush();
        return ProfileResponse.of(profile, profiles.identities(profile.id));
    }

    /**
     * Web sign-in with alias and PIN. The profile row is locked for the check, so concurrent guesses are
     * counted one by one and the lock-out holds. An unknown alias fails exactly like a wrong PIN.
     * On success the caller's channel identity moves to this profile.
     */
    @Transactional(dontRollbackOn = ProblemException.class)
    public ProfileResponse signIn(String siteSlug, Subject subject, String alias, String pin) {
        Site site = sites.requireBySlug(siteSlug);
        Profile profile = checked(site, alias, p -> hasher.matches(pin, p.pinHash), pin);
        moveIdentity(site.id, subject, profile, clock.instant());
        em.flush();
        return ProfileResponse.of(profile, profiles.identities(profile.id));
    }

    /** A forgotten PIN: the security answer stands in for it, under the same lock-out, and sets a new one. */
    @Transactional(dontRollbackOn = ProblemException.class)
    public ProfileResponse recover(String siteSlug, Subject subject, String alias, String answer, String newPin) {
        Site site = sites.requireBySlug(siteSlug);
        String normalised = PinHasher.normaliseAnswer(answer);
        Profile profile = checked(
                site, alias, p -> answerHashes(p.id).stream().anyMatch(h -> hasher.matches(normalised, h)), answer);
        profile.pinHash = hasher.hash(newPin);
        profile.updatedAt = clock.instant();
        moveIdentity(site.id, subject, profile, clock.instant());
        em.flush();
        return ProfileResponse.of(profile, profiles.identities(profile.id));
    }

    /**
     * The profile behind an alias if {@code secretMatches}, counting failures. The row is locked for the
     * check, so concurrent guesses are counted one by one and the lock-out holds. An unknown alias fails
     * exactly like a wrong secret.
     */
    private Profile checked(
            Site site, String alias, java.util.function.Predicate<Profile> secretMatches, String secret) {
        List<Profile> found = em.createQuery(
                        "from Profile p where p.siteId = :site and p.aliasKey = :key", Profile.class)
                .setParameter("site", site.id)
                .setParameter("key", AliasPolicy.key(alias))
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
        Instant now = clock.instant();
        if (found.isEmpty() || found.get(0).pinHash == null) {
            hasher.hash(secret); // spend the same time as a real check
            throw new ProblemException(ProblemType.SIGN_IN_FAILED, "That alias and PIN do not match");
        }
        Profile profile = found.get(0);
        if (profile.lockedUntil != null && now.isBefore(profile.lockedUntil)) {
            throw locked(profile.lockedUntil, now);
        }
        if (!secretMatches.test(profile)) {
            profile.failedPinAttempts++;
            if (profile.failedPinAttempts >= config.profiles().maxPinAttempts()) {
                profile.failedPinAttempts = 0;
                profile.lockedUntil = now.plus(config.profiles().lockout());
                em.flush();
                throw locked(profile.lockedUntil, now);
            }
            em.flush();
            throw new ProblemException(ProblemType.SIGN_IN_FAILED, "That alias and PIN do not match");
        }
        profile.failedPinAttempts = 0;
        profile.lockedUntil = null;
        return profile;
    }

    /** A fresh one-time code for this person; older codes of theirs stop working. */
    @Transactional
    public LinkCodeResponse linkCode(String siteSlug, Subject subject) {
        Profile profile = profiles.resolve(siteSlug, subject);
        String code = String.format("%08d", RANDOM.nextInt(100_000_000));
        Instant expires = clock.instant().plus(LINK_CODE_LIFETIME);
        em.createNativeQuery("DELETE FROM link_code WHERE profile_id = :p OR expires_at < :now")
                .setParameter("p", profile.id)
                .setParameter("now", clock.instant())
                .executeUpdate();
        em.createNativeQuery("INSERT INTO link_code (code_hash, profile_id, expires_at) VALUES (:h, :p, :e)")
                .setParameter("h", codeHash(profile.siteId, code))
                .setParameter("p", profile.id)
                .setParameter("e", expires)
                .executeUpdate();
        return new LinkCodeResponse(code, expires);
    }

    /** Typing the code on another channel links that channel's identity to the code's profile. */
    @Transactional
    public ProfileResponse link(String siteSlug, Subject subject, String code) {
        Site site = sites.requireBySlug(siteSlug);
        @SuppressWarnings("unchecked")
        List<Number> owners = em.createNativeQuery(
                        "DELETE FROM link_code WHERE code_hash = :h AND expires_at > :now RETURNING profile_id")
                .setParameter("h", codeHash(site.id, code))
                .setParameter("now", clock.instant())
                .getResultList();
        if (owners.isEmpty()) {
            throw ProblemException.invalid("code", "this code is wrong or has expired; ask for a new one");
        }
        Profile target = em.find(Profile.class, owners.get(0).longValue());
        moveIdentity(site.id, subject, target, clock.instant());
        em.flush();
        return ProfileResponse.of(target, profiles.identities(target.id));
    }

    private List<String> answerHashes(long profileId) {
        @SuppressWarnings("unchecked")
        List<String> hashes = em.createNativeQuery("SELECT answer_hash FROM security_answer WHERE profile_id = :p")
                .setParameter("p", profileId)
                .getResultList();
        return hashes;
    }

    private static String codeHash(long siteId, String code) {
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                    .digest((siteId + ":" + code).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(digest);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Moves the caller's identity to the signed-in profile; an untouched first-contact profile left behind goes. */
    private void moveIdentity(long siteId, Subject subject, Profile target, Instant now) {
        ChannelIdentity current = profiles.identity(siteId, subject);
        if (current == null) {
            profiles.link(target, subject, now);
            return;
        }
        if (current.profileId == target.id) {
            return;
        }
        Profile previous = em.find(Profile.class, current.profileId);
        current.profileId = target.id;
        em.flush();
        if (previous != null
                && previous.alias == null
                && profiles.identities(previous.id).isEmpty()) {
            em.remove(previous);
        }
    }

    private static ProblemException locked(Instant until, Instant now) {
        long minutes = Math.max(1, java.time.Duration.between(now, until).toMinutes());
        return new ProblemException(
                ProblemType.LOCKED,
                "Too many wrong PINs. Try again in " + minutes + " minute(s), or recover your PIN.");
    }
}
