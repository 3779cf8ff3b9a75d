package dev.beacon.channel.kit.webhook;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class RawBodyTest {

    @Test
    void readsABodyUpToTheLimitByteForByte() throws IOException {
        byte[] body = new byte[20_000];
        for (int i = 0; i < body.length; i++) {
            body[i] = (byte) i;
        }
        assertArrayEquals(body, RawBody.read(new ByteArrayInputStream(body), 20_000));
    }

    @Test
    void refusesABodyOneByteOverTheLimit() {
        assertThrows(RawBody.TooLarge.class, () -> RawBody.read(new ByteArrayInputStream(new byte[20_001]), 20_000));
    }
}
