package dev.beacon.api.sites;

import dev.beacon.api.shared.error.ProblemException;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

@ApplicationScoped
public class SiteRepository implements PanacheRepository<Site> {

    public Optional<Site> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }

    public Site requireBySlug(String slug) {
        return findBySlug(slug).orElseThrow(() -> ProblemException.notFound("Site", slug));
    }
}
