package dev.beacon.api.content.delivery;

import dev.beacon.api.sites.Locales;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A delivery search in the languages of one locale chain. The words go through {@code websearch_to_tsquery} (quotes,
 * {@code or}, {@code -word}) in each language of the chain; the last word, which may still be being typed, also
 * matches as a prefix ("sle" finds "sleep"), from three letters on, so that a prefix never expands to most of the
 * index. Accents are folded by the beacon_* text search configurations (migration V14), in documents and queries.
 * <p>
 * Each translation is matched only against the query of its own language, and the languages of a chain share one
 * index condition (the union of their queries), so a longer chain does not multiply the index work.
 */
final class SearchTerms {

    private static final Pattern PREFIXABLE = Pattern.compile("[\\p{L}\\p{N}]{3,}");

    private final String text;
    private final String rest;
    private final String last;
    private final List<String> configs;

    private SearchTerms(String text, String rest, String last, List<String> configs) {
        this.text = text;
        this.rest = rest;
        this.last = last;
        this.configs = configs;
    }

    static SearchTerms of(String q, List<String> chain) {
        List<String> configs =
                chain.stream().map(Locales::searchConfig).distinct().toList();
        String trimmed = q.strip();
        int space = trimmed.lastIndexOf(' ');
        String last = trimmed.substring(space + 1);
        boolean typing = PREFIXABLE.matcher(last).matches();
        return typing
                ? new SearchTerms(
                        trimmed, space < 0 ? "" : trimmed.substring(0, space).strip(), last, configs)
                : new SearchTerms(trimmed, null, null, configs);
    }

    /**
     * Adds the match condition to a WHERE clause. With several languages it is one condition on the union of their
     * queries, which the GIN index (or, for a common word, the walk of the feed index) serves in one pass, and then
     * each translation is held to its own language's query (a filter on the rows found, not another index probe).
     */
    void matches(Sql where) {
        where.append(" AND p.search @@ ");
        if (configs.size() == 1) {
            query(where, configs.get(0));
            return;
        }
        where.append("(");
        for (int i = 0; i < configs.size(); i++) {
            where.append(i == 0 ? "" : " || ");
            query(where, configs.get(i));
        }
        where.append(") AND CASE p.search_config");
        for (String config : configs) {
            where.append(" WHEN CAST(? AS regconfig) THEN p.search @@ ");
            where.bind((c, s, n) -> s.setString(n, config));
            query(where, config);
        }
        where.append(" END");
    }

    /** Appends the rank of a candidate row (columns search and search_config). */
    void rank(Sql sql) {
        sql.append("ts_rank(search, ");
        if (configs.size() == 1) {
            query(sql, configs.get(0));
        } else {
            sql.append("CASE search_config");
            for (String config : configs) {
                sql.append(" WHEN CAST(? AS regconfig) THEN ");
                sql.bind((c, s, n) -> s.setString(n, config));
                query(sql, config);
            }
            sql.append(" END");
        }
        sql.append(")");
    }

    private void query(Sql sql, String config) {
        if (last == null) {
            web(sql, config, text);
            return;
        }
        sql.append("(");
        if (!rest.isEmpty()) {
            web(sql, config, rest);
            sql.append(" && ");
        }
        sql.append("(");
        web(sql, config, last);
        sql.append(" || to_tsquery(CAST(? AS regconfig), ?)))");
        sql.bind((c, s, n) -> s.setString(n, config));
        sql.bind((c, s, n) -> s.setString(n, last + ":*")); // letters and digits only: no tsquery syntax
    }

    private static void web(Sql sql, String config, String words) {
        sql.append("websearch_to_tsquery(CAST(? AS regconfig), ?)");
        sql.bind((c, s, n) -> s.setString(n, config));
        sql.bind((c, s, n) -> s.setString(n, words));
    }
}
