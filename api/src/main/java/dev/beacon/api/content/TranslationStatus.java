package dev.beacon.api.content;

/** Where a translation stands. Delivery never trusts this alone: it also checks the live window itself. */
public enum TranslationStatus {
    draft,
    scheduled,
    published,
    expired
}
