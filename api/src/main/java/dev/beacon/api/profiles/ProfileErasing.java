package dev.beacon.api.profiles;

import dev.beacon.api.sites.SiteSettings.ErasedWriting;

/**
 * Fired synchronously inside the erasing transaction, before the profile row is deleted. Every feature that
 * keeps something of a person observes it: what the person wrote is deleted or kept without its author, as
 * the site decides ({@code writing}); votes and reactions stay only as anonymous counts.
 */
public record ProfileErasing(long siteId, long profileId, ErasedWriting writing) {}
