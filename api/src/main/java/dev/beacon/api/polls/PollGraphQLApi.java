package dev.beacon.api.polls;

import dev.beacon.api.community.Feature;
import dev.beacon.api.content.delivery.ContentDeliveryService;
import dev.beacon.api.content.delivery.DeliveryQuery;
import dev.beacon.api.content.delivery.DeliveryResponses.ContentSummaryResponse;
import dev.beacon.api.polls.PollRequests.VoteRequest;
import dev.beacon.api.polls.PollResponses.PollChoiceResponse;
import dev.beacon.api.polls.PollResponses.PollResponse;
import dev.beacon.api.polls.PollResponses.PollResultsResponse;
import dev.beacon.api.polls.PollResponses.VoteResponse;
import dev.beacon.api.profiles.GraphQLPerson;
import dev.beacon.api.shared.error.ProblemException;
import dev.beacon.api.sites.SiteDirectory;
import dev.beacon.api.sites.SiteDirectory.SiteView;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

/** Polls over GraphQL: the public reads (results batched over every poll of a query) and a person's vote. */
@GraphQLApi
public class PollGraphQLApi {

    @Name("Poll")
    @Description("A published poll in the best locale of the site's fallback chain")
    public record PollNode(
            long id,
            String locale,
            String question,
            Poll.Kind kind,
            Poll.State state,
            boolean randomiseChoices,

            @Description("afterVoting or never: whether people see the results")
            Poll.Results showResults,

            Poll.ResultsAs resultsAs,
            Instant opensAt,
            Instant closesAt,
            Integer minChoices,
            Integer maxChoices,
            List<PollChoiceResponse> choices,
            @Ignore long siteId,
            @Ignore String askedLocale) {

        static PollNode of(PollResponse p, long siteId, String askedLocale) {
            return new PollNode(
                    p.id(),
                    p.locale(),
                    p.question(),
                    p.kind(),
                    p.state(),
                    p.randomiseChoices(),
                    p.results(),
                    p.resultsAs(),
                    p.opensAt(),
                    p.closesAt(),
                    p.minChoices(),
                    p.maxChoices(),
                    p.choices(),
                    siteId,
                    askedLocale);
        }
    }

    @Inject
    SiteDirectory sites;

    @Inject
    PollDelivery delivery;

    @Inject
    ContentDeliveryService content;

    @Inject
    PollService polls;

    @Inject
    GraphQLPerson person;

    @Inject
    Validator validator;

    @Query("poll")
    @Description("One published poll")
    public PollNode poll(@Name("site") @NonNull String site, @Name("id") long id, @Name("locale") String locale) {
        SiteView view = sites.require(site);
        Feature.polls.requireOn(view);
        return PollNode.of(delivery.poll(view, id, locale), view.id(), locale);
    }

    @Query("polls")
    @Description("The site's published polls, newest first (at most 100)")
    public List<PollNode> polls(@Name("site") @NonNull String site, @Name("locale") String locale) {
        SiteView view = sites.require(site);
        Feature.polls.requireOn(view);
        List<ContentSummaryResponse> items =
                content.list(view, DeliveryQuery.ofType("poll", 1, 100), locale).items();
        Map<Long, PollDelivery.Definition> defined = delivery.definitions(
                view, items.stream().map(ContentSummaryResponse::id).toList());
        List<PollNode> nodes = new ArrayList<>();
        for (ContentSummaryResponse item : items) {
            PollDelivery.Definition d = defined.get(item.id());
            if (d != null) { // a poll item whose editors have not defined the poll yet is not shown
                nodes.add(PollNode.of(delivery.poll(view, item, d, locale), view.id(), locale));
            }
        }
        return nodes;
    }

    @Description("Public results (null when the poll never shows them); counted for every poll of the query at once")
    public List<PollResultsResponse> results(@Source List<PollNode> nodes) {
        Map<String, List<PollNode>> groups = new LinkedHashMap<>();
        nodes.forEach(n -> groups.computeIfAbsent(n.siteId() + "|" + n.askedLocale(), k -> new ArrayList<>())
                .add(n));
        Map<String, PollResultsResponse> found = new LinkedHashMap<>();
        groups.values().forEach(group -> {
            PollNode first = group.get(0);
            SiteView view = sites.all().stream()
                    .filter(s -> s.id() == first.siteId())
                    .findFirst()
                    .orElseThrow();
            Map<Long, PollDelivery.Definition> defined = delivery.definitions(
                    view, group.stream().map(PollNode::id).distinct().toList());
            delivery.results(view, defined, view.locales().chainFor(first.askedLocale()))
                    .forEach((id, r) -> found.put(first.siteId() + "|" + first.askedLocale() + "|" + id, r));
        });
        return nodes.stream()
                .map(n -> found.get(n.siteId() + "|" + n.askedLocale() + "|" + n.id()))
                .toList();
    }

    @Mutation("vote")
    @Description("The person named in Beacon-Subject votes: choices, text or number, as the poll's kind asks")
    public VoteResponse vote(
            @Name("site") @NonNull String site,
            @Name("id") long id,
            @Name("locale") String locale,
            @Name("choices") List<String> choices,
            @Name("text") String text,
            @Name("number") BigDecimal number) {
        var subject = person.subject();
        VoteRequest request = new VoteRequest(choices, text, number);
        var violations = validator.validate(request);
        if (!violations.isEmpty()) {
            var v = violations.iterator().next();
            throw ProblemException.invalid(v.getPropertyPath().toString(), v.getMessage());
        }
        return polls.vote(site, id, subject, locale, request);
    }
}
