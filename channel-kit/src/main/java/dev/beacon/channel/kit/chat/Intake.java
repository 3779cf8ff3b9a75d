package dev.beacon.channel.kit.chat;

/**
 * Takes a platform's events in: each one once across replicas ({@link SeenIds}) and queued behind the person's
 * earlier events ({@link PersonQueues}); an event that finds no room is forgotten again, so that the platform's
 * redelivery is handled.
 */
public final class Intake {

    /** What became of one event. */
    public enum Taken {
        QUEUED,
        /** A redelivery of an event already taken: dropped. */
        SEEN,
        /** No room now: answer 503, the platform delivers again. */
        FULL
    }

    private final SeenIds seen;
    private final PersonQueues queues;

    public Intake(SeenIds seen, PersonQueues queues) {
        this.seen = seen;
        this.queues = queues;
    }

    public boolean hasRoomFor(int events) {
        return queues.hasRoomFor(events);
    }

    /** {@code id}: the event's delivery id; {@code person}: its queue. */
    public Taken take(String id, String person, Runnable work) {
        if (!seen.firstSighting(id)) {
            return Taken.SEEN;
        }
        if (!queues.submit(person, work)) {
            seen.forget(id);
            return Taken.FULL;
        }
        return Taken.QUEUED;
    }
}
