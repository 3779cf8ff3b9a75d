package dev.beacon.api.stories;

import dev.beacon.api.profiles.PersonalData;
import dev.beacon.api.profiles.ProfileErasing;
import dev.beacon.api.sites.SiteSettings.ErasedWriting;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * A person's story entries: in their export (real name included, it is theirs), and on erasure deleted or kept
 * without author (no profile, so no alias; no real name) as the site decides. Articles made from them stay.
 */
@ApplicationScoped
public class StoryPersonalData implements PersonalData {

    @Inject
    EntryService entries;

    @Inject
    EntityManager em;

    @Override
    public String section() {
        return "stories";
    }

    @Override
    public Object export(long profileId) {
        return entries.mine(profileId);
    }

    void onErase(@Observes ProfileErasing e) {
        if (e.writing() == ErasedWriting.delete) {
            em.createQuery("delete from StoryEntry s where s.profileId = :p")
                    .setParameter("p", e.profileId())
                    .executeUpdate();
        } else {
            em.createQuery(
                            "update StoryEntry s set s.profileId = null, s.realName = null, s.hideRealName = true where s.profileId = :p")
                    .setParameter("p", e.profileId())
                    .executeUpdate();
        }
    }
}
