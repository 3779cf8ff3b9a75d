package dev.beacon.admin.content;

import dev.beacon.admin.manage.model.Translation;
import java.util.LinkedHashMap;
import java.util.Map;

/** The api's TranslationRequest for a saved draft, as it is: the starting point of every partial edit. */
final class TranslationRequests {

    private TranslationRequests() {}

    static Map<String, Object> of(Translation saved) {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("title", saved.title());
        request.put("slug", saved.slug());
        if (saved.subtitle() != null && !saved.subtitle().isBlank()) {
            request.put("subtitle", saved.subtitle());
        }
        request.put("tags", saved.tags());
        request.put("body", saved.body());
        if (saved.channels() != null && !saved.channels().isEmpty()) {
            request.put("channels", saved.channels());
        }
        if (saved.seo() != null && !saved.seo().isNull()) {
            request.put("seo", saved.seo());
        }
        return request;
    }

    /** {@code If-Match} for a version: the api's ETags are {@code "<version>"}. */
    static String etag(Long version) {
        return version == null ? null : "\"" + version + "\"";
    }
}
