package dev.beacon.api.polls;

/** A vote was counted in this poll (fired inside the voting transaction; observers act after it commits). */
public record PollVoted(long pollId) {}
