package dev.beacon.admin.manage;

import dev.beacon.channel.kit.config.ApiConfig;
import dev.beacon.channel.kit.rest.ApiClients;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The one {@link ManageApi} client; each call carries the signed-in person's token, never a token of this app. */
public class ManageClient {

    @Produces
    @Singleton
    ManageApi manage(ApiConfig api) {
        return ApiClients.build(api, ManageApi.class, null);
    }
}
