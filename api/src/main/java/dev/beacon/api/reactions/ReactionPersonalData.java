package dev.beacon.api.reactions;

import dev.beacon.api.profiles.PersonalData;
import dev.beacon.api.profiles.ProfileErasing;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/** A person's reactions in their export; on erasure they stay only as anonymous counts. */
@ApplicationScoped
public class ReactionPersonalData implements PersonalData {

    @Inject
    ReactionService reactions;

    @Inject
    EntityManager em;

    @Override
    public String section() {
        return "reactions";
    }

    @Override
    public Object export(long profileId) {
        return reactions.export(profileId);
    }

    void onErase(@Observes ProfileErasing e) {
        em.createNativeQuery("UPDATE reaction SET profile_id = NULL WHERE profile_id = :p")
                .setParameter("p", e.profileId())
                .executeUpdate();
    }
}
