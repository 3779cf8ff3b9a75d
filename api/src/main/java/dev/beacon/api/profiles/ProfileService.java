package dev.beacon.api.profiles;

import dev.beacon.api.events.EventType;
import dev.beacon.api.events.Outbox;
import dev.beacon.api.profiles.ChannelActor.Subject;
import dev.beacon.api.profiles.ProfileRequests.ConsentRequest;
import dev.beacon.api.profiles.ProfileRequests.ProfileUpdateRequest;
import dev.beacon.api.profiles.ProfileResponses.ConsentResponse;
import dev.beacon.api.profiles.ProfileResponses.ProfileExportResponse;
import dev.beacon.api.profiles.ProfileResponses.ProfileResponse;
import dev.beacon.api.shared.error.Problem;
import dev.beacon.api.shared.error.ProblemException;
import dev.beacon.api.shared.error.ProblemType;
import dev.beacon.api.sites.Site;
import dev.beacon.api.sites.SiteRepository;
import dev.beacon.api.sites.SiteSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Profiles: first contact from any channel, the person's own fields, consent, export and erasure. */
@ApplicationScoped
public class ProfileService {

    @Inject
    Outbox outbox;

    @Inject
    SiteRepository sites;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Event<ProfileErasing> erasing;

    @Inject
    @Any
    Instance<PersonalData> personalData;

