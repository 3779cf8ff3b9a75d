package dev.beacon.channel.ussd.config;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Which site a USSD service code (or SMS shortcode) serves: {@code *384*123#=demo,*=kenya}. */
public final class ServiceCodes {

    private final Map<String, String> sites;

    private ServiceCodes(Map<String, String> sites) {
        this.sites = sites;
    }

    public static ServiceCodes parse(String spec) {
        Map<String, String> sites = new LinkedHashMap<>();
        for (String entry : spec.split(",")) {
            if (entry.isBlank()) {
                continue;
            }
            int eq = entry.lastIndexOf('=');
            if (eq <= 0 || eq == entry.length() - 1) {
                throw new IllegalArgumentException(
                        "BEACON_USSD_SITES: expected <service code>=<site>, got '" + entry.strip() + "'");
            }
            sites.put(entry.substring(0, eq).strip(), entry.substring(eq + 1).strip());
        }
        // In the order configured (the simulator offers the first code): Map.copyOf's order is random per JVM.
        return new ServiceCodes(Collections.unmodifiableMap(sites));
    }

    /** The site for {@code code}, else the one for {@code *}, else none. */
    public Optional<String> site(String code) {
        String site = code == null ? null : sites.get(code.strip());
        return Optional.ofNullable(site != null ? site : sites.get("*"));
    }

    /** Every code (or shortcode) and its site, as configured. */
    public Map<String, String> all() {
        return sites;
    }

    @Override
    public String toString() {
        return sites.toString();
    }
}
