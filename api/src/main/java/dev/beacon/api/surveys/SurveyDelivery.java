package dev.beacon.api.surveys;

import dev.beacon.api.community.Feature;
import dev.beacon.api.content.ContentType;
import dev.beacon.api.content.delivery.ContentDeliveryService;
import dev.beacon.api.content.delivery.DeliveryResponses.ContentResponse;
import dev.beacon.api.shared.error.ProblemException;
import dev.beacon.api.sites.SiteDirectory.SiteView;
import dev.beacon.api.surveys.SurveyModel.Question;
import dev.beacon.api.surveys.SurveyModel.QuestionType;
import dev.beacon.api.surveys.SurveyResponses.ChoiceResponse;
import dev.beacon.api.surveys.SurveyResponses.QuestionResponse;
import dev.beacon.api.surveys.SurveyResponses.SurveyResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Published surveys as people see them: the content item's title and intro, the questions labelled in their locale. */
@ApplicationScoped
public class SurveyDelivery {

    /** A survey that is live for people right now, with its definition. */
    record Live(ContentResponse content, Survey survey) {}

    @Inject
    ContentDeliveryService content;

    @Inject
    EntityManager em;

    @Transactional(TxType.SUPPORTS)
    public SurveyResponse read(SiteView site, long id, String locale) {
        Feature.surveys.requireOn(site);
        Live live = live(site, id, locale);
        Survey s = live.survey();
        List<String> chain = site.locales().chainFor(locale);
        return new SurveyResponse(
                id,
                site.slug(),
                live.content().locale(),
                live.content().title(),
                live.content().body(),
                s.anonymous,
                s.submissions,
                s.opensAt,
                s.closesAt,
                questions(s.questions, null, chain));
    }

    /** The survey if its item is published and live and it has a definition; otherwise it does not exist for people. */
    Live live(SiteView site, long id, String locale) {
        ContentResponse item = content.get(site, id, locale);
        Survey survey = item.type() == ContentType.survey ? em.find(Survey.class, id) : null;
        if (survey == null || survey.siteId != site.id()) {
            throw ProblemException.notFound("Survey", id);
        }
        return new Live(item, survey);
    }

    /** The questions (all, or those of {@code keys} in survey order), labelled in the first locale of the chain that has one. */
    static List<QuestionResponse> questions(List<Question> questions, Collection<String> keys, List<String> chain) {
        return questions.stream()
                .filter(q -> keys == null || keys.contains(q.key()))
                .map(q -> new QuestionResponse(
                        q.key(),
                        q.type(),
                        q.isRequired(),
                        q.breaksBefore(),
                        label(q.labels(), chain),
                        q.choices() == null
                                ? null
                                : q.choices().stream()
                                        .map(c -> new ChoiceResponse(c.key(), label(c.labels(), chain)))
                                        .toList(),
                        q.min(),
                        q.max(),
                        q.type() == QuestionType.text ? q.textLimit() : null))
                .toList();
    }

    static String label(Map<String, String> labels, List<String> chain) {
        for (String locale : chain) {
            String label = labels.get(locale);
            if (label != null) {
                return label;
            }
        }
        return labels.values().stream().findFirst().orElse(null);
    }
}
