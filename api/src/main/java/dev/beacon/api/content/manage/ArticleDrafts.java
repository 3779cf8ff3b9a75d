package dev.beacon.api.content.manage;

import dev.beacon.api.content.ContentType;
import dev.beacon.api.content.blocks.Block;
import dev.beacon.api.content.manage.ContentRequests.ContentCreateRequest;
import dev.beacon.api.content.manage.ContentRequests.TranslationCreateRequest;
import dev.beacon.api.content.manage.ContentRequests.TranslationRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.List;

/**
 * A draft article made from what a person wrote (a tip, a story entry): one translation, tagged and noted with where it
 * came from, saved as its first revision through the same checks as an editor's draft. Editors then edit and publish it.
 */
@ApplicationScoped
public class ArticleDrafts {

    /** What the draft says; {@code tag} and {@code note} name where it came from (e.g. {@code tip}, "Made from tip 12"). */
    public record Draft(String title, String subtitle, String slug, List<Block> body, String tag, String note) {}

    @Inject
    ContentService content;

    /** Creates the draft under the section {@code parentId}, in the caller's transaction; returns the new item's id. */
    @Transactional(TxType.MANDATORY)
    public long create(String siteSlug, Long parentId, String locale, Draft draft, String author) {
        TranslationRequest translation = new TranslationRequest(
                draft.title(),
                draft.subtitle(),
                draft.slug(),
                draft.body(),
                List.of(draft.tag()),
                null,
                draft.note(),
                null,
                null);
        return content.create(
                        siteSlug,
                        new ContentCreateRequest(
                                ContentType.article,
                                parentId,
                                null,
                                null,
                                null,
                                new TranslationCreateRequest(locale, translation)),
                        author)
                .item()
                .id;
    }
}
