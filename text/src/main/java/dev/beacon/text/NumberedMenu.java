package dev.beacon.text;

import java.util.List;

/**
 * How a channel without buttons (SMS, USSD) shows a message's buttons: as numbered lines after the text. SMS parts
 * and USSD screens are counted on this text, menu lines included, by the api when it validates and by the admin's
 * counters.
 */
public final class NumberedMenu {

    private NumberedMenu() {}

    /** {@code text} followed by a line "1. Title" per title. */
    public static String withMenu(String text, List<String> titles) {
        StringBuilder sb = new StringBuilder(text == null ? "" : text);
        for (int i = 0; i < titles.size(); i++) {
            if (!sb.isEmpty()) {
                sb.append('\n');
            }
            sb.append(i + 1).append(". ").append(titles.get(i));
        }
        return sb.toString();
    }
}
