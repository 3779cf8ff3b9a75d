package dev.beacon.api.polls;

import java.util.List;
import java.util.Map;

/** Small rules shared by polls and reaction questions. */
public final class Labels {

    private Labels() {}

    /** The label of the first locale of the chain that has one; else any, so a choice never shows empty. */
    public static String pick(Map<String, String> labels, List<String> chain) {
        if (labels == null || labels.isEmpty()) {
            return null;
        }
        for (String locale : chain) {
            String label = labels.get(locale);
            if (label != null) {
                return label;
            }
        }
        return labels.values().iterator().next();
    }
}
