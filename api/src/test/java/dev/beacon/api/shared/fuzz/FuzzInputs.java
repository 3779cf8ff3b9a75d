package dev.beacon.api.shared.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.oas.models.media.Schema;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Inputs for one operation of the contract, drawn from a seeded {@link Random}: a value that fits a schema, then one
 * mutation of it (a boundary or overflowing number, a null inside an object or a list, a wrong JSON type, an oversized
 * or hostile string, an unknown enum value, a missing required or an extra field). Each input says whether the
 * contract certainly calls it invalid, so a {@code 2xx} for it is a finding.
 */
final class FuzzInputs {

    /** A generated input: its JSON (or raw text), whether the contract refuses it, and what was done to it. */
    record Input(String text, boolean invalid, String mutation) {}

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    /** Numbers at and past the edges of Java's and PostgreSQL's integer types, and decimals no column holds. */
    private static final List<String> NUMBERS = List.of(
            "0",
            "-1",
            "1",
            "2147483647",
            "2147483648",
            "-2147483648",
            "-2147483649",
            "9223372036854775807",
            "9223372036854775808",
            "-9223372036854775808",
            "-9223372036854775809",
            "123456789012345678901234567890",
            "1.5",
            "-0.0",
            "1e308",
            "1e400",
            "0.000000000000000000000000000001");

    /** Strings a careless server mishandles: NUL (PostgreSQL refuses it in text), controls, markup, SQL, emoji. */
    private static final List<String> HOSTILE = List.of(
            "\u0000",
            "a\u0000b",
            "\t\r\n",
            " ",
            "",
            "<script>alert(1)</script>",
            "' OR 1=1 --",
            "%00%2F..%2F",
            "\uD83D\uDE00\uD83D\uDE00",
            "\uD800",
            "${jndi:ldap://x}",
            "../../etc/passwd");

    private final Random random;

    /** Where in the generated tree a mutation may go. */
    private record Slot(JsonNode parent, String field, int index, Schema<?> schema, boolean required, String path) {
        void set(JsonNode value) {
            if (parent instanceof ObjectNode o) {
                o.set(field, value);
            } else {
                ((ArrayNode) parent).set(index, value);
            }
        }
    }

    private record Obj(ObjectNode node, Schema<?> schema, String path) {}

    private record Arr(ArrayNode node, String path) {}

    private final List<Slot> slots = new ArrayList<>();
    private final List<Obj> objects = new ArrayList<>();
    private final List<Arr> arrays = new ArrayList<>();

    FuzzInputs(Random random) {
        this.random = random;
    }

    // ------------------------------------------------------------------------------------------------ bodies

    /** A request body for {@code schema}: most often a valid one with one or two mutations, sometimes a broken whole. */
    Input body(Schema<?> schema, boolean required) {
        int roll = random.nextInt(100);
        if (roll < 4) {
            return new Input("null", required && !type(schema).equals("null"), "body: JSON null");
        }
        if (roll < 7) {
            return new Input("", required, "body: empty");
        }
        if (roll < 10) {
            String text = pick(List.of("[]", "\"text\"", "42", "true", "[null]"));
            boolean wrong = "object".equals(type(schema));
            return new Input(text, wrong, "body: " + text + " where " + type(schema) + " is declared");
        }
        if (roll < 12) {
            return new Input(
                    pick(List.of("{", "{\"a\":", "{'a':1}", "\u0000", "{\"a\":1}}")), true, "body: malformed JSON");
        }
        slots.clear();
        objects.clear();
        arrays.clear();
        JsonNode root = valid(schema, "", 0);
        if (roll < 20) {
            return new Input(root.toString(), false, "body: valid");
        }
        // One mutation only: a second one could undo the first (put back a removed field, null an overflow), and
        // then the body would no longer be what "invalid" says.
        Input m = mutate();
        return m == null
                ? new Input(root.toString(), false, "body: valid")
                : new Input(root.toString(), m.invalid(), "body: " + m.mutation());
    }

