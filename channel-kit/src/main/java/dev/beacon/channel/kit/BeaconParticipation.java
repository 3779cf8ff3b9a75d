package dev.beacon.channel.kit;

import dev.beacon.channel.kit.config.ApiConfig;
import dev.beacon.channel.kit.model.Competition;
import dev.beacon.channel.kit.model.MyStoryEntry;
import dev.beacon.channel.kit.model.MySurvey;
import dev.beacon.channel.kit.model.MyTip;
import dev.beacon.channel.kit.model.StoryEntryList;
import dev.beacon.channel.kit.model.StoryEntryRequest;
import dev.beacon.channel.kit.model.Survey;
import dev.beacon.channel.kit.model.SurveyAnswers;
import dev.beacon.channel.kit.model.SurveyStep;
import dev.beacon.channel.kit.model.TipPage;
import dev.beacon.channel.kit.model.TipRequest;
import dev.beacon.channel.kit.rest.ParticipationApi;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.faulttolerance.Retry;

/**
 * Surveys, tips and story competitions for a channel. Public reads are revalidated by ETag like delivery; a
 * person's calls name them by {@code subject}. Reads and the start of a survey (which resumes) are retried on
 * transport failures and 5xx; every other write is sent once, because a retry could count it twice.
 */
@ApplicationScoped
public class BeaconParticipation extends ApiFacade {

    private final ParticipationApi api;
    private final RevalidatingCache cache;

    @Inject
    public BeaconParticipation(ParticipationApi api, ApiConfig config) {
        this.api = api;
        this.cache = new RevalidatingCache(config.cacheEntries());
    }

    /** The published survey, its questions labelled in the served locale; revalidated by ETag. */
    public Delivered<Survey> survey(String site, long id, String locale) {
        return cache.revalidate("survey|" + site + "|" + id + "|" + locale, etag -> api.survey(site, id, locale, etag));
    }

    /** Starts the survey or resumes the person's unfinished submission. Retried: a second call resumes the one
     * submission the first made (the API keeps one unfinished submission per person and survey). */
    public SurveyStep startSurvey(String site, long id, String locale, String subject) {
        return api.startSurvey(site, id, locale, subject);
    }

    /** Answers the current step; the next step or completion. Sent once: a retry would answer the next step with these answers. */
    @Retry(maxRetries = 0)
    public SurveyStep answerSurvey(String site, long id, String locale, String subject, SurveyAnswers answers) {
        return api.answerSurvey(site, id, locale, subject, answers);
    }

    /** The person's state in the survey, with the step to answer while in progress. */
    public MySurvey mySurvey(String site, long id, String locale, String subject) {
        return api.mySurvey(site, id, locale, subject);
    }

    /** Published tips, featured first; revalidated by ETag. */
    public Delivered<TipPage> tips(String site, String locale, int page, int size) {
        return cache.revalidate(
                "tips|" + site + "|" + locale + "|" + page + "|" + size,
                etag -> api.tips(site, locale, page, size, etag));
    }

    /** Sends a tip for moderation. Sent once: a retry could send it twice (and count twice towards the rate limit). */
    @Retry(maxRetries = 0)
    public void submitTip(String site, String subject, TipRequest tip) {
        api.submitTip(site, subject, tip);
    }

    /** Marks a published tip helpful. Sent once: a retry after a lost answer would be refused as {@code already-done}. */
    @Retry(maxRetries = 0)
    public void markHelpful(String site, long tipId, String subject) {
        api.markHelpful(site, tipId, subject);
    }

    /** The person's own tips and where each stands. */
    public List<MyTip> myTips(String site, String subject) {
        return api.myTips(site, subject);
    }

    /** A competition's dates, phase and terms; revalidated by ETag. */
    public Delivered<Competition> competition(String site, long id, String locale) {
        return cache.revalidate(
                "competition|" + site + "|" + id + "|" + locale, etag -> api.competition(site, id, locale, etag));
    }

    /** Winners and shortlisted entries; revalidated by ETag. */
    public Delivered<StoryEntryList> entries(String site, long id) {
        return cache.revalidate("entries|" + site + "|" + id, etag -> api.entries(site, id, etag));
    }

    /** Enters a story (and records the terms consent). Sent once: a retry could enter it twice. */
    @Retry(maxRetries = 0)
    public void enter(String site, long id, String subject, StoryEntryRequest entry) {
        api.enter(site, id, subject, entry);
    }

    /** The person's own entries to a competition. */
    public List<MyStoryEntry> myEntries(String site, long id, String subject) {
        return api.myEntries(site, id, subject);
    }
}
