package dev.beacon.api.media;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.UUID;

/**
 * Media as files under one directory (a mounted volume shared by the replicas). A file is written beside its
 * place and moved in, so a reader never sees half of one. Files outlive a rolled-back transaction: an orphan
 * costs disk, never a broken reference.
 */
class DirectoryMediaStorage implements MediaStorage {

    private final Path root;

    DirectoryMediaStorage(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    @Override
    public void put(String key, byte[] bytes) {
        Path target = path(key);
        if (Files.exists(target)) {
            return; // keys are written once: the same key holds the same bytes
        }
        try {
            Files.createDirectories(target.getParent());
            Path partial = target.resolveSibling(target.getFileName() + "." + UUID.randomUUID() + ".part");
            Files.write(partial, bytes);
            try {
                Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException | FileAlreadyExistsException e) {
                Files.deleteIfExists(partial);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Optional<byte[]> get(String key) {
        try {
            return Optional.of(Files.readAllBytes(path(key)));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void delete(String key) {
        try {
            Files.deleteIfExists(path(key));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Keys are made by the service (letters, digits, '/', '-', '.'); anything leaving the root is a bug. */
    private Path path(String key) {
        if (!key.matches("[a-z0-9/._-]{1,200}") || key.contains("..")) {
            throw new IllegalArgumentException("bad media key " + key);
        }
        Path p = root.resolve(key).normalize();
        if (!p.startsWith(root)) {
            throw new IllegalArgumentException("bad media key " + key);
        }
        return p;
    }
}
