package dev.beacon.api.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.beacon.api.content.ContentType;
import dev.beacon.api.content.blocks.Block;
import dev.beacon.api.content.channels.ButtonAction;
import dev.beacon.api.content.channels.ChannelMessage;
import dev.beacon.api.content.manage.ContentRequests.ContentCreateRequest;
import dev.beacon.api.content.manage.ContentRequests.PublishRequest;
import dev.beacon.api.content.manage.ContentRequests.TranslationRequest;
import dev.beacon.api.content.manage.ContentService;
import dev.beacon.api.content.manage.PublishingService;
import dev.beacon.api.content.manage.TranslationService;
import dev.beacon.api.media.FocalPoint;
import dev.beacon.api.media.MediaRequests.MediaMetadataRequest;
import dev.beacon.api.media.MediaService;
import dev.beacon.api.polls.PollDefinitionService;
import dev.beacon.api.polls.PollRequests.PollDefinitionRequest;
import dev.beacon.api.reactions.ReactionRequests.ReactionQuestionRequest;
import dev.beacon.api.reactions.ReactionService;
import dev.beacon.api.shared.config.BeaconConfig;
import dev.beacon.api.sites.SiteLocale;
import dev.beacon.api.sites.SiteRepository;
import dev.beacon.api.sites.SiteRequests.SiteCreateRequest;
import dev.beacon.api.sites.SiteService;
import dev.beacon.api.sites.SiteSettings;
import dev.beacon.api.stories.CompetitionService;
import dev.beacon.api.stories.StoryRequests;
import dev.beacon.api.surveys.SurveyRequests.SurveyDefinitionRequest;
import dev.beacon.api.surveys.SurveyService;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * Loads the demo sites at start-up when {@code beacon.demo.enabled} is true and they are missing. It goes
 * through the same services as the management API, so the demo is built exactly like real content.
 */
@ApplicationScoped
public class DemoContentLoader {

    private static final Logger LOG = Logger.getLogger(DemoContentLoader.class);
    private static final String AUTHOR = "demo-loader";

    /** The shape of {@code demo/demo-content.json}. */
    record DemoFile(List<DemoSite> sites) {}

    record DemoSite(String slug, String name, List<SiteLocale> locales, SiteSettings settings, List<DemoNode> tree) {}

    /**
     * A node of the tree; a poll, survey or competition node carries its definition, an article may carry a
     * reaction question. Competitions open a day before loading and close {@code closesInDays} after it.
     */
    record DemoNode(
            ContentType type,
            List<String> tags,
            boolean featured,
            String window,
            Map<String, DemoText> translations,
            List<DemoNode> children,
            PollDefinitionRequest poll,
            SurveyDefinitionRequest survey,
            DemoCompetition competition,
            ReactionQuestionRequest reactionQuestion) {}

    record DemoCompetition(int closesInDays, StoryRequests.TermsRequest terms, Integer maxTextLength) {}

    /**
     * A translation; {@code channels} holds hand-written channel variants, whose {@code open} buttons name the item
     * to open by its English slug (ids are only known once the site is loaded).
     */
    record DemoText(
            String title,
            String slug,
            String image,
            String subtitle,
            List<String> paragraphs,
            Map<String, List<DemoMessage>> channels) {}

    record DemoMessage(String text, List<DemoButton> buttons) {}

    record DemoButton(String title, ButtonAction action, String open) {}

    /** A translation with channel variants, saved once every item it may open exists. */
    private record Pending(long itemId, String locale, DemoText text, DemoNode node) {}

    @Inject
    BeaconConfig config;

    @Inject
    SiteService siteService;

    @Inject
    SiteRepository sites;

    @Inject
    ContentService content;

    @Inject
    TranslationService translations;

    @Inject
    PublishingService publishing;

    @Inject
    PollDefinitionService polls;

    @Inject
    SurveyService surveys;

    @Inject
    CompetitionService competitions;

    @Inject
    ReactionService reactions;

    @Inject
    ObjectMapper json;

    @Inject
    MediaService media;

    @Inject
    Clock clock;

    /** The demo pictures of the site being loaded, by name. */
    private Map<String, Long> images = Map.of();

    void onStart(@Observes StartupEvent event) {
        if (config.demo().enabled()) {
            load();
        }
    }

    /** Creates each demo site that does not exist yet; returns how many were created. */
    public int load() {
        int created = 0;
        for (DemoSite site : read().sites()) {
            if (sites.findBySlug(site.slug()).isPresent()) {
                continue;
            }
            load(site, site.slug());
            created++;
        }
        return created;
    }

    /**
     * Loads the content of demo site {@code demoSlug} as a new site {@code slug}: a site of real content that a test
     * may change as it likes without touching the demo sites other tests rely on.
     */
    public void loadCopy(String demoSlug, String slug) {
        DemoSite site = read().sites().stream()
                .filter(s -> s.slug().equals(demoSlug))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no demo site " + demoSlug));
        load(site, slug);
    }

    private synchronized void load(DemoSite site, String slug) {
        siteService.create(new SiteCreateRequest(slug, site.name(), site.locales(), site.settings()));
        Map<String, Long> bySlug = new HashMap<>();
        List<Pending> pending = new ArrayList<>();
        images = pictures(slug, site.locales().stream().map(SiteLocale::code).toList());
        site.tree().forEach(node -> create(slug, null, node, bySlug, pending));
        Instant now = clock.instant();
        for (Pending p : pending) {
            TranslationRequest request = request(p.text(), p.node().tags(), channels(p.text(), bySlug));
            translations.saveTranslation(slug, p.itemId(), p.locale(), request, null, AUTHOR);
            publishing.publish(slug, p.itemId(), p.locale(), window(p.node().window(), now), null);
        }
        LOG.infof("Demo site '%s' loaded as '%s'", site.slug(), slug);
    }