    /** One mutation at a random place of the tree just generated; returns what was done, or null if nothing fit. */
    private Input mutate() {
        for (int attempt = 0; attempt < 8; attempt++) {
            switch (random.nextInt(8)) {
                case 0 -> {
                    if (!slots.isEmpty()) {
                        Slot s = pick(slots);
                        s.set(JSON.nullNode());
                        boolean invalid = (s.required() || s.parent() instanceof ArrayNode) && !nullable(s.schema());
                        return new Input(null, invalid, "null at " + s.path());
                    }
                }
                case 1 -> {
                    if (!slots.isEmpty()) {
                        Slot s = pick(slots);
                        String type = type(s.schema());
                        JsonNode wrong = wrongType(type);
                        s.set(wrong);
                        boolean invalid = !type.isEmpty() && !composed(s.schema());
                        return new Input(null, invalid, "wrong type " + wrong + " for " + type + " at " + s.path());
                    }
                }
                case 2 -> {
                    List<Slot> numbers = slots.stream()
                            .filter(s -> Set.of("integer", "number").contains(type(s.schema())))
                            .toList();
                    if (!numbers.isEmpty()) {
                        Slot s = pick(numbers);
                        String n = pick(NUMBERS);
                        s.set(number(n));
                        return new Input(null, !fits(s.schema(), n), "number " + n + " at " + s.path());
                    }
                }
                case 3 -> {
                    List<Slot> strings = slots.stream()
                            .filter(s -> "string".equals(type(s.schema())))
                            .toList();
                    if (!strings.isEmpty()) {
                        Slot s = pick(strings);
                        Integer max = s.schema().getMaxLength();
                        if (random.nextBoolean()) {
                            int length = max != null ? max + 1 + random.nextInt(3) : 5_000 + random.nextInt(60_000);
                            s.set(JSON.textNode(letters(length)));
                            return new Input(null, max != null, "string of " + length + " at " + s.path());
                        }
                        String hostile = pick(HOSTILE);
                        s.set(JSON.textNode(hostile));
                        return new Input(null, false, "string " + printable(hostile) + " at " + s.path());
                    }
                }
                case 4 -> {
                    List<Slot> enums = slots.stream()
                            .filter(s -> s.schema().getEnum() != null
                                    && !s.schema().getEnum().isEmpty())
                            .toList();
                    if (!enums.isEmpty()) {
                        Slot s = pick(enums);
                        s.set(JSON.textNode("fuzz-unknown"));
                        return new Input(null, true, "unknown enum value at " + s.path());
                    }
                }
                case 5 -> {
                    if (!arrays.isEmpty()) {
                        Arr a = pick(arrays);
                        a.node().insertNull(random.nextInt(a.node().size() + 1));
                        return new Input(null, true, "null inside list " + a.path());
                    }
                }
                case 6 -> {
                    List<Obj> withRequired = objects.stream()
                            .filter(o -> o.schema().getRequired() != null
                                    && !o.schema().getRequired().isEmpty())
                            .toList();
                    if (!withRequired.isEmpty()) {
                        Obj o = pick(withRequired);
                        String field = pick(o.schema().getRequired());
                        o.node().remove(field);
                        return new Input(null, true, "required " + o.path() + "/" + field + " missing");
                    }
                }
                default -> {
                    if (!objects.isEmpty()) {
                        Obj o = pick(objects);
                        o.node().put("fuzzExtra", random.nextInt());
                        boolean closed = Boolean.FALSE.equals(o.schema().getAdditionalProperties());
                        return new Input(null, closed, "extra field in " + o.path());
                    }
                }
            }
        }
        return null;
    }

    /** A value that fits {@code schema} as far as a generator without a regex engine can tell. */
    JsonNode valid(Schema<?> schema, String path, int depth) {
        if (schema == null) {
            return JSON.textNode("x");
        }
        if (schema.getOneOf() != null && !schema.getOneOf().isEmpty()) {
            return valid(pick(schema.getOneOf()), path, depth);
        }
        if (schema.getAnyOf() != null && !schema.getAnyOf().isEmpty()) {
            return valid(pick(schema.getAnyOf()), path, depth);
        }
        if (schema.getAllOf() != null && !schema.getAllOf().isEmpty()) {
            return valid(schema.getAllOf().get(0), path, depth);
        }
        if (schema.getEnum() != null && !schema.getEnum().isEmpty()) {
            return JSON.textNode(String.valueOf(pick(schema.getEnum())));
        }
        switch (type(schema)) {
            case "object" -> {
                ObjectNode o = JSON.objectNode();
                objects.add(new Obj(o, schema, path));
                List<String> required = schema.getRequired() == null ? List.of() : schema.getRequired();
                Map<String, Schema> properties = schema.getProperties();
                if (properties != null) {
                    for (Map.Entry<String, Schema> p : properties.entrySet()) {
                        boolean isRequired = required.contains(p.getKey());
                        if (Boolean.TRUE.equals(p.getValue().getReadOnly())) {
                            continue;
                        }
                        if (isRequired || (depth < 4 && random.nextInt(3) > 0)) {
                            String at = path + "/" + p.getKey();
                            o.set(p.getKey(), named(p.getKey(), p.getValue(), at, depth + 1));
                            slots.add(new Slot(o, p.getKey(), -1, p.getValue(), isRequired, at));
                        }
                    }
                }
                if (schema.getAdditionalProperties() instanceof Schema<?> values && depth < 4) {
                    int n = Math.max(schema.getMinProperties() == null ? 0 : schema.getMinProperties(), 1);
                    for (int i = 0; i < n; i++) {
                        String key = i == 0 ? "en" : "k" + i;
                        String at = path + "/" + key;
                        o.set(key, valid(values, at, depth + 1));
                        slots.add(new Slot(o, key, -1, values, false, at));
                    }
                }
                return o;
            }
            case "array" -> {
                ArrayNode a = JSON.arrayNode();
                arrays.add(new Arr(a, path));
                int min = schema.getMinItems() == null ? 0 : schema.getMinItems();
                int n = depth < 4 ? Math.max(min, random.nextInt(3)) : min;
                for (int i = 0; i < n; i++) {
                    String at = path + "/" + i;
                    a.add(valid(schema.getItems(), at, depth + 1));
                    slots.add(new Slot(a, null, i, schema.getItems(), false, at));
                }
                return a;
            }
            case "integer" -> {
                long min = schema.getMinimum() != null ? schema.getMinimum().longValue() : 1;
                if (schema.getExclusiveMinimumValue() != null) {
                    min = schema.getExclusiveMinimumValue().longValue() + 1;
                }
                long max = schema.getMaximum() != null ? schema.getMaximum().longValue() : min + 10;
                return JSON.numberNode(min + (long) random.nextInt((int) Math.min(10, max - min + 1)));
            }
            case "number" -> {
                return JSON.numberNode(random.nextInt(100) / 10.0);
            }
            case "boolean" -> {
                return JSON.booleanNode(random.nextBoolean());
            }
            case "string" -> {
                return JSON.textNode(string(schema, ""));
            }
            default -> {
                return JSON.textNode("x");
            }
        }
    }

