package dev.beacon.api.tips;

import dev.beacon.api.profiles.GraphQLPerson;
import dev.beacon.api.shared.paging.PageRequest;
import dev.beacon.api.tips.TipRequests.TipCreateRequest;
import dev.beacon.api.tips.TipResponses.HelpfulResponse;
import dev.beacon.api.tips.TipResponses.MyTipResponse;
import dev.beacon.api.tips.TipResponses.PublicTipListResponse;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

/** Tips over GraphQL: the published list for everyone, sending and marking helpful for the person a channel names. */
@GraphQLApi
public class TipGraphQLApi {

    @Inject
    TipService tips;

    @Inject
    GraphQLPerson person;

    @Query("tips")
    @Description("Published tips of a site, featured first, then newest")
    public PublicTipListResponse tips(
            @Name("site") @NonNull String site,
            @Name("locale") String locale,
            @Name("page") @DefaultValue("1") Integer page,
            @Name("size") @DefaultValue("20") Integer size) {
        return tips.published(site, locale, PageRequest.of(page, size));
    }

    @Mutation("submitTip")
    @Description("Send a tip for the person named in Beacon-Subject; moderators publish it")
    public MyTipResponse submitTip(
            @Name("site") @NonNull String site,
            @Name("text") @NonNull @NotBlank @Size(max = 140) String text,
            @Name("displayName") @Size(max = 40) String displayName,
            @Name("locale") String locale) {
        return tips.submit(site, person.subject(), new TipCreateRequest(text, displayName, locale));
    }

    @Mutation("markTipHelpful")
    @Description("Mark a published tip as helpful, once per person")
    public HelpfulResponse markTipHelpful(@Name("site") @NonNull String site, @Name("tipId") long tipId) {
        return tips.markHelpful(site, person.subject(), tipId);
    }
}
