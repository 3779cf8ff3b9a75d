package dev.beacon.channel.ussd.callback;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;

/**
 * The addresses a callback is accepted from: single addresses or CIDR blocks, IPv4 or IPv6 (literals only, never a
 * name to resolve). Empty: every address.
 */
public final class SourceAddresses {

    private record Block(byte[] network, int bits) {}

    private final List<Block> blocks;

    private SourceAddresses(List<Block> blocks) {
        this.blocks = blocks;
    }

    public static SourceAddresses parse(List<String> specs) {
        List<Block> blocks = new ArrayList<>();
        for (String spec : specs) {
            String s = spec.strip();
            if (s.isEmpty()) {
                continue;
            }
            int slash = s.indexOf('/');
            byte[] address = literal(slash < 0 ? s : s.substring(0, slash));
            int bits = slash < 0 ? address.length * 8 : Integer.parseInt(s.substring(slash + 1));
            if (bits < 0 || bits > address.length * 8) {
                throw new IllegalArgumentException("BEACON_USSD_ALLOWED_SOURCES: bad prefix length in " + s);
            }
            blocks.add(new Block(address, bits));
        }
        return new SourceAddresses(List.copyOf(blocks));
    }

    public boolean any() {
        return blocks.isEmpty();
    }

    public boolean allows(String host) {
        if (blocks.isEmpty()) {
            return true;
        }
        byte[] address;
        try {
            address = literal(host);
        } catch (IllegalArgumentException notAnAddress) {
            return false;
        }
        for (Block block : blocks) {
            if (block.network().length == address.length && matches(block, address)) {
                return true;
            }
        }
        return false;
    }

    private static boolean matches(Block block, byte[] address) {
        int full = block.bits() / 8;
        for (int i = 0; i < full; i++) {
            if (block.network()[i] != address[i]) {
                return false;
            }
        }
        int rest = block.bits() % 8;
        if (rest == 0) {
            return true;
        }
        int mask = (0xFF << (8 - rest)) & 0xFF;
        return (block.network()[full] & mask) == (address[full] & mask);
    }

    /** The bytes of an IP literal; never a DNS lookup. */
    private static byte[] literal(String host) {
        String h = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        if (!h.matches("[0-9.]+") && !h.matches("[0-9A-Fa-f:.]+")) {
            throw new IllegalArgumentException("not an IP address: " + host);
        }
        try {
            return InetAddress.getByName(h).getAddress();
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("not an IP address: " + host, e);
        }
    }
}
