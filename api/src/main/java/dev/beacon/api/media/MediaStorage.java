package dev.beacon.api.media;

import java.util.Optional;

/**
 * Where the bytes of media files and renditions live, by key. Small on purpose, so that an object store
 * (S3-compatible) can be a third implementation: put, get, delete, nothing that needs listing or renaming.
 * Keys are written once and never overwritten with other bytes (a new file gets a new key).
 */
public interface MediaStorage {

    void put(String key, byte[] bytes);

    Optional<byte[]> get(String key);

    void delete(String key);
}
