package dev.beacon.api.stories;

import dev.beacon.api.profiles.GraphQLPerson;
import dev.beacon.api.shared.paging.PageRequest;
import dev.beacon.api.stories.StoryRequests.EntryCreateRequest;
import dev.beacon.api.stories.StoryResponses.MyEntryResponse;
import dev.beacon.api.stories.StoryResponses.PublicCompetitionResponse;
import dev.beacon.api.stories.StoryResponses.PublicEntryResponse;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

/**
 * Story competitions over GraphQL: published competitions with their shortlisted entries (one batched query for
 * all of them), and entering one for the person a channel names.
 */
@GraphQLApi
public class StoryGraphQLApi {

    @Inject
    CompetitionService competitions;

    @Inject
    EntryService entries;

    @Inject
    GraphQLPerson person;

    @Query("competitions")
    @Description("Published story competitions of a site, with their dates and terms")
    public List<PublicCompetitionResponse> competitions(
            @Name("site") @NonNull String site,
            @Name("locale") String locale,
            @Name("page") @DefaultValue("1") Integer page,
            @Name("size") @DefaultValue("20") Integer size) {
        PageRequest request = PageRequest.of(page, size); // an explicit null takes the default
        return competitions.published(site, locale, request.page(), request.size());
    }

    @Query("competition")
    @Description("One published story competition")
    public PublicCompetitionResponse competition(
            @Name("site") @NonNull String site, @Name("id") long id, @Name("locale") String locale) {
        return competitions.publicView(competitions.visible(site, id, locale));
    }

    @Description("Shortlisted entries and winners, under their authors' public names")
    public List<List<PublicEntryResponse>> entries(@Source List<PublicCompetitionResponse> parents) {
        Map<Long, List<PublicEntryResponse>> byCompetition = entries.publicEntries(
                parents.stream().map(PublicCompetitionResponse::id).toList());
        return parents.stream()
                .map(c -> byCompetition.getOrDefault(c.id(), List.of()))
                .toList();
    }

    @Mutation("enterCompetition")
    @Description("Enter a story for the person named in Beacon-Subject; acceptTerms must be true")
    public MyEntryResponse enterCompetition(
            @Name("site") @NonNull String site,
            @Name("id") long id,
            @Name("title") @NonNull @NotBlank @Size(max = 120) String title,
            @Name("text") @NonNull @NotBlank @Size(max = 20_000) String text,
            @Name("realName") @Size(max = 100) String realName,
            @Name("hideRealName") Boolean hideRealName,
            @Name("acceptTerms") boolean acceptTerms) {
        if (!acceptTerms) {
            throw dev.beacon.api.shared.error.ProblemException.invalid(
                    "acceptTerms", "you must accept the competition's terms");
        }
        return entries.enter(
                site, person.subject(), id, new EntryCreateRequest(title, text, realName, hideRealName, true));
    }
}
