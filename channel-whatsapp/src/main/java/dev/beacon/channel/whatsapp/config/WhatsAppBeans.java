package dev.beacon.channel.whatsapp.config;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.beacon.channel.kit.chat.SiteAccounts;
import dev.beacon.channel.kit.graph.GraphClient;
import dev.beacon.channel.kit.graph.MetaAppConfig;
import dev.beacon.channel.kit.webhook.HubSignature;
import dev.beacon.channel.whatsapp.inbound.CloudEnvelope;
import dev.beacon.channel.whatsapp.inbound.PersonTag;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** Builds the adapter's pieces from {@link WhatsAppConfig}, refusing to start with a setting that cannot work. */
@ApplicationScoped
public class WhatsAppBeans {

    @Produces
    @Singleton
    SiteAccounts<PhoneNumber> numbers(WhatsAppConfig config) {
        return SiteAccounts.parse(
                config.numbers().orElse(""), "BEACON_WHATSAPP_NUMBERS", "phone number id", PhoneNumber::parse);
    }

    @Produces
    @Singleton
    HubSignature signature(WhatsAppConfig config) {
        return MetaAppConfig.signature(config, "BEACON_WHATSAPP");
    }

    @Produces
    @Singleton
    GraphClient graph(WhatsAppConfig config, ObjectMapper json) {
        return new GraphClient(
                config.graphUrl(), config.graphVersion(), config.send().timeout(), json);
    }

    @Produces
    @Singleton
    PersonTag tags(WhatsAppConfig config) {
        return new PersonTag(config.appSecret().orElse("unset"));
    }

    @Produces
    @Singleton
    CloudEnvelope envelope(ObjectMapper json) {
        return new CloudEnvelope(json);
    }
}
