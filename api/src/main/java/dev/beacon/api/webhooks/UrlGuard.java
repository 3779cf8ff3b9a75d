package dev.beacon.api.webhooks;

import dev.beacon.api.shared.config.BeaconConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;

/**
 * Keeps webhooks off internal networks (SSRF): a URL must be http(s), carry no credentials, and every address its
 * host resolves to must be public, unless it lies in {@code beacon.webhooks.allowed-private-networks}. Checked at
 * registration and again before every send, since a name can be pointed elsewhere after it was registered.
 */
@ApplicationScoped
public class UrlGuard {

    /** Why a URL may not be called. */
    public static class Refused extends Exception {
        Refused(String message) {
            super(message);
        }
    }

    private List<Cidr> allowed;

    @Inject
    public UrlGuard(BeaconConfig config) {
        this(config.webhooks().allowedPrivateNetworks().orElse(List.of()));
    }

    UrlGuard(List<String> allowedNetworks) {
        this.allowed = allowedNetworks.stream().map(Cidr::parse).toList();
    }

    /** The URL's form: http or https, a host, no user info, no fragment. */
    public static URI parse(String url) throws Refused {
        URI uri;
        try {
            uri = new URI(url);
        } catch (java.net.URISyntaxException e) {
            throw new Refused("is not a URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase();
        if (!scheme.equals("https") && !scheme.equals("http")) {
            throw new Refused("must be an http or https URL");
        }
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            throw new Refused("must name a host");
        }
        if (uri.getRawUserInfo() != null || uri.getRawFragment() != null) {
            throw new Refused("must not carry user info or a fragment");
        }
        return uri;
    }

    /**
     * At registration: refused when the host is, or resolves to, an address that is not allowed. A name that does not
     * resolve (yet) is accepted: the check before each send decides.
     */
    public void checkRegistration(URI uri) throws Refused {
        try {
            check(InetAddress.getAllByName(uri.getHost()));
        } catch (UnknownHostException e) {
            // checked again at every send
        }
    }

    /** Before a send: the host must resolve, and only to allowed addresses. */
    public void checkSend(URI uri) throws Refused {
        try {
            check(InetAddress.getAllByName(uri.getHost()));
        } catch (UnknownHostException e) {
            throw new Refused("the host does not resolve");
        }
    }

    private void check(InetAddress[] addresses) throws Refused {
        for (InetAddress a : addresses) {
            if (!isPublic(a) && allowed.stream().noneMatch(c -> c.contains(a))) {
                throw new Refused("resolves to " + a.getHostAddress() + ", which is not a public address");
            }
        }
    }

    /** Public unicast: not loopback, private, link-local, unique-local, shared (CGNAT), multicast or reserved. */
    static boolean isPublic(InetAddress a) {
        if (a.isAnyLocalAddress()
                || a.isLoopbackAddress()
                || a.isLinkLocalAddress()
                || a.isSiteLocalAddress()
                || a.isMulticastAddress()) {
            return false;
        }
        byte[] b = a.getAddress();
        if (b.length == 4) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            return first != 0 // "this network"
                    && !(first == 100 && second >= 64 && second < 128) // shared address space (CGNAT)
                    && !(first == 192 && second == 0 && (b[2] & 0xff) == 0) // IETF protocol assignments
                    && !(first == 198 && (second == 18 || second == 19)) // benchmarking
                    && first < 240; // reserved and broadcast
        }
        return (b[0] & 0xfe) != 0xfc; // IPv6 unique local fc00::/7
    }

    /** One allowed network. */
    record Cidr(byte[] network, int bits) {

        static Cidr parse(String text) {
            String[] parts = text.strip().split("/");
            try {
                byte[] address = InetAddress.getByName(parts[0]).getAddress();
                int bits = parts.length > 1 ? Integer.parseInt(parts[1]) : address.length * 8;
                return new Cidr(address, bits);
            } catch (UnknownHostException | NumberFormatException e) {
                throw new IllegalArgumentException("beacon.webhooks.allowed-private-networks: not a network: " + text);
            }
        }

        boolean contains(InetAddress a) {
            byte[] b = a.getAddress();
            if (b.length != network.length) {
                return false;
            }
            for (int i = 0; i < bits; i++) {
                int mask = 0x80 >> (i % 8);
                if ((b[i / 8] & mask) != (network[i / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }
    }
}