    private JsonNode named(String name, Schema<?> schema, String path, int depth) {
        if ("string".equals(type(schema))
                && (schema.getEnum() == null || schema.getEnum().isEmpty())) {
            return JSON.textNode(string(schema, name));
        }
        return valid(schema, path, depth);
    }

    /** A string for a property called {@code name} that fits the schema's format, pattern and length. */
    String string(Schema<?> schema, String name) {
        if ("date-time".equals(schema.getFormat())) {
            return Instant.now().plusSeconds(random.nextInt(86_400)).toString();
        }
        if ("date".equals(schema.getFormat())) {
            return "2001-02-0" + (1 + random.nextInt(9));
        }
        String lower = name.toLowerCase();
        List<String> candidates = new ArrayList<>();
        if (lower.contains("locale") || lower.contains("language")) {
            candidates.add("en");
        }
        if (lower.contains("pin")) {
            candidates.add("1234");
        }
        if (lower.contains("url") || lower.contains("src")) {
            candidates.add("https://example.org/a.png");
        }
        if (lower.contains("subject")) {
            candidates.add("messenger:fuzz");
        }
        candidates.add(letters(3 + random.nextInt(8)));
        candidates.add("en");
        candidates.add("x");
        candidates.add("a-b");
        candidates.add("1234");
        for (String candidate : candidates) {
            if (matches(schema, candidate)) {
                return candidate;
            }
        }
        return candidates.get(0);
    }

    // ---------------------------------------------------------------------------------------------- parameters

    /** A path or query parameter's value: usually one that fits, with {@code mutate} one from the edges. */
    Input parameter(Schema<?> schema, String valid, boolean mutate) {
        if (!mutate) {
            return new Input(valid, false, null);
        }
        String type = schema == null ? "string" : type(schema);
        switch (type) {
            case "integer", "number" -> {
                String v = pick(List.of(
                        "abc",
                        "1.5",
                        "1e3",
                        "0x10",
                        " 1",
                        pick(NUMBERS),
                        pick(NUMBERS),
                        String.valueOf(min(schema) - 1),
                        String.valueOf(max(schema) + 1)));
                // A parameter is text: only digits (a sign, a decimal point) read as a number; "1e3" or " 1" do not.
                boolean invalid = !v.matches("-?[0-9]+(\\.[0-9]+)?") || !fits(schema, v);
                return new Input(v, invalid, "parameter " + printable(v));
            }
            case "boolean" -> {
                String v = pick(List.of("banana", "1", "yes", "TRUE", ""));
                return new Input(v, !v.equals("TRUE") && !v.isEmpty(), "parameter " + v);
            }
            default -> {
                if (schema != null
                        && schema.getEnum() != null
                        && !schema.getEnum().isEmpty()) {
                    return new Input("fuzz-unknown", true, "parameter: unknown enum value");
                }
                String v = random.nextBoolean() ? letters(1_000 + random.nextInt(1_500)) : pick(HOSTILE);
                boolean invalid = schema != null && schema.getMaxLength() != null && v.length() > schema.getMaxLength();
                return new Input(v, invalid, "parameter " + printable(v));
            }
        }
    }

    // ------------------------------------------------------------------------------------------------- helpers

