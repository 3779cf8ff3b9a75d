package dev.beacon.channel.ussd.support;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.beacon.text.Gsm7;
import dev.beacon.text.Platform;
import io.restassured.response.Response;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A feature phone dialling the service code, as Africa's Talking relays it: every step posts the session's whole
 * input history to the adapter's callback. Each screen is measured (≤ 182 GSM-7 characters, GSM-7 only) and kept.
 */
public final class Dialer {

    public static final String SECRET_PATH = "/ussd/test-path-secret";
    private static final Pattern LINE = Pattern.compile("(?m)^(\\d{1,2})\\. (.+)$");

    private final String serviceCode;
    private final String phone;
    private final String sessionId = "ATUid_" + UUID.randomUUID().toString().replace("-", "");
    private final List<String> inputs = new ArrayList<>();
    private final List<String> screens = new ArrayList<>();
    private boolean ended;
    private String last;

    public Dialer(String serviceCode) {
        this(
                serviceCode,
                "+2547" + String.format("%08d", Math.abs(UUID.randomUUID().getLeastSignificantBits() % 100_000_000L)));
    }

    public Dialer(String serviceCode, String phone) {
        this.serviceCode = serviceCode;
        this.phone = phone;
    }

    public String phone() {
        return phone;
    }

    public String identity() {
        return "ussd:" + phone.replaceAll("[^0-9]", "");
    }

    public List<String> screens() {
        return screens;
    }

    public boolean ended() {
        return ended;
    }

    public String history() {
        return String.join("*", inputs);
    }

    /** Dials the code: the first screen. */
    public Dialer dial() {
        return post();
    }

    /** Types {@code input} and sends. */
    public Dialer types(String input) {
        assertFalse(ended, "the session has ended: " + last);
        inputs.add(input);
        return post();
    }

    /** Picks the numbered option whose label starts with {@code label} (ignoring case and accents). */
    public Dialer picks(String label) {
        // a menu too long for one screen is paged by the engine: turn its pages with 00 until the label shows
        for (int page = 0; page < 5 && !offers(label) && last.lines().anyMatch(l -> l.startsWith("00 ")); page++) {
            types("00");
        }
        return types(Integer.toString(number(label)));
    }

    public int number(String label) {
        Matcher m = LINE.matcher(last);
        while (m.find()) {
            if (normal(m.group(2)).startsWith(normal(label))
                    || m.group(2).endsWith("...")
                            && normal(label).startsWith(normal(m.group(2).replace("...", "")))) {
                return Integer.parseInt(m.group(1));
            }
        }
        return fail("no option '" + label + "' on the screen:\n" + last);
    }

    public boolean offers(String label) {
        Matcher m = LINE.matcher(last);
        while (m.find()) {
            if (matches(m.group(2), label)) {
                return true;
            }
        }
        return false;
    }

    public Dialer says(String words) {
        assertTrue(normal(last).contains(normal(words)), "expected '" + words + "' on the screen:\n" + last);
        return this;
    }

    public Dialer doesNotSay(String words) {
        assertFalse(normal(last).contains(normal(words)), "did not expect '" + words + "' on the screen:\n" + last);
        return this;
    }

    public Dialer offering(String label) {
        assertTrue(offers(label), "expected an option '" + label + "' on the screen:\n" + last);
        return this;
    }

    public String screen() {
        return last;
    }

    private Dialer post() {
        Response r = given().contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("sessionId", sessionId)
                .formParam("serviceCode", serviceCode)
                .formParam("phoneNumber", phone)
                .formParam("networkCode", "63902")
                .formParam("text", history())
                .post(SECRET_PATH);
        assertTrue(r.statusCode() == 200, "status " + r.statusCode() + ": " + r.asString());
        String body = r.asString();
        assertTrue(body.startsWith("CON ") || body.startsWith("END "), "not CON/END: " + body);
        ended = body.startsWith("END ");
        last = body.substring(4);
        measure(last);
        screens.add(last);
        return this;
    }

    /** The rule: ≤ 182 GSM-7 characters, measured with module text, and GSM-7 only. */
    public static void measure(String screen) {
        assertTrue(Gsm7.isEncodable(screen), "not GSM-7: " + screen);
        int length = Platform.USSD.measure().length(screen);
        assertTrue(length <= 182, length + " > 182: " + screen);
        assertFalse(screen.isBlank(), "an empty screen");
        assertFalse(screen.contains("Exception") || screen.contains("dev.beacon"), "Java on the screen: " + screen);
    }

    /** A line's label is the label, starts with it, or is it shortened ("Where do you get health..."). */
    private static boolean matches(String line, String label) {
        String shown = normal(line);
        String wanted = normal(label);
        return shown.startsWith(wanted)
                || shown.endsWith("...")
                        && wanted.startsWith(
                                shown.substring(0, shown.length() - 3).strip());
    }

    private static String normal(String s) {
        return Normalizer.normalize(s.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .strip();
    }
}
