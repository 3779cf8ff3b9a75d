package dev.beacon.api.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.beacon.api.content.ContentType;
import dev.beacon.api.content.blocks.Block;
import dev.beacon.api.content.manage.ContentRequests.ContentCreateRequest;
import dev.beacon.api.content.manage.ContentRequests.PublishRequest;
import dev.beacon.api.content.manage.ContentRequests.TranslationRequest;
import dev.beacon.api.content.manage.ContentService;
import dev.beacon.api.content.manage.PublishingService;
import dev.beacon.api.polls.PollRequests.PollDefinitionRequest;
import dev.beacon.api.polls.PollService;
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

    record DemoText(String title, String slug, String subtitle, List<String> paragraphs) {}

    @Inject
    BeaconConfig config;

    @Inject
    SiteService siteService;

    @Inject
    SiteRepository sites;

    @Inject
    ContentService content;

    @Inject
    PublishingService publishing;

    @Inject
    PollService polls;

    @Inject
    SurveyService surveys;

    @Inject
    CompetitionService competitions;

    @Inject
    ReactionService reactions;

    @Inject
    ObjectMapper json;

    @Inject
    Clock clock;

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
            siteService.create(new SiteCreateRequest(site.slug(), site.name(), site.locales(), site.settings()));
            site.tree().forEach(node -> create(site.slug(), null, node));
            created++;
            LOG.infof("Demo site '%s' loaded", site.slug());
        }
        return created;
    }

    private void create(String site, Long parentId, DemoNode node) {
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
            content.saveTranslation(site, item.id, locale, request(text, node.tags()), null, AUTHOR);
            publishing.publish(site, item.id, locale, window(node.window(), now), null);
        });
        if (node.children() != null) {
            node.children().forEach(child -> create(site, item.id, child));
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

    private static TranslationRequest request(DemoText text, List<String> tags) {
        List<Block> body =
                text.paragraphs().stream().<Block>map(Block.Paragraph::new).toList();
        return new TranslationRequest(
                text.title(), text.subtitle(), text.slug(), body, tags, null, "Demo content", null);
    }

    private DemoFile read() {
        try (InputStream in = getClass().getResourceAsStream("/demo/demo-content.json")) {
            return json.readValue(in, DemoFile.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
