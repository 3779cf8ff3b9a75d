package dev.beacon.api.profiles;

/**
 * A feature's part of a person's data export. Each implementation (a CDI bean) answers with records of what it
 * holds about the person; the export lists them under {@code activity.<section>}.
 */
public interface PersonalData {

    /** The key of this feature's part of the export, e.g. {@code comments}; stable, clients read it. */
    String section();

    /** Everything this feature holds about the person, as response records (never entities). */
    Object export(long profileId);
}
