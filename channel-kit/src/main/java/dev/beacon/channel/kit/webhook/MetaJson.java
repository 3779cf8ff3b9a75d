package dev.beacon.channel.kit.webhook;

/** JSON as Meta writes it in webhooks, for tests and simulators: every non-ASCII character escaped as \\uXXXX. */
public final class MetaJson {

    private MetaJson() {}

    /** A JSON string literal (quotes included); {@code null} is the empty string. */
    public static String quote(String s) {
        if (s == null) {
            return "\"\"";
        }
        StringBuilder out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20 || c > 0x7e) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }
}
