package dev.beacon.channel.kit;

/**
 * A delivery response and its HTTP caching facts: the API's strong {@code etag}, its {@code Cache-Control}
 * max-age in seconds (0 when absent), the locale actually served ({@code Content-Language}), and whether the
 * API answered 304 so the body is the copy kept from before ({@code notModified}).
 */
public record Delivered<T>(T body, String etag, long maxAge, String language, boolean notModified) {}
