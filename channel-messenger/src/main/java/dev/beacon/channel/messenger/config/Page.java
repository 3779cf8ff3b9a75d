package dev.beacon.channel.messenger.config;

/** One Facebook Page this deployment answers for: its Beacon site and its page access token. */
public record Page(String id, String site, String accessToken) {

    @Override
    public String toString() {
        return "Page[" + id + " -> " + site + "]"; // never the token
    }
}
