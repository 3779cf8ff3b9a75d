package dev.beacon.channel.web.view;

/** One reason a comment can be reported for: the API's key and its label in the person's language. */
public record ReportReason(String key, String label) {}
