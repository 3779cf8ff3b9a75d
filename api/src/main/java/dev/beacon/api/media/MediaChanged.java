package dev.beacon.api.media;

/**
 * Fired (synchronously, inside the transaction) when an asset's file or description changed: content republishes
 * the items that show it, so their pages get the new rendition URLs and alt text.
 */
public record MediaChanged(long siteId, long assetId) {}
