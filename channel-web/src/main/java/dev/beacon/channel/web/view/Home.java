package dev.beacon.channel.web.view;

import dev.beacon.channel.kit.model.ContentSummary;
import java.util.List;

/** The home page: banners (hidden on light pages), featured items, and the top-level sections. */
public record Home(List<ContentSummary> banners, List<ContentSummary> featured, List<ContentSummary> sections) {}
