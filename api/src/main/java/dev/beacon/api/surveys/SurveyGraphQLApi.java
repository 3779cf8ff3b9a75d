package dev.beacon.api.surveys;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import dev.beacon.api.community.Feature;
import dev.beacon.api.content.delivery.ContentDeliveryService;
import dev.beacon.api.content.delivery.DeliveryQuery;
import dev.beacon.api.content.delivery.DeliveryResponses.ContentSummaryResponse;
import dev.beacon.api.profiles.GraphQLPerson;
import dev.beacon.api.shared.error.ProblemException;
import dev.beacon.api.sites.SiteDirectory;
import dev.beacon.api.sites.SiteDirectory.SiteView;
import dev.beacon.api.surveys.SurveyModel.SubmissionPolicy;
import dev.beacon.api.surveys.SurveyResponses.QuestionResponse;
import dev.beacon.api.surveys.SurveyResponses.StepResponse;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

/**
 * Surveys over GraphQL: a site's published surveys (their questions batched, one statement for any number of
 * surveys), and a person starting and answering one, with the same checks as REST.
 */
@GraphQLApi
public class SurveyGraphQLApi {

    @Name("Survey")
    @Description("A published survey; its questions are labelled in the asked-for locale")
    public record SurveyNode(
            long id,
            String title,

            @Description("The locale of the title that was served")
            String locale,

            boolean anonymous,
            SubmissionPolicy submissions,
            Instant opensAt,
            Instant closesAt,
            @Ignore long siteId,
            @Ignore String askedLocale) {}

    /** One answer: set the one field that fits the question's type. */
    @Input("SurveyAnswerInput")
    public static class AnswerInput {
        @NonNull
        public String key;

        public String text;
        public BigDecimal number;

        @Description("ISO date, e.g. 2010-05-31")
        public String date;

        public Boolean yes;
        public String choice;
        public List<String> choices;
    }

    @Inject
    SiteDirectory sites;

    @Inject
    ContentDeliveryService content;

    @Inject
    SubmissionService submissions;

    @Inject
    SurveyDelivery delivery;

    @Inject
    GraphQLPerson person;

    @Inject
    EntityManager em;

    @Query("surveys")
    @Description("A site's published surveys, newest first")
    @Transactional(TxType.SUPPORTS)
    public List<SurveyNode> surveys(
            @Name("site") @NonNull String site,
            @Name("locale") String locale,
            @Name("page") @DefaultValue("1") Integer page,
            @Name("size") @DefaultValue("20") Integer size) {
        SiteView view = sites.require(site);
        Feature.surveys.requireOn(view);
        List<ContentSummaryResponse> items = content.list(view, DeliveryQuery.ofType("survey", page, size), locale)
                .items();
        Map<Long, Survey> defined =
                definitions(items.stream().map(ContentSummaryResponse::id).toList());
        return items.stream()
                .filter(i -> defined.containsKey(i.id()))
                .map(i -> node(defined.get(i.id()), i.title(), i.locale(), view, locale))
                .toList();
    }

    @Query("survey")
    @Description("One published survey by its content id")
    @Transactional(TxType.SUPPORTS)
    public SurveyNode survey(@Name("site") @NonNull String site, @Name("id") long id, @Name("locale") String locale) {
        SiteView view = sites.require(site);
        Feature.surveys.requireOn(view);
        var live = delivery.live(view, id, locale);
        return node(live.survey(), live.content().title(), live.content().locale(), view, locale);
    }

    @Description("Every question, in order, labelled in the asked-for locale")
    @Transactional(TxType.SUPPORTS)
    public List<List<QuestionResponse>> questions(@Source List<SurveyNode> surveys) {
        Map<Long, Survey> defined =
                definitions(surveys.stream().map(SurveyNode::id).distinct().toList());
        return surveys.stream()
                .map(s -> SurveyDelivery.questions(
                        defined.get(s.id()).questions,
                        null,
                        siteById(s.siteId()).locales().chainFor(s.askedLocale())))
                .toList();
    }

    @Mutation("startSurvey")
    @Description("Start the survey, or resume the person's unfinished submission (person named in Beacon-Subject)")
    public StepResponse start(@Name("site") @NonNull String site, @Name("id") long id, @Name("locale") String locale) {
        return submissions.start(site, person.subject(), id, locale).step();
    }

    @Mutation("answerSurvey")
    @Description("Answer the current step; returns the next step or that the survey is complete")
    public StepResponse answer(
            @Name("site") @NonNull String site,
            @Name("id") long id,
            @Name("answers") @NonNull List<@NonNull AnswerInput> answers,
            @Name("locale") String locale) {
        var subject = person.subject();
        Map<String, JsonNode> values = new LinkedHashMap<>();
        for (AnswerInput a : answers) {
            values.put(a.key, value(a));
        }
        return submissions.answer(site, subject, id, values, locale);
    }

    private static JsonNode value(AnswerInput a) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        List<JsonNode> given = new java.util.ArrayList<>();
        if (a.text != null) {
            given.add(f.textNode(a.text));
        }
        if (a.number != null) {
            given.add(f.numberNode(a.number));
        }
        if (a.date != null) {
            given.add(f.textNode(a.date));
        }
        if (a.yes != null) {
            given.add(f.booleanNode(a.yes));
        }
        if (a.choice != null) {
            given.add(f.textNode(a.choice));
        }
        if (a.choices != null) {
            var array = f.arrayNode();
            a.choices.forEach(array::add);
            given.add(array);
        }
        if (given.size() > 1) {
            throw ProblemException.invalid("answers." + a.key, "set one of text, number, date, yes, choice, choices");
        }
        return given.isEmpty() ? NullNode.getInstance() : given.get(0);
    }

    private Map<Long, Survey> definitions(List<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("from Survey s where s.itemId in :ids", Survey.class)
                .setParameter("ids", ids)
                .getResultStream()
                .collect(Collectors.toMap(s -> s.itemId, Function.identity()));
    }

    private SiteView siteById(long id) {
        return sites.all().stream().filter(s -> s.id() == id).findFirst().orElseThrow();
    }

    private static SurveyNode node(Survey s, String title, String servedLocale, SiteView view, String askedLocale) {
        return new SurveyNode(
                s.itemId,
                title,
                servedLocale,
                s.anonymous,
                s.submissions,
                s.opensAt,
                s.closesAt,
                view.id(),
                askedLocale);
    }
}
