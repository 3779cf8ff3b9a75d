package dev.beacon.channel.web.view;

import dev.beacon.channel.kit.model.MyPoll;
import dev.beacon.channel.kit.model.Poll;
import dev.beacon.channel.kit.model.PollResults;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A poll as its page shows it: the question and its intro, the choices (in the person's own order when the poll is
 * randomised and we know them), whether they voted and how, and the results when the poll shows them to them.
 */
public record PollView(Poll poll, List<BlockView> intro, MyPoll mine, PollResults results) {

    public boolean voted() {
        return mine != null && mine.voted();
    }

    public boolean open() {
        return poll.isOpen() && !voted();
    }

    public String kind() {
        return poll.kind();
    }

    public List<Poll.Choice> choices() {
        List<Poll.Choice> choices = poll.choicesOrEmpty();
        if (mine == null || mine.order() == null || mine.order().size() != choices.size()) {
            return choices;
        }
        Map<String, Poll.Choice> byKey = new LinkedHashMap<>();
        choices.forEach(c -> byKey.put(c.key(), c));
        List<Poll.Choice> ordered = new ArrayList<>();
        mine.order().forEach(k -> {
            if (byKey.containsKey(k)) {
                ordered.add(byKey.get(k));
            }
        });
        return ordered.size() == choices.size() ? ordered : choices;
    }

    /** Whether the refused form had this choice ticked, so it comes back ticked. */
    public boolean checked(dev.beacon.channel.web.view.Form form, String key) {
        return form.is("choice:" + key, "yes");
    }

    /** What the person answered, in words: the labels of their choices, their text or their number. */
    public String myAnswer() {
        if (!voted() || mine.vote() == null) {
            return "";
        }
        var vote = mine.vote();
        if (vote.choices() != null && !vote.choices().isEmpty()) {
            return String.join(
                    ", ",
                    poll.choicesOrEmpty().stream()
                            .filter(c -> vote.choices().contains(c.key()))
                            .map(Poll.Choice::label)
                            .toList());
        }
        if (vote.number() != null) {
            return vote.number().stripTrailingZeros().toPlainString();
        }
        return vote.text() == null ? "" : vote.text();
    }

    public boolean hasResults() {
        return results != null;
    }

    public boolean percentages() {
        return "percentages".equals(poll.resultsAs());
    }

    public List<Row> rows() {
        if (results == null) {
            return List.of();
        }
        long total = results.total();
        return results.choicesOrEmpty().stream()
                .map(r -> {
                    double share = r.percentage() != null
                            ? r.percentage()
                            : total == 0 || r.count() == null ? 0 : 100.0 * r.count() / total;
                    String value = percentages()
                            ? Math.round(share) + " %"
                            : String.valueOf(r.count() == null ? 0 : r.count());
                    return new Row(r.label(), value, (int) Math.round(share));
                })
                .toList();
    }

    public String min() {
        return results == null || results.numbers() == null
                ? ""
                : number(results.numbers().min());
    }

    public String max() {
        return results == null || results.numbers() == null
                ? ""
                : number(results.numbers().max());
    }

    public String mean() {
        return results == null || results.numbers() == null
                ? ""
                : number(results.numbers().mean());
    }

    private static String number(Double value) {
        return value == null
                ? "–"
                : BigDecimal.valueOf(value)
                        .setScale(1, java.math.RoundingMode.HALF_UP)
                        .stripTrailingZeros()
                        .toPlainString();
    }

    public String opensOn() {
        return DateText.day(poll.opensAt());
    }

    public String closesOn() {
        return DateText.day(poll.closesAt());
    }

    /** One choice's result: its label, the value as the poll shows it, and its share (0–100) for the bar. */
    public record Row(String label, String value, int share) {

        public String bar() {
            return String.format(Locale.ROOT, "width:%d%%", Math.max(1, share));
        }
    }
}