    private void create(String site, Long parentId, DemoNode node, Map<String, Long> bySlug, List<Pending> pending) {
        Instant now = clock.instant();
        var item = content.create(
                        site,
                        new ContentCreateRequest(
                                node.type(),
                                parentId,
                                null,
                                node.featured() ? now.minus(Duration.ofDays(1)) : null,
                                null,
                                null),
                        AUTHOR)
                .item();
        define(site, item.id, node, now);
        node.translations().forEach((locale, text) -> {
            if ("en".equals(locale)) {
                bySlug.put(text.slug(), item.id);
            }
            if (text.channels() != null) {
                pending.add(new Pending(item.id, locale, text, node));
                return;
            }
            translations.saveTranslation(site, item.id, locale, request(text, node.tags(), null), null, AUTHOR);
            publishing.publish(site, item.id, locale, window(node.window(), now), null);
        });
        if (node.children() != null) {
            node.children().forEach(child -> create(site, item.id, child, bySlug, pending));
        }
    }

    /** The community part of a node, through the same services as the management API. */
    private void define(String site, long id, DemoNode node, Instant now) {
        if (node.poll() != null) {
            polls.define(site, id, node.poll(), null);
        }
        if (node.survey() != null) {
            surveys.define(site, id, node.survey(), null);
        }
        if (node.competition() != null) {
            DemoCompetition c = node.competition();
            competitions.define(
                    site,
                    id,
                    new StoryRequests.CompetitionRequest(
                            now.minus(Duration.ofDays(1)),
                            now.plus(Duration.ofDays(c.closesInDays())),
                            c.terms(),
                            c.maxTextLength(),
                            null),
                    null);
        }
        if (node.reactionQuestion() != null) {
            reactions.define(site, id, node.reactionQuestion(), null);
        }
    }

    /** The demo pictures, uploaded to the site's media library through the same service as the management API. */
    private Map<String, Long> pictures(String slug, List<String> locales) {
        Map<String, Long> ids = new HashMap<>();
        for (DemoImages.Picture p : DemoImages.PICTURES) {
            var uploaded = media.upload(
                    slug,
                    DemoImages.jpeg(p),
                    p.name() + ".jpg",
                    new MediaMetadataRequest(
                            p.title(),
                            alt(p, locales),
                            "Drawn by Beacon's demo loader (project licence)",
                            List.of("demo"),
                            new FocalPoint(0.7, 0.6)),
                    AUTHOR);
            ids.put(p.name(), uploaded.id());
        }
        return ids;
    }

    /** The pictures' alt text in those of English and Portuguese that the site has. */
    private static Map<String, String> alt(DemoImages.Picture p, List<String> locales) {
        Map<String, String> alt = new HashMap<>();
        if (locales.contains("en")) {
            alt.put("en", p.altEn());
        }
        if (locales.contains("pt")) {
            alt.put("pt", p.altPt());
        }
        return alt;
    }

    /** "future": goes live in a week; "expired": its window closes seconds after loading. */
    private static PublishRequest window(String window, Instant now) {
        if ("future".equals(window)) {
            return new PublishRequest(null, now.plus(Duration.ofDays(7)), null, null);
        }
        if ("expired".equals(window)) {
            return new PublishRequest(null, now.minus(Duration.ofDays(30)), now.plusSeconds(2), null);
        }
        return new PublishRequest(null, null, null, null);
    }

    private TranslationRequest request(DemoText text, List<String> tags, Map<String, List<ChannelMessage>> channels) {
        List<Block> body = new ArrayList<>(
                text.paragraphs().stream().<Block>map(Block.Paragraph::new).toList());
        if (text.image() != null) {
            Long asset = images.get(text.image());
            if (asset == null) {
                throw new IllegalStateException("demo content: no picture '" + text.image() + "'");
            }
            body.add(Math.min(1, body.size()), new Block.Image(null, null, null, null, null, asset));
        }
        return new TranslationRequest(
                text.title(), text.subtitle(), text.slug(), body, tags, null, "Demo content", null, channels);
    }

    /** The written variants, with each button's English slug turned into the id of the item it opens. */
    private static Map<String, List<ChannelMessage>> channels(DemoText text, Map<String, Long> bySlug) {
        Map<String, List<ChannelMessage>> result = new LinkedHashMap<>();
        text.channels()
                .forEach((channel, messages) -> result.put(
                        channel,
                        messages.stream()
                                .map(m -> new ChannelMessage(
                                        m.text(),
                                        null,
                                        m.buttons() == null
                                                ? null
                                                : m.buttons().stream()
                                                        .map(b -> new ChannelMessage.Button(
                                                                b.title(),
                                                                b.action(),
                                                                b.open() == null ? null : require(bySlug, b.open())))
                                                        .toList()))
                                .toList()));
        return result;
    }

    private static long require(Map<String, Long> bySlug, String slug) {
        Long id = bySlug.get(slug);
        if (id == null) {
            throw new IllegalStateException("demo content: a button opens '" + slug + "', which is not in the site");
        }
        return id;
    }

    private DemoFile read() {
        try (InputStream in = getClass().getResourceAsStream("/demo/demo-content.json")) {
            return json.readValue(in, DemoFile.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