    /**
     * The profile behind a channel identity, locked until the transaction ends; the first contact creates both.
     * The lock serialises the requests of one person: an erasure (through another channel, or by a site admin)
     * waits for a request under way, and a request that waited for an erasure finds the profile gone and says so
     * (404) instead of failing on it.
     */
    @Transactional
    public Profile resolve(String siteSlug, Subject subject) {
        Site site = sites.requireBySlug(siteSlug);
        ChannelIdentity identity = identity(site.id, subject);
        if (identity == null) {
            // Two first messages at once must not make two profiles: serialise first contacts on the identity,
            // then look again. Every later message takes the lock-free path above.
            em.createNativeQuery("SELECT pg_advisory_xact_lock(hashtextextended(:key, 0))")
                    .setParameter("key", site.id + "|" + subject)
                    .getSingleResult();
            identity = identity(site.id, subject);
        }
        if (identity != null) {
            Profile profile = locked(identity.profileId);
            if (profile == null) {
                throw new ProblemException(
                        ProblemType.NOT_FOUND, "This person's profile was erased while the request was under way");
            }
            return profile;
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

    /** The profile, its row locked for the transaction; null when it is gone (erased meanwhile). */
    private Profile locked(long profileId) {
        return em.find(Profile.class, profileId, LockModeType.PESSIMISTIC_WRITE);
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
            String alias = AliasPolicy.check(request.alias(), site.settings);
            String key = AliasPolicy.key(alias);
            long taken = em.createQuery(
                            "select count(p) from Profile p where p.siteId = :site and p.aliasKey = :key and p.id <> :id",
                            Long.class)
                    .setParameter("site", site.id)
                    .setParameter("key", key)
                    .setParameter("id", profile.id)
                    .getSingleResult();
            if (taken > 0) {
                throw new ProblemException(
                        ProblemType.CONFLICT,
                        "The alias '" + alias + "' is taken on this site; choose another",
                        List.of(new Problem.FieldError("alias", "is taken on this site")));
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
        if (asked.minimumAge() != null
                && request.dateOfBirth() != null
                && request.dateOfBirth().plusYears(asked.minimumAge()).isAfter(today)) {
            throw ProblemException.invalid(
                    "dateOfBirth", "you must be at least " + asked.minimumAge() + " to join this site");
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
    public ConsentResponse consent(String siteSlug, Subject subject, ConsentRequest request) {
        Profile profile = resolve(siteSlug, subject);
        Consent consent = new Consent();
        consent.profileId = profile.id;
        consent.document = request.document().strip();
        consent.version = request.version().strip();
        consent.channel = subject.channel();
        consent.acceptedAt = clock.instant();
        consent.withdrawn = Boolean.TRUE.equals(request.withdrawn());
        em.persist(consent);
        return ConsentResponse.of(consent);
    }

    /** The person's latest record of {@code document}: where they stand (accepted, or withdrawn). */
    @Transactional
    public ConsentResponse latestConsent(String siteSlug, Subject subject, String document) {
        Profile profile = resolve(siteSlug, subject);
        return em.createQuery(
                        "from Consent c where c.profileId = :p and c.document = :d order by c.acceptedAt desc, c.id desc",
                        Consent.class)
                .setParameter("p", profile.id)
                .setParameter("d", document)
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .map(ConsentResponse::of)
                .orElseThrow(() -> ProblemException.notFound("Consent", document));
    }

    @Transactional
    public ProfileExportResponse export(String siteSlug, Subject subject) {
        return export(siteSlug, resolve(siteSlug, subject));
    }

    /** The profile with this alias on the site (aliases are unique per site, in any case), if any. */
    @Transactional(TxType.SUPPORTS)
    public List<ProfileResponse> findByAlias(String siteSlug, String alias) {
        Site site = sites.requireBySlug(siteSlug);
        return em
                .createQuery("from Profile p where p.siteId = :site and p.aliasKey = :key", Profile.class)
                .setParameter("site", site.id)
                .setParameter("key", AliasPolicy.key(alias))
                .getResultList()
                .stream()
                .map(p -> ProfileResponse.of(p, identities(p.id)))
                .toList();
    }

    /** The profile a channel identity ({@code channel:id}) belongs to on the site, if any. */
    @Transactional(TxType.SUPPORTS)
    public List<ProfileResponse> findByIdentity(String siteSlug, String identity) {
        Site site = sites.requireBySlug(siteSlug);
        int colon = identity.indexOf(':');
        if (colon < 1 || colon == identity.length() - 1) {
            throw ProblemException.invalid("identity", "must be channel:id, such as whatsapp:15550100000");
        }
        ChannelIdentity found =
                identity(site.id, new Subject(identity.substring(0, colon), identity.substring(colon + 1)));
        return found == null
                ? List.of()
                : List.of(ProfileResponse.of(em.find(Profile.class, found.profileId), identities(found.profileId)));
    }

    @Transactional
    public ProfileExportResponse exportById(String siteSlug, long profileId) {
        return export(siteSlug, require(siteSlug, profileId));
    }

    /**
     * Erasure: every feature first deletes or anonymises what the person wrote (as the site decides) and keeps
     * votes only as counts; then the profile, its identities, consents and security answers go (the foreign keys
     * cascade). Nothing is kept that links back to the person.
     */
    @Transactional
    public void erase(String siteSlug, Subject subject) {
        Site site = sites.requireBySlug(siteSlug);
        ChannelIdentity identity = identity(site.id, subject);
        Profile profile = identity == null ? null : locked(identity.profileId);
        if (profile != null) {
            erase(profile);
        }
        // Otherwise nothing is held about this identity (never known, or erased by a request just before): done.
    }

    /**
     * Forgets the identity the request acts for (a web sign-out): whoever comes back with it is a new person, so a
     * copied session cookie is worth nothing once its owner signed out. The profile stays, reached by its other
     * identities or by alias and PIN. Forgetting the only identity of a profile without a PIN is refused: nobody
     * could reach the profile again. An identity Beacon does not know is already forgotten (and no profile is made).
     */
    @Transactional
    public void forget(String siteSlug, Subject subject) {
        Site site = sites.requireBySlug(siteSlug);
        ChannelIdentity identity = identity(site.id, subject);
        if (identity == null) {
            return;
        }
        // Locks the profile: two identities forgotten at once cannot both think the other one stays.
        Profile profile = em.find(Profile.class, identity.profileId, LockModeType.PESSIMISTIC_WRITE);
        if (profile == null) {
            return; // erased meanwhile: its identities went with it
        }
        if (profile.pinHash == null && identities(profile.id).size() == 1) {
            throw ProblemException.conflict(
                    "This is the only way to reach this profile: set a PIN first, or erase the profile");
        }
        em.remove(identity);
        em.flush();
    }

    @Transactional
    public void eraseById(String siteSlug, long profileId, String staff) {
        erase(require(siteSlug, profileId), staff);
    }

    private void erase(Profile profile) {
        erase(profile, null);
    }

    /** {@code staff}: the staff member who erased the person on their behalf (in the event), or null for the person. */
    private void erase(Profile profile, String staff) {
        Site site = em.find(Site.class, profile.siteId);
        erasing.fire(new ProfileErasing(
                site.id, profile.id, site.settings.communityOrDefaults().writingOnErasure()));
        em.remove(profile);
        em.flush();
        // Every downstream system that holds something under this id erases it too.
        outbox.record(site.id, EventType.PROFILE_ERASED, "profile/" + profile.id, "profileId", profile.id, "by", staff);
    }

    private ProfileExportResponse export(String siteSlug, Profile profile) {
        List<ConsentResponse> consents = em
                .createQuery("from Consent c where c.profileId = :p order by c.acceptedAt, c.id", Consent.class)
                .setParameter("p", profile.id)
                .getResultList()
                .stream()
                .map(ConsentResponse::of)
                .toList();
        @SuppressWarnings("unchecked")
        List<String> questions = em.createNativeQuery(
                        "SELECT question FROM security_answer WHERE profile_id = :p ORDER BY question")
                .setParameter("p", profile.id)
                .getResultList();
        Map<String, Object> activity = new TreeMap<>();
        personalData.forEach(part -> activity.put(part.section(), part.export(profile.id)));
        return new ProfileExportResponse(
                siteSlug,
                ProfileResponse.of(profile, identities(profile.id)),
                consents,
                questions,
                activity,
                clock.instant());
    }

    private Profile require(String siteSlug, long profileId) {
        Site site = sites.requireBySlug(siteSlug);
        Profile profile = locked(profileId);
        if (profile == null || profile.siteId != site.id) {
            throw ProblemException.notFound("Profile", profileId);
        }
        return profile;
    }

    ChannelIdentity identity(long siteId, Subject subject) {
        return em.createQuery(
                        "from ChannelIdentity i where i.siteId = :site and i.channel = :channel and i.externalId = :id",
                        ChannelIdentity.class)
                .setParameter("site", siteId)
                .setParameter("channel", subject.channel())
                .setParameter("id", subject.externalId())
                .getResultStream()
                .findFirst()
                .orElse(null);
    }

    List<ChannelIdentity> identities(long profileId) {
        return em.createQuery("from ChannelIdentity i where i.profileId = :p", ChannelIdentity.class)
                .setParameter("p", profileId)
                .getResultList();
    }

    void link(Profile profile, Subject subject, Instant now) {
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

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
