package dev.beacon.channel.web.participation;

import dev.beacon.channel.kit.model.Competition;
import dev.beacon.channel.kit.model.MyStoryEntry;
import dev.beacon.channel.kit.model.StoryEntry;
import dev.beacon.channel.web.view.BlockView;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * A competition page: the call (the item's blocks), its rules, its winners and shortlist, and — for a signed-in
 * person while it is open — the entry form and their own entries. {@code member} says whether the form is shown.
 */
public record CompetitionView(
        Competition rules,
        List<BlockView> call,
        List<StoryEntry> entries,
        boolean member,
        List<MyStoryEntry> mine,
        boolean entered) {

    /** Dates as {@code yyyy-mm-dd} (UTC): readable in every language, and what the API decides by. */
    public String opens() {
        return day(rules.opensAt());
    }

    public String closes() {
        return day(rules.closesAt());
    }

    public List<StoryEntry> winners() {
        return entries.stream().filter(StoryEntry::winner).toList();
    }

    public List<StoryEntry> shortlist() {
        return entries.stream().filter(e -> !e.winner()).toList();
    }

    private static String day(java.time.Instant at) {
        return at == null ? "" : LocalDate.ofInstant(at, ZoneOffset.UTC).toString();
    }
}
