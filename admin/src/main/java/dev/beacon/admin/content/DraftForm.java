package dev.beacon.admin.content;

import dev.beacon.admin.manage.model.Translation;
import io.quarkus.qute.TemplateData;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.RestForm;

/**
 * The translation editor's form as posted: the fields, the blocks (each field repeated once per block, in order)
 * and the version the editor started from. Reordering, adding and removing blocks happen here, on what was typed,
 * until the editor saves; nothing is lost on the way.
 */
@TemplateData
public class DraftForm {

    @RestForm
    public String title;

    @RestForm
    public String subtitle;

    @RestForm
    public String slug;

    @RestForm
    public String tags;

    @RestForm
    public Long version;

    @RestForm
    public String op;

    @RestForm
    public String newType;

    /** The undo history ({@link EditHistory}), as the page wrote it. */
    @RestForm
    public String history;

    @RestForm("b.type")
    public List<String> types;

    @RestForm("b.level")
    public List<String> levels;

    @RestForm("b.text")
    public List<String> texts;

    @RestForm("b.markdown")
    public List<String> markdowns;

    @RestForm("b.src")
    public List<String> srcs;

    @RestForm("b.alt")
    public List<String> alts;

    @RestForm("b.caption")
    public List<String> captions;

    @RestForm("b.items")
    public List<String> items;

    @RestForm("b.ordered")
    public List<String> ordered;

    @RestForm("b.url")
    public List<String> urls;

    @RestForm("b.attribution")
    public List<String> attributions;

    @RestForm("b.itemId")
    public List<String> itemIds;

    @RestForm("b.width")
    public List<String> widths;

    @RestForm("b.height")
    public List<String> heights;

    @RestForm("b.assetId")
    public List<String> assetIds;

    private List<BlockInput> blocks;

    public static DraftForm of(Translation t) {
        DraftForm form = new DraftForm();
        form.title = t.title();
        form.subtitle = t.subtitle();
        form.slug = t.slug();
        form.tags = String.join(", ", t.tags());
        form.version = t.version();
        form.blocks = new ArrayList<>(t.body().stream().map(BlockInput::of).toList());
        return form;
    }

    public static DraftForm blank() {
        DraftForm form = new DraftForm();
        form.blocks = new ArrayList<>();
        return form;
    }

    public List<BlockInput> blocks() {
        if (blocks == null) {
            blocks = new ArrayList<>();
            int n = types == null ? 0 : types.size();
            for (int i = 0; i < n; i++) {
                blocks.add(new BlockInput(
                        types.get(i),
                        at(levels, i),
                        at(texts, i),
                        at(markdowns, i),
                        at(srcs, i),
                        at(alts, i),
                        at(captions, i),
                        at(items, i),
                        at(ordered, i),
                        at(urls, i),
                        at(attributions, i),
                        at(itemIds, i),
                        at(widths, i),
                        at(heights, i),
                        at(assetIds, i)));
            }
        }
        return blocks;
    }

    /** Applies a block operation ({@code add}, {@code up:i}, {@code down:i}, {@code remove:i}); false when {@code op} is none. */
    public boolean edit(String operation) {
        if (operation == null) {
            return false;
        }
        List<BlockInput> list = blocks();
        if (operation.equals("add")) {
            list.add(BlockInput.empty(newType != null && BlockInput.TYPES.contains(newType) ? newType : "paragraph"));
            return true;
        }
        String[] parts = operation.split(":");
        if (parts.length != 2 || !parts[1].matches("\\d{1,4}")) {
            return false;
        }
        int i = Integer.parseInt(parts[1]);
        if (i >= list.size()) {
            return false;
        }
        switch (parts[0]) {
            case "up" -> {
                if (i > 0) {
                    list.add(i - 1, list.remove(i));
                }
            }
            case "down" -> {
                if (i < list.size() - 1) {
                    list.add(i + 1, list.remove(i));
                }
            }
            case "remove" -> list.remove(i);
            default -> {
                return false;
            }
        }
        return true;
    }

    /** The api's TranslationRequest: what the form holds, over the saved draft's channel variants and SEO fields. */
    public Map<String, Object> request(Translation saved) {
        Map<String, Object> request = saved == null ? new LinkedHashMap<>() : TranslationRequests.of(saved);
        request.put("title", title);
        request.put("slug", slug);
        request.remove("subtitle");
        if (subtitle != null && !subtitle.isBlank()) {
            request.put("subtitle", subtitle);
        }
        request.put(
                "tags",
                tags == null
                        ? List.of()
                        : Arrays.stream(tags.split(","))
                                .map(String::strip)
                                .filter(t -> !t.isEmpty())
                                .toList());
        request.put("body", blocks().stream().map(BlockInput::toBlock).toList());
        return request;
    }

    public String title() {
        return title;
    }

    public String subtitle() {
        return subtitle;
    }

    public String slug() {
        return slug;
    }

    public String tags() {
        return tags;
    }

    public Long version() {
        return version;
    }

    public List<String> types() {
        return BlockInput.TYPES;
    }

    private static String at(List<String> values, int i) {
        return values != null && i < values.size() ? values.get(i) : "";
    }
}
