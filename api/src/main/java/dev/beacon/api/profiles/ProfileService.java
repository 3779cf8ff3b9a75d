package dev.beacon.api.profiles;

import dev.beacon.api.profiles.ChannelActor.Subject;
import dev.beacon.api.profiles.ProfileRequests.ConsentRequest;
import dev.beacon.api.profiles.ProfileRequests.PinRequest;
import dev.beacon.api.profiles.ProfileRequests.ProfileUpdateRequest;
import dev.beacon.api.profiles.ProfileResponses.ConsentResponse;
import dev.beacon.api.profiles.ProfileResponses.LinkCodeResponse;
import dev.beacon.api.profiles.ProfileResponses.ProfileExport;
import dev.beacon.api.profiles.ProfileResponses.ProfileResponse;
import dev.beacon.api.shared.config.BeaconConfig;
import dev.beacon.api.shared.error.ProblemException;
import dev.beacon.api.shared.error.ProblemType;
import dev.beacon.api.sites.Site;
import dev.beacon.api.sites.SiteRepository;
import dev.beacon.api.sites.SiteSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/** Profiles: first contact from any channel, the person's own fields, PIN sign-in, consent, export and erasure. */
@ApplicationScoped
public class ProfileService {

    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();
    private static final java.time.Duration LINK_CODE_LIFETIME = java.time.Duration.ofMinutes(10);

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

    /** The profile behind a channel identity; the first contact creates both. */
    @Transactional
    public Profile resolve(String siteSlug, Subject subject) {
        Site site = sites.requireBySlug(siteSlug);
        // Two first messages at once must not make two profiles: serialise on the identity.
        em.createNativeQuery("SELECT pg_advisory_xact_lock(hashtextextended(:key, 0))")
                .setParameter("key", site.id + "|" + subject)
                .getSingleResult();
        ChannelIdentity identity = identity(site.id, subject);
        if (identity != null) {
            return em.find(Profile.class, identity.profileId);
        }
        Instant now = clock.instant();
        Profile profile = new Profile();
        profile.siteId = site.id;
        profile.createdAt = now;
        profile.updatedAt = now;
        em.persist(profile);
        link(profile, subject, now);
        return profile;
    }

    @Transactional
    public ProfileResponse view(String siteSlug, Subject subject) {
        Profile profile = resolve(siteSlug, subject);
        return ProfileResponse.of(profile, identities(profile.id));
    }

    @Transactional
    public ProfileResponse update(String siteSlug, Subject subject, ProfileUpdateRequest request) {
        Site site = sites.requireBySlug(siteSlug);
        Profile profile = resolve(siteSlug, subject);
        if (request.alias() == null) {
            profile.alias = null;
            profile.aliasKey = null;
        } else {
            String alias = AliasPolicy.check(request.alias(), site.settings.bannedWords());
            String key = AliasPolicy.key(alias);
            long taken = em.createQuery("select count(p) from Profile p where p.siteId = :site and p.aliasKey = :key and p.id <> :id", Long.class)
                    .setParameter("site", site.id).setParameter("key", key).setParameter("id", profile.id)
                    .getSingleResult();
            if (taken > 0) {
                throw ProblemException.conflict("The alias '" + alias + "' is taken on this site; choose another");
            }
            profile.alias = alias;
            profile.aliasKey = key;
        }
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        if (request.dateOfBirth() != null && request.dateOfBirth().isAfter(today)) {
            throw ProblemException.invalid("dateOfBirth", "must not be in the future");
        }
        SiteSettings.Profiles asked = site.settings.profilesOrDefaults();
        checkField("avatar", asked.avatar(), request.avatar());
        checkField("dateOfBirth", asked.dateOfBirth(), request.dateOfBirth());
        checkField("gender", asked.gender(), blankToNull(request.gender()));
        checkField("location", asked.location(), blankToNull(request.location()));
        if (asked.minimumAge() != null && request.dateOfBirth() != null
                && request.dateOfBirth().plusYears(asked.minimumAge()).isAfter(today)) {
            throw ProblemException.invalid("dateOfBirth", "you must be at least " + asked.minimumAge() + " to join this site");
        }
        profile.avatar = request.avatar();
        profile.dateOfBirth = request.dateOfBirth();
        profile.gender = blankToNull(request.gender());
        profile.location = blankToNull(request.location());
        profile.updatedAt = clock.instant();
        em.flush();
        return ProfileResponse.of(profile, identities(profile.id));
    }

