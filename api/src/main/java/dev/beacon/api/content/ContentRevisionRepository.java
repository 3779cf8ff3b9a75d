package dev.beacon.api.content;

import dev.beacon.api.shared.error.ProblemException;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class ContentRevisionRepository implements PanacheRepository<ContentRevision> {

    public List<ContentRevision> ofTranslation(long translationId) {
        return list("translationId", Sort.descending("number"), translationId);
    }

    public ContentRevision require(long translationId, int number) {
        return find("translationId = ?1 and number = ?2", translationId, number)
                .firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("Revision", number));
    }
}
