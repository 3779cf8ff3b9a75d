package dev.beacon.channel.kit.chat;

/** The shared store did not answer in time: the webhook answers 503 so that Meta delivers the event again later. */
public class ChatStoreUnavailableException extends RuntimeException {
    public ChatStoreUnavailableException(Throwable cause) {
        super("The shared chat store (Redis) did not answer: " + cause, cause);
    }
}
