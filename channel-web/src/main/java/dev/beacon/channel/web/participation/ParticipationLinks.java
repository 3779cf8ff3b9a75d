package dev.beacon.channel.web.participation;

import dev.beacon.channel.kit.model.ContentSummary;
import dev.beacon.channel.web.view.BlockView;
import dev.beacon.channel.web.view.Page;
import io.quarkus.qute.TemplateExtension;

/**
 * For templates: where surveys and competitions live on this site ({@code i.sitePath}, {@code p.surveyHref(id)},
 * {@code b.participationPath}) and the few texts of theirs that need a value to pick them.
 */
@TemplateExtension
public final class ParticipationLinks {

    private ParticipationLinks() {}

    /** The page of a listed item ({@code path} as the API gives it, e.g. {@code /health}): surveys and competitions have their own pages, everything else is under {@code /c}. */
    public static String sitePath(ContentSummary item) {
        return pageOf(item.type(), item.id(), item.path());
    }

    public static String pageOf(String type, long id, String path) {
        if ("survey".equals(type)) {
            return "/surveys/" + id;
        }
        if ("competition".equals(type)) {
            return "/competitions/" + id;
        }
        return "/c" + path;
    }

    static String surveyHref(Page p, Long id) {
        return p.href("/surveys/" + id);
    }

    static String surveyAction(Page p, long id, String rest) {
        return p.action("/surveys/" + id + rest);
    }

    static String competitionAction(Page p, long id) {
        return p.action("/competitions/" + id);
    }

    static String tipAction(Page p, long tipId) {
        return p.action("/tips/" + tipId + "/helpful");
    }

    /** The page of tips {@code step} away from {@code page}. */
    static String tipsPage(Page p, int page, int step) {
        return p.href("/tips?page=" + (page + step));
    }

    /** Where an entry stands ({@code submitted}, {@code read}, {@code shortlisted}, {@code winner}) in the person's language. */
    static String entryState(Page p, String state) {
        String key = "competition.state." + state;
        return p.texts().has(key) ? p.msg(key) : state;
    }

    static String termsText(Page p, dev.beacon.channel.kit.model.Competition.Terms terms) {
        return p.texts().format("competition.field.terms", terms.document(), terms.version());
    }

    /** Where an article's embedded survey or competition is taken part in; null for other embeds (polls are shown elsewhere). */
    static String participationPath(BlockView b) {
        String kind = b.block().kind();
        Long id = b.block().itemId();
        return id == null || !("survey".equals(kind) || "competition".equals(kind)) ? null : pageOf(kind, id, null);
    }

    static String participationText(Page p, BlockView b) {
        return p.msg("embed." + b.block().kind());
    }
}
