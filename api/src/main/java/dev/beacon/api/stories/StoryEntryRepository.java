package dev.beacon.api.stories;

import dev.beacon.api.profiles.Profile;
import dev.beacon.api.shared.paging.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;

/** Story entries read with their author's alias, for the public list, the moderators' list and the export. */
@ApplicationScoped
class StoryEntryRepository {

    /** An entry with its author's current alias (null when erased or never set). */
    public record Authored(StoryEntry entry, String alias) {

        /** The name the public sees: the real name when the author chose to show it, else the alias. */
        public String publicName() {
            return entry.realName != null && !entry.hideRealName ? entry.realName : alias;
        }
    }

    @Inject
    EntityManager em;

    /** Entries matching {@code where} (JPQL on {@code e}, the entry), each with its author's alias; a page when given. */
    List<Authored> authored(String where, Map<String, Object> params, PageRequest page) {
        var query = em.createQuery(
                "select e, p.alias from StoryEntry e left join Profile p on p.id = e.profileId where " + where,
                Object[].class);
        params.forEach(query::setParameter);
        if (page != null) {
            query.setFirstResult(page.offset()).setMaxResults(page.size());
        }
        return query.getResultList().stream()
                .map(row -> new Authored((StoryEntry) row[0], (String) row[1]))
                .toList();
    }

    String alias(StoryEntry e) {
        if (e.profileId == null) {
            return null;
        }
        Profile p = em.find(Profile.class, e.profileId);
        return p == null ? null : p.alias;
    }
}
