package dev.beacon.channel.messenger.conversation;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.beacon.channel.conversation.ConversationConfig;
import dev.beacon.channel.conversation.ConversationEngine;
import dev.beacon.channel.conversation.PayloadCodec;
import dev.beacon.channel.kit.BeaconDelivery;
import dev.beacon.channel.kit.chat.ChatStore;
import dev.beacon.channel.kit.chat.LastScreens;
import dev.beacon.channel.kit.chat.PayloadKeys;
import dev.beacon.channel.kit.chat.PersonLanguage;
import dev.beacon.channel.kit.graph.GraphClient;
import dev.beacon.channel.messenger.inbound.Conversation;
import dev.beacon.channel.messenger.send.SendPayloads;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The conversation engine behind Messenger: the same payload key as the engine's, so its payloads verify here. */
@ApplicationScoped
public class ConversationBeans {

    @Produces
    @Singleton
    Conversation conversation(
            ConversationEngine engine,
            ConversationConfig config,
            LastScreens screens,
            GraphClient graph,
            ChatStore store,
            BeaconDelivery delivery,
            ObjectMapper json) {
        PayloadCodec codec = PayloadKeys.codec(config);
        return new EngineConversation(
                engine,
                codec,
                screens,
                new LocaleHints(graph, store),
                new SendPayloads(json),
                new PersonLanguage(codec, delivery),
                json);
    }
}
