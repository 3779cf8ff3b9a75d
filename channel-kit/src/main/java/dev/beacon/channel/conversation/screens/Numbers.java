package dev.beacon.channel.conversation.screens;

import java.math.BigDecimal;

/** Numbers as people type them: {@code 7}, {@code 7.5}, {@code 7,5}. */
final class Numbers {

    private Numbers() {}

    static BigDecimal parse(String text) {
        String value = text == null ? "" : text.strip().replace(',', '.');
        if (!value.matches("-?\\d{1,9}(\\.\\d{1,6})?")) {
            return null;
        }
        return new BigDecimal(value);
    }
}
