package dev.beacon.api.tips;

import dev.beacon.api.profiles.PersonalData;
import dev.beacon.api.profiles.ProfileErasing;
import dev.beacon.api.sites.SiteSettings.ErasedWriting;
import dev.beacon.api.tips.TipResponses.HelpfulMarkResponse;
import dev.beacon.api.tips.TipResponses.TipsExportResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * A person's tips and helpful marks: in their export, and on erasure their tips are deleted or kept without
 * author (no profile, no display name) as the site decides, while their helpful marks stay only as counts.
 * Articles made from their tips are staff content and stay.
 */
@ApplicationScoped
public class TipPersonalData implements PersonalData {

    @Inject
    TipService tips;

    @Inject
    EntityManager em;

    @Override
    public String section() {
        return "tips";
    }

    @Override
    public Object export(long profileId) {
        var marks = em
                .createQuery("from TipHelpful h where h.profileId = :p order by h.markedAt", TipHelpful.class)
                .setParameter("p", profileId)
                .getResultList()
                .stream()
                .map(h -> new HelpfulMarkResponse(h.tipId, h.markedAt))
                .toList();
        return new TipsExportResponse(tips.mine(profileId), marks);
    }

    void onErase(@Observes ProfileErasing e) {
        if (e.writing() == ErasedWriting.delete) {
            em.createQuery("delete from Tip t where t.profileId = :p")
                    .setParameter("p", e.profileId())
                    .executeUpdate();
        } else {
            em.createQuery("update Tip t set t.profileId = null, t.displayName = null where t.profileId = :p")
                    .setParameter("p", e.profileId())
                    .executeUpdate();
        }
        em.createQuery("update TipHelpful h set h.profileId = null where h.profileId = :p")
                .setParameter("p", e.profileId())
                .executeUpdate();
    }
}