    @Transactional
    public ProfileResponse setPin(String siteSlug, Subject subject, PinRequest request) {
        Profile profile = resolve(siteSlug, subject);
        if (profile.alias == null) {
            throw ProblemException.invalid("alias", "choose an alias before a PIN: you sign in with both");
        }
        profile.pinHash = hasher.hash(request.pin());
        profile.failedPinAttempts = 0;
        profile.lockedUntil = null;
        em.createNativeQuery("DELETE FROM security_answer WHERE profile_id = :p").setParameter("p", profile.id).executeUpdate();
        em.createNativeQuery("INSERT INTO security_answer (profile_id, question, answer_hash) VALUES (:p, :q, :a)")
                .setParameter("p", profile.id)
                .setParameter("q", request.securityQuestion().strip())
                .setParameter("a", hasher.hash(PinHasher.normaliseAnswer(request.securityAnswer())))
                .executeUpdate();
        profile.updatedAt = clock.instant();
        em.flush();
        return ProfileResponse.of(profile, identities(profile.id));
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
        return ProfileResponse.of(profile, identities(profile.id));
    }

    /** A forgotten PIN: the security answer stands in for it, under the same lock-out, and sets a new one. */
    @Transactional(dontRollbackOn = ProblemException.class)
    public ProfileResponse recover(String siteSlug, Subject subject, String alias, String answer, String newPin) {
        Site site = sites.requireBySlug(siteSlug);
        String normalised = PinHasher.normaliseAnswer(answer);
        Profile profile = checked(site, alias, p -> answerHashes(p.id).stream().anyMatch(h -> hasher.matches(normalised, h)), answer);
        profile.pinHash = hasher.hash(newPin);
        profile.updatedAt = clock.instant();
        moveIdentity(site.id, subject, profile, clock.instant());
        em.flush();
        return ProfileResponse.of(profile, identities(profile.id));
    }

    /**
     * The profile behind an alias if {@code secretMatches}, counting failures. The row is locked for the
     * check, so concurrent guesses are counted one by one and the lock-out holds. An unknown alias fails
     * exactly like a wrong secret.
     */
    private Profile checked(Site site, String alias, java.util.function.Predicate<Profile> secretMatches, String secret) {
        List<Profile> found = em.createQuery("from Profile p where p.siteId = :site and p.aliasKey = :key", Profile.class)
                .setParameter("site", site.id).setParameter("key", AliasPolicy.key(alias))
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
        Profile profile = resolve(siteSlug, subject);
        String code = String.format("%08d", RANDOM.nextInt(100_000_000));
        Instant expires = clock.instant().plus(LINK_CODE_LIFETIME);
        em.createNativeQuery("DELETE FROM link_code WHERE profile_id = :p OR expires_at < :now")
                .setParameter("p", profile.id).setParameter("now", clock.instant()).executeUpdate();
        em.createNativeQuery("INSERT INTO link_code (code_hash, profile_id, expires_at) VALUES (:h, :p, :e)")
                .setParameter("h", codeHash(profile.siteId, code)).setParameter("p", profile.id).setParameter("e", expires)
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
                .setParameter("h", codeHash(site.id, code)).setParameter("now", clock.instant()).getResultList();
        if (owners.isEmpty()) {
            throw ProblemException.invalid("code", "this code is wrong or has expired; ask for a new one");
        }
        Profile target = em.find(Profile.class, owners.get(0).longValue());
        moveIdentity(site.id, subject, target, clock.instant());
        em.flush();
        return ProfileResponse.of(target, identities(target.id));
    }

