package dev.beacon.channel.kit.model;

/** An entry to a competition; {@code acceptTerms} must be true (the API records the consent). */
public record StoryEntryRequest(
        String title, String text, String realName, Boolean hideRealName, boolean acceptTerms) {}
