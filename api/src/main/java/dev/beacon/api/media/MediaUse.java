package dev.beacon.api.media;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One item translation whose body (draft or published) shows an asset. */
@Schema(name = "MediaUse")
public record MediaUse(long itemId, String locale, String title) {}