    private List<String> answerHashes(long profileId) {
        @SuppressWarnings("unchecked")
        List<String> hashes = em.createNativeQuery("SELECT answer_hash FROM security_answer WHERE profile_id = :p")
                .setParameter("p", profileId).getResultList();
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

    @Transactional
    public ConsentResponse consent(String siteSlug, Subject subject, ConsentRequest request) {
        Profile profile = resolve(siteSlug, subject);
        Consent consent = new Consent();
        consent.profileId = profile.id;
        consent.document = request.document().strip();
        consent.version = request.version().strip();
        consent.channel = subject.channel();
        consent.acceptedAt = clock.instant();
        em.persist(consent);
        return ConsentResponse.of(consent);
    }

    @Transactional
    public ProfileExport export(String siteSlug, Subject subject) {
        return export(siteSlug, resolve(siteSlug, subject));
    }

    @Transactional
    public ProfileExport exportById(String siteSlug, long profileId) {
        return export(siteSlug, require(siteSlug, profileId));
    }

    /**
     * Erasure: the profile, its identities, consents and security answers go (the foreign keys cascade).
     * Nothing is kept that links back to the person.
     */
    @Transactional
    public void erase(String siteSlug, Subject subject) {
        em.remove(resolve(siteSlug, subject));
        em.flush();
    }

    @Transactional
    public void eraseById(String siteSlug, long profileId) {
        em.remove(require(siteSlug, profileId));
        em.flush();
    }

    private ProfileExport export(String siteSlug, Profile profile) {
        List<ConsentResponse> consents = em.createQuery("from Consent c where c.profileId = :p order by c.acceptedAt", Consent.class)
                .setParameter("p", profile.id).getResultList().stream().map(ConsentResponse::of).toList();
        @SuppressWarnings("unchecked")
        List<String> questions = em.createNativeQuery("SELECT question FROM security_answer WHERE profile_id = :p ORDER BY question")
                .setParameter("p", profile.id).getResultList();
        return new ProfileExport(siteSlug, ProfileResponse.of(profile, identities(profile.id)), consents, questions, clock.instant());
    }

    private Profile require(String siteSlug, long profileId) {
        Site site = sites.requireBySlug(siteSlug);
        Profile profile = em.find(Profile.class, profileId);
        if (profile == null || profile.siteId != site.id) {
            throw ProblemException.notFound("Profile", profileId);
        }
        return profile;
    }

    /** Moves the caller's identity to the signed-in profile; an untouched first-contact profile left behind goes. */
    private void moveIdentity(long siteId, Subject subject, Profile target, Instant now) {
        ChannelIdentity current = identity(siteId, subject);
        if (current == null) {
            link(target, subject, now);
            return;
        }
        if (current.profileId == target.id) {
            return;
        }
        Profile previous = em.find(Profile.class, current.profileId);
        current.profileId = target.id;
        em.flush();
        if (previous != null && previous.alias == null && identities(previous.id).isEmpty()) {
            em.remove(previous);
        }
    }

    private ChannelIdentity identity(long siteId, Subject subject) {
        return em.createQuery("from ChannelIdentity i where i.siteId = :site and i.channel = :channel and i.externalId = :id",
                ChannelIdentity.class)
                .setParameter("site", siteId).setParameter("channel", subject.channel()).setParameter("id", subject.externalId())
                .getResultStream().findFirst().orElse(null);
    }

    private List<ChannelIdentity> identities(long profileId) {
        return em.createQuery("from ChannelIdentity i where i.profileId = :p", ChannelIdentity.class)
                .setParameter("p", profileId).getResultList();
    }

    private void link(Profile profile, Subject subject, Instant now) {
        ChannelIdentity identity = new ChannelIdentity();
        identity.profileId = profile.id;
        identity.siteId = profile.siteId;
        identity.channel = subject.channel();
        identity.externalId = subject.externalId();
        identity.createdAt = now;
        em.persist(identity);
    }

    /** A site decides which fields it asks for; a field it does not ask for is refused, a required one must be there. */
    private static void checkField(String field, SiteSettings.FieldPolicy policy, Object value) {
        if (policy == SiteSettings.FieldPolicy.off && value != null) {
            throw ProblemException.invalid(field, "this site does not ask for it");
        }
        if (policy == SiteSettings.FieldPolicy.required && value == null) {
            throw ProblemException.invalid(field, "this site needs it");
        }
    }

    private static ProblemException locked(Instant until, Instant now) {
        long minutes = Math.max(1, java.time.Duration.between(now, until).toMinutes());
        return new ProblemException(ProblemType.LOCKED, "Too many wrong PINs. Try again in " + minutes + " minute(s), or recover your PIN.");
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
