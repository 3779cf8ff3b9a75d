package dev.beacon.channel.conversation;

import dev.beacon.channel.kit.BeaconCommunity;
import dev.beacon.channel.kit.BeaconDelivery;
import dev.beacon.channel.kit.BeaconParticipation;
import dev.beacon.channel.kit.BeaconPeople;

/** The API façades the engine reads and writes through, acting for the person with their channel identity. */
public record Services(
        BeaconDelivery delivery, BeaconPeople people, BeaconCommunity community, BeaconParticipation participation) {}
