package dev.beacon.channel.whatsapp.config;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One WhatsApp Business phone number this deployment answers for: its Beacon site, its access token, and whether a
 * BSP forwards its events (On-Premises-style envelope at {@code /webhook/bsp/<id>}) with which hook secret (its own,
 * or {@code BEACON_WHATSAPP_BSP_SECRET} when it names none).
 *
 * <p>In {@code BEACON_WHATSAPP_NUMBERS}: {@code <id>=<site>:<access token>} (Cloud API), {@code
 * <id>=<site>:<access token>:bsp} (a BSP, the default hook secret) or {@code <id>=<site>:<access token>:bsp=<hook
 * secret>}.
 */
public record PhoneNumber(String id, String site, String accessToken, boolean bsp, String hookSecret) {

    private static final Pattern TOKEN_AND_ENVELOPE = Pattern.compile("([^:]+)(?::bsp(?:=(\\S+))?)?");

    public PhoneNumber(String id, String site, String accessToken) {
        this(id, site, accessToken, false, null);
    }

    /** Reads the part after {@code <site>:} of one {@code BEACON_WHATSAPP_NUMBERS} entry. */
    static PhoneNumber parse(String id, String site, String tokenAndEnvelope) {
        Matcher m = TOKEN_AND_ENVELOPE.matcher(tokenAndEnvelope);
        if (!m.matches()) {
            throw new IllegalArgumentException("BEACON_WHATSAPP_NUMBERS: phone number id " + id
                    + " is not <site>:<access token>, <site>:<access token>:bsp or <site>:<access token>:bsp=<hook"
                    + " secret>");
        }
        boolean bsp = tokenAndEnvelope.contains(":bsp");
        return new PhoneNumber(id, site, m.group(1), bsp, m.group(2));
    }

    /** The hook secret its BSP signs with: its own, else the default; none for a Cloud API number. */
    public Optional<String> bspSecret(Optional<String> defaultSecret) {
        if (!bsp) {
            return Optional.empty();
        }
        return hookSecret != null ? Optional.of(hookSecret) : defaultSecret.filter(s -> !s.isBlank());
    }

    @Override
    public String toString() {
        return "PhoneNumber[" + id + " -> " + site + (bsp ? ", BSP" : "") + "]"; // never the token or secret
    }
}
