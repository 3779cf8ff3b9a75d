package dev.beacon.admin.content;

import dev.beacon.admin.manage.ManageApi;
import dev.beacon.admin.signin.Staff;
import dev.beacon.channel.kit.BeaconDelivery;
import dev.beacon.channel.kit.model.ChannelVariant;
import dev.beacon.channel.kit.rest.ApiProblemException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.List;

/**
 * What a channel sends when nothing is written for it: the api's derived messages of the current draft, read with a
 * preview token (so exactly the api's derivation, never a copy of it). Only those who may edit get a token; for anyone
 * else, and when the api refuses, there is nothing to show.
 */
@RequestScoped
public class DerivedMessages {

    @Inject
    ManageApi api;

    @Inject
    BeaconDelivery delivery;

    @Inject
    Staff staff;

    /** One derived message: its text and its buttons' titles. */
    @io.quarkus.qute.TemplateData
    public record Shown(String text, List<String> buttons) {}

    public List<Shown> of(String site, long id, String locale, String channel) {
        if (!staff.rights().canEdit(site)) {
            return List.of();
        }
        try {
            String token =
                    api.preview(staff.bearer(), site, id, locale).path("token").asText();
            ChannelVariant variant = delivery.preview(site, token, channel).channel();
            return variant == null
                    ? List.of()
                    : variant.messagesOrEmpty().stream()
                            .map(m -> new Shown(
                                    m.text() == null ? "" : m.text(),
                                    m.buttonsOrEmpty().stream()
                                            .map(ChannelVariant.Button::title)
                                            .toList()))
                            .toList();
        } catch (ApiProblemException refused) {
            return List.of();
        }
    }
}
