package dev.beacon.channel.ussd.config;

/** The phone numbers gateways send: E.164, {@code +} and 5 to 15 digits. */
public final class PhoneNumbers {

    private PhoneNumbers() {}

    /** The digits of {@code phone}; IllegalArgumentException naming {@code field} when it is not a number. */
    public static String digits(String phone, String field) {
        if (phone == null || !phone.strip().matches("\\+?[0-9]{5,15}")) {
            throw new IllegalArgumentException(field + " must be an E.164 number: + and 5 to 15 digits");
        }
        return phone.strip().replace("+", "");
    }
}
