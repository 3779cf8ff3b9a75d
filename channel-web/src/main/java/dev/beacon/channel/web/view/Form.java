package dev.beacon.channel.web.view;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A form as shown again after a refusal: what the person typed (never a PIN), and an error per field in their
 * language; {@code general} holds an error that belongs to no field.
 */
public class Form {

    public static final String GENERAL = "general";

    private final Map<String, String> values = new LinkedHashMap<>();
    private final Map<String, String> errors = new LinkedHashMap<>();

    public Form value(String field, String value) {
        if (value != null) {
            values.put(field, value);
        }
        return this;
    }

    public String value(String field) {
        return values.getOrDefault(field, "");
    }

    public boolean is(String field, String value) {
        return value != null && value.equals(values.get(field));
    }

    public Form error(String field, String message) {
        errors.putIfAbsent(field, message);
        return this;
    }

    public String error(String field) {
        return errors.get(field);
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    public Map<String, String> errors() {
        return errors;
    }
}
