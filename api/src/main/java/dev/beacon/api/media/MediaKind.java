package dev.beacon.api.media;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a file is for: images get renditions and need alt text; audio and documents are served as they are. */
@Schema(name = "MediaKind")
public enum MediaKind {
    image,
    audio,
    document
}
