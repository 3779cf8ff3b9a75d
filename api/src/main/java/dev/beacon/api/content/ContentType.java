package dev.beacon.api.content;

/** What a node of the content tree is. Only sections have children. */
public enum ContentType {
    section,
    article,
    page,
    banner,
    poll,
    survey,
    competition;

    public boolean canHaveChildren() {
        return this == section;
    }
}
