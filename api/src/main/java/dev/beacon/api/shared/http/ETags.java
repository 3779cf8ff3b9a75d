package dev.beacon.api.shared.http;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Strong entity tags of response bytes, and the {@code If-None-Match} test every cacheable read uses. */
public final class ETags {

    private ETags() {}

    /** The first 128 bits of the SHA-256 of the bytes, in hex: it changes exactly when the bytes do. */
    public static String of(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether {@code If-None-Match} names this tag (weakly compared, as RFC 9110 asks of GET) or is {@code *}. */
    public static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            if (tag.equals("*") || tag.equals("\"" + etag + "\"")) {
                return true;
            }
        }
        return false;
    }
}
