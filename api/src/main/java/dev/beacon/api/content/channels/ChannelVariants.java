package dev.beacon.api.content.channels;

import dev.beacon.api.content.ContentType;
import dev.beacon.api.content.blocks.Block;
import dev.beacon.api.shared.error.Problem.FieldError;
import dev.beacon.api.shared.error.ProblemException;
import dev.beacon.api.shared.error.ProblemType;
import dev.beacon.api.sites.Site;
import dev.beacon.text.Platform;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Checks written channel variants when a translation is saved: the shape of every message and button here, the
 * platform's limits in {@link ChannelRules} (one table, in the text module). Every error is collected, each naming
 * its field ({@code channels.whatsapp[1].buttons[0].title}) and the limit it breaks; nothing is saved then.
 */
@ApplicationScoped
public class ChannelVariants {

    /** More messages than this is a conversation, not a variant of one item. */
    static final int MAX_MESSAGES = 30;

    static final int MAX_ALT = 300;

    /** What an {@code open} button may lead to: things a conversation can show. */
    static final Set<ContentType> OPENABLE = EnumSet.of(
            ContentType.article, ContentType.section, ContentType.poll, ContentType.survey, ContentType.competition);

    private static final Pattern URL = Pattern.compile(Block.URL);

    @Inject
    EntityManager em;

    /**
     * The variants to store, in platform order without empty ones (null when none is left), or a 400 naming every
     * problem.
     */
    public Map<String, List<ChannelMessage>> validated(
            Site site, List<Block> body, Map<String, List<ChannelMessage>> channels) {
        if (channels == null || channels.isEmpty()) {
            return null;
        }
        List<FieldError> errors = new ArrayList<>();
        Map<Platform, List<ChannelMessage>> byPlatform = new java.util.EnumMap<>(Platform.class);
        channels.forEach((name, messages) -> {
            Platform platform = platform(name);
            if (platform == null) {
                errors.add(new FieldError("channels." + name, "unknown channel; one of " + names()));
            } else if (messages != null && !messages.isEmpty()) {
                byPlatform.put(platform, messages);
            }
        });
        int smsMaxParts = site.settings.smsOrDefaults().maxParts();
        Map<String, Long> opened = new LinkedHashMap<>();
        byPlatform.forEach((platform, messages) -> {
            String field = "channels." + name(platform);
            if (messages.size() > MAX_MESSAGES) {
                errors.add(new FieldError(field, "at most " + MAX_MESSAGES + " messages"));
            }
            for (int i = 0; i < messages.size(); i++) {
                String at = field + "[" + i + "]";
                ChannelMessage m = messages.get(i);
                if (m == null) {
                    errors.add(new FieldError(at, "must not be null"));
                    continue;
                }
                boolean hasText = m.text() != null && !m.text().isBlank();
                if (!hasText && m.image() == null) {
                    errors.add(new FieldError(at + ".text", "must not be blank (a message needs text or an image)"));
                }
                if (m.image() != null) {
                    checkImage(platform, body, m.image(), at + ".image", errors);
                }
                List<ChannelMessage.Button> buttons = m.buttons() == null ? List.of() : m.buttons();
                for (int j = 0; j < buttons.size(); j++) {
                    checkButton(buttons.get(j), at + ".buttons[" + j + "]", opened, errors);
                }
                ChannelRules.check(platform, m, at, smsMaxParts, errors);
            }
        });
        checkTargets(site.id, opened, errors);
        if (!errors.isEmpty()) {
            throw new ProblemException(
                    ProblemType.VALIDATION,
                    errors.stream().map(e -> e.field() + ": " + e.message()).collect(Collectors.joining("; ")),
                    errors);
        }
        if (byPlatform.isEmpty()) {
            return null;
        }
        Map<String, List<ChannelMessage>> result = new LinkedHashMap<>();
        byPlatform.forEach((platform, messages) -> result.put(name(platform), List.copyOf(messages)));
        return result;
    }

    private static void checkImage(
            Platform platform, List<Block> body, ChannelMessage.Image image, String at, List<FieldError> errors) {
        if (!ChannelRules.images(platform)) {
            errors.add(new FieldError(at, name(platform) + " messages cannot carry an image"));
            return;
        }
        if ((image.block() == null) == (image.url() == null)) {
            errors.add(new FieldError(at, "give either block (an image block of the body) or url"));
        } else if (image.block() != null) {
            int b = image.block();
            if (body == null || b < 0 || b >= body.size() || !(body.get(b) instanceof Block.Image)) {
                errors.add(new FieldError(at + ".block", "body[" + b + "] is not an image block of this translation"));
            }
        } else if (!URL.matcher(image.url()).matches()) {
            errors.add(new FieldError(at + ".url", Block.URL_MESSAGE));
        }
        if (image.alt() != null && image.alt().length() > MAX_ALT) {
            errors.add(new FieldError(at + ".alt", "size must be between 0 and " + MAX_ALT));
        }
    }

    private static void checkButton(
            ChannelMessage.Button button, String at, Map<String, Long> opened, List<FieldError> errors) {
        if (button == null) {
            errors.add(new FieldError(at, "must not be null"));
            return;
        }
        if (button.title() == null || button.title().isBlank()) {
            errors.add(new FieldError(at + ".title", "must not be blank"));
        }
        if (button.action() == null) {
            errors.add(new FieldError(at + ".action", "must be one of open, menu, more, back"));
        } else if (button.action() == ButtonAction.open) {
            if (button.itemId() == null) {
                errors.add(new FieldError(at + ".itemId", "an open button names the item it opens"));
            } else {
                opened.put(at + ".itemId", button.itemId());
            }
        } else if (button.itemId() != null) {
            errors.add(new FieldError(at + ".itemId", "only an open button names an item"));
        }
    }

    /** Every opened item, in one query: it must be of this site and something a conversation can show. */
    private void checkTargets(long siteId, Map<String, Long> opened, List<FieldError> errors) {
        if (opened.isEmpty()) {
            return;
        }
        Map<Long, ContentType> found = new HashMap<>();
        em.createQuery("select i.id, i.type from ContentItem i where i.siteId = :site and i.id in :ids", Object[].class)
                .setParameter("site", siteId)
                .setParameter("ids", Set.copyOf(opened.values()))
                .getResultList()
                .forEach(r -> found.put((Long) r[0], (ContentType) r[1]));
        opened.forEach((field, id) -> {
            ContentType type = found.get(id);
            if (type == null) {
                errors.add(new FieldError(field, "no item " + id + " in this site"));
            } else if (!OPENABLE.contains(type)) {
                errors.add(new FieldError(
                        field,
                        "item " + id + " is a " + type
                                + "; a button opens an article, section, poll, survey or competition"));
            }
        });
    }

    static Platform platform(String name) {
        try {
            return Platform.of(name);
        } catch (IllegalArgumentException | NullPointerException e) {
            return null;
        }
    }

    /** A channel named in a request; null when none is, a 400 naming {@code parameter} when it is unknown. */
    public static Platform parameter(String parameter, String name) {
        if (name == null) {
            return null;
        }
        Platform platform = platform(name);
        if (platform == null) {
            throw ProblemException.invalid(parameter, "unknown channel '" + name + "'; one of " + names());
        }
        return platform;
    }

    public static String name(Platform platform) {
        return platform.name().toLowerCase(Locale.ROOT);
    }

    public static String names() {
        return java.util.Arrays.stream(Platform.values())
                .map(ChannelVariants::name)
                .collect(Collectors.joining(", "));
    }
}
