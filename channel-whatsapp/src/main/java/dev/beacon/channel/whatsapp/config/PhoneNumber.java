package dev.beacon.channel.whatsapp.config;

/** One WhatsApp Business phone number this deployment answers for: its Beacon site and its access token. */
public record PhoneNumber(String id, String site, String accessToken) {

    @Override
    public String toString() {
        return "PhoneNumber[" + id + " -> " + site + "]"; // never the token
    }
}
