package dev.beacon.channel.kit.model;

/** That a person accepted a document in a version. */
public record ConsentRequest(String document, String version) {}
