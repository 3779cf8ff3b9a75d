package dev.beacon.api.events;

import dev.beacon.api.shared.error.ProblemException;

/**
 * A position in the event log: the writing transaction's id and the row's sequence number, written
 * {@code <xid>-<seq>}. Events are read in this order; see {@link EventLog} for why that is safe.
 */
public record Cursor(long xid, long seq) implements Comparable<Cursor> {

    public static final Cursor START = new Cursor(0, 0);

    /** Reads a cursor a client sent back; absent or empty is the start. */
    public static Cursor parse(String field, String text) {
        if (text == null || text.isEmpty()) {
            return START;
        }
        int dash = text.indexOf('-');
        try {
            if (dash > 0 && text.length() <= 41) {
                long xid = Long.parseLong(text.substring(0, dash));
                long seq = Long.parseLong(text.substring(dash + 1));
                if (xid >= 0 && seq >= 0) {
                    return new Cursor(xid, seq);
                }
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw ProblemException.invalid(field, "is not a cursor this feed gave out");
    }

    @Override
    public int compareTo(Cursor o) {
        int byXid = Long.compare(xid, o.xid);
        return byXid != 0 ? byXid : Long.compare(seq, o.seq);
    }

    @Override
    public String toString() {
        return xid + "-" + seq;
    }
}
