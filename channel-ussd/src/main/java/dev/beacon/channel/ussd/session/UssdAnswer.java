package dev.beacon.channel.ussd.session;

/** One USSD screen: {@code CON <text>} (the session goes on) or {@code END <text>} (the operator closes it). */
public record UssdAnswer(String text, boolean end) {

    /** The callback's body, in Africa's Talking's shape. */
    public String body() {
        return (end ? "END " : "CON ") + text;
    }
}
