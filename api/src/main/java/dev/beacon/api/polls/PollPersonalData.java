package dev.beacon.api.polls;

import dev.beacon.api.polls.PollResponses.VoteExportResponse;
import dev.beacon.api.profiles.PersonalData;
import dev.beacon.api.profiles.ProfileErasing;
import dev.beacon.api.sites.SiteSettings.ErasedWriting;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;

/**
 * A person's votes in their export; on erasure the votes stay only as anonymous counts (the foreign key sets
 * profile_id NULL when the profile goes) and their free-text answers are deleted or kept, as the site decides.
 */
@ApplicationScoped
public class PollPersonalData implements PersonalData {

    @Inject
    PollReader reader;

    @Inject
    EntityManager em;

    @Override
    public String section() {
        return "polls";
    }

    @Override
    public List<VoteExportResponse> export(long profileId) {
        return reader.votesOf(profileId, null).stream()
                .map(PollReader.HeldVote::export)
                .toList();
    }

    void onErase(@Observes ProfileErasing e) {
        if (e.writing() == ErasedWriting.delete) {
            // The answer still counts; what the person wrote is gone.
            em.createNativeQuery(
                            "UPDATE poll_vote SET text_answer = NULL WHERE profile_id = :p AND text_answer IS NOT NULL")
                    .setParameter("p", e.profileId())
                    .executeUpdate();
        }
        // Said here as well as by the foreign key, so nothing depends on the order Hibernate deletes in.
        em.createNativeQuery("UPDATE poll_vote SET profile_id = NULL WHERE profile_id = :p")
                .setParameter("p", e.profileId())
                .executeUpdate();
    }
}
