package dev.beacon.channel.kit.webhook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/** Reads a webhook's body as raw bytes, at most {@code max} of them: the signature is over these exact bytes. */
public final class RawBody {

    private RawBody() {}

    /** Thrown when the body is longer than allowed (answer 413). */
    public static final class TooLarge extends IOException {
        public TooLarge(int max) {
            super("The request body is longer than " + max + " bytes");
        }
    }

    public static byte[] read(InputStream in, int max) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.min(max, 8192));
        byte[] buffer = new byte[8192];
        int total = 0;
        for (int n; (n = in.read(buffer)) != -1; ) {
            total += n;
            if (total > max) {
                throw new TooLarge(max);
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }
}