    /** The schema's single JSON type ("object" when it only has properties), or "" when it has none or several. */
    static String type(Schema<?> schema) {
        if (schema == null) {
            return "";
        }
        if (schema.getType() != null) {
            return schema.getType();
        }
        if (schema.getTypes() != null) {
            List<String> types =
                    schema.getTypes().stream().filter(t -> !t.equals("null")).toList();
            if (types.size() == 1) {
                return types.get(0);
            }
            return "";
        }
        return schema.getProperties() != null ? "object" : "";
    }

    private static boolean nullable(Schema<?> schema) {
        return schema == null
                || Boolean.TRUE.equals(schema.getNullable())
                || (schema.getTypes() != null && schema.getTypes().contains("null"))
                || type(schema).isEmpty();
    }

    private static boolean composed(Schema<?> schema) {
        return schema.getOneOf() != null || schema.getAnyOf() != null || schema.getAllOf() != null;
    }

    private JsonNode wrongType(String type) {
        List<JsonNode> options = new ArrayList<>(List.of(
                JSON.textNode("12"),
                JSON.numberNode(12),
                JSON.booleanNode(true),
                JSON.objectNode().put("a", 1),
                JSON.arrayNode().add(1)));
        options.removeIf(n -> switch (type) {
            case "string" -> n.isTextual();
            case "integer", "number" -> n.isNumber();
            case "boolean" -> n.isBoolean();
            case "object" -> n.isObject();
            case "array" -> n.isArray();
            default -> false;
        });
        return pick(options);
    }

    private static JsonNode number(String n) {
        BigDecimal d = new BigDecimal(n);
        if (d.scale() <= 0 && !n.contains("e") && !n.contains(".")) {
            return JSON.numberNode(new BigInteger(n));
        }
        return JSON.numberNode(d);
    }

    /** Whether {@code value} is a number the schema takes: its type, format's range, minimum and maximum. */
    static boolean fits(Schema<?> schema, String value) {
        BigDecimal d;
        try {
            d = new BigDecimal(value);
        } catch (NumberFormatException e) {
            return false;
        }
        String type = type(schema);
        if ("integer".equals(type)) {
            if (d.stripTrailingZeros().scale() > 0) {
                return false;
            }
            BigInteger i = d.toBigIntegerExact();
            boolean int32 = "int32".equals(schema.getFormat());
            BigInteger lo = BigInteger.valueOf(int32 ? Integer.MIN_VALUE : Long.MIN_VALUE);
            BigInteger hi = BigInteger.valueOf(int32 ? Integer.MAX_VALUE : Long.MAX_VALUE);
            if (i.compareTo(lo) < 0 || i.compareTo(hi) > 0) {
                return false;
            }
        }
        if ("double".equals(schema.getFormat()) && Double.isInfinite(d.doubleValue())) {
            return false;
        }
        if (schema.getMinimum() != null && d.compareTo(schema.getMinimum()) < 0) {
            return false;
        }
        if (schema.getMaximum() != null && d.compareTo(schema.getMaximum()) > 0) {
            return false;
        }
        if (schema.getExclusiveMinimumValue() != null && d.compareTo(schema.getExclusiveMinimumValue()) <= 0) {
            return false;
        }
        return schema.getExclusiveMaximumValue() == null || d.compareTo(schema.getExclusiveMaximumValue()) < 0;
    }

    private static long min(Schema<?> schema) {
        return schema.getMinimum() != null ? schema.getMinimum().longValue() : 0;
    }

    private static long max(Schema<?> schema) {
        return schema.getMaximum() != null ? schema.getMaximum().longValue() : Integer.MAX_VALUE;
    }

    private static boolean matches(Schema<?> schema, String value) {
        if (schema.getMaxLength() != null && value.length() > schema.getMaxLength()) {
            return false;
        }
        if (schema.getMinLength() != null && value.length() < schema.getMinLength()) {
            return false;
        }
        return schema.getPattern() == null
                || Pattern.compile(schema.getPattern()).matcher(value).find();
    }

    String letters(int n) {
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            sb.append((char) ('a' + random.nextInt(26)));
        }
        return sb.toString();
    }

    <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    static String printable(String s) {
        return printable(s, 40);
    }

    /** {@code s} with control characters and lone surrogates escaped, cut after {@code limit} code points. */
    static String printable(String s, int limit) {
        StringBuilder sb = new StringBuilder();
        s.codePoints().limit(limit).forEach(c -> {
            if (c < 0x20 || (c >= 0xD800 && c <= 0xDFFF)) {
                sb.append(String.format("\\u%04x", c));
            } else {
                sb.appendCodePoint(c);
            }
        });
        return s.length() > limit ? sb + "…(" + s.length() + ")" : sb.toString();
    }
}
