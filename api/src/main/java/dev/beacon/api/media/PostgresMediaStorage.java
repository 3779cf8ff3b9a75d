package dev.beacon.api.media;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;

/** Media in PostgreSQL ({@code bytea}): the embedded demo and a plain database backup carry the media too. Writes join the caller's transaction, so an asset row and its bytes commit together. */
class PostgresMediaStorage implements MediaStorage {

    private final EntityManager em;

    PostgresMediaStorage(EntityManager em) {
        this.em = em;
    }

    @Override
    public void put(String key, byte[] bytes) {
        em.createNativeQuery("INSERT INTO media_blob (key, bytes) VALUES (?1, ?2) ON CONFLICT (key) DO NOTHING")
                .setParameter(1, key)
                .setParameter(2, bytes)
                .executeUpdate();
    }

    @Override
    public Optional<byte[]> get(String key) {
        List<?> rows = em.createNativeQuery("SELECT bytes FROM media_blob WHERE key = ?1")
                .setParameter(1, key)
                .getResultList();
        return rows.isEmpty() ? Optional.empty() : Optional.of((byte[]) rows.get(0));
    }

    @Override
    public void delete(String key) {
        em.createNativeQuery("DELETE FROM media_blob WHERE key = ?1")
                .setParameter(1, key)
                .executeUpdate();
    }
}
