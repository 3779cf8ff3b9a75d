package dev.beacon.api.media;

import dev.beacon.api.shared.config.BeaconConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.file.Path;

/** Picks the store named by {@code beacon.media.storage}. */
@ApplicationScoped
public class MediaStorageProducer {

    @Inject
    BeaconConfig config;

    @Inject
    EntityManager em;

    @Produces
    @ApplicationScoped
    MediaStorage storage() {
        return switch (config.media().storage()) {
            case "postgres" -> new PostgresMediaStorage(em);
            case "directory" -> new DirectoryMediaStorage(Path.of(config.media().directory()));
            default ->
                throw new IllegalStateException("beacon.media.storage must be postgres or directory, not "
                        + config.media().storage());
        };
    }
}
