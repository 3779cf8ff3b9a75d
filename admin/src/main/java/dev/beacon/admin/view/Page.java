package dev.beacon.admin.view;

import dev.beacon.admin.manage.model.ManagedSite;
import dev.beacon.admin.signin.Rights;
import dev.beacon.admin.signin.StaffMember;
import java.util.List;

/** What the layout needs on every page: language, who is signed in, their sites and the one in view. */
public final class Page {

    private final Texts texts;
    private final String title;
    private final StaffMember staff;
    private final List<ManagedSite> sites;
    private final ManagedSite site;
    private final Rights rights;
    private final String path;
    private final boolean forms;

    Page(
            Texts texts,
            String title,
            StaffMember staff,
            List<ManagedSite> sites,
            ManagedSite site,
            Rights rights,
            String path,
            boolean forms) {
        this.texts = texts;
        this.title = title;
        this.staff = staff;
        this.sites = sites;
        this.site = site;
        this.rights = rights;
        this.path = path;
        this.forms = forms;
    }

    /**
     * Whether this request has a CSRF token for its forms: not a path no page answers (a 404 of the router, e.g.
     * {@code /apple-touch-icon.png}), where the CSRF filter never ran; the layout then leaves out its sign-out form.
     */
    public boolean forms() {
        return forms;
    }

    public String lang() {
        return texts.language();
    }

    public String title() {
        return title;
    }

    public String msg(String key) {
        return texts.get(key);
    }

    public String fmt(String key, Object arg) {
        return texts.format(key, arg);
    }

    public String fmt2(String key, Object first, Object second) {
        return texts.format(key, first, second);
    }

    public String fmt3(String key, Object first, Object second, Object third) {
        return texts.format(key, first, second, third);
    }

    public boolean signedIn() {
        return staff != null;
    }

    public StaffMember staff() {
        return staff;
    }

    public List<ManagedSite> sites() {
        return sites;
    }

    public ManagedSite site() {
        return site;
    }

    public boolean canEdit() {
        return site != null && rights.canEdit(site.slug());
    }

    public boolean canAdminister() {
        return site != null && rights.canAdminister(site.slug());
    }

    public boolean canModerate() {
        return site != null && rights.canModerate(site.slug());
    }

    public boolean canPublish() {
        return site != null && rights.canPublish(site.slug());
    }

    /** A role's name ({@code editor}, {@code platform-admin}…) in this language. */
    public String role(String code) {
        return texts.get("role." + code);
    }

    /** An interface text whose key ends with a value, e.g. {@code key('channel.', 'whatsapp')}. */
    public String key(String prefix, String name) {
        return texts.get(prefix + name);
    }

    public String typeName(String type) {
        return texts.get("type." + type);
    }

    public String statusName(String status) {
        return texts.get("status." + status);
    }

    public String blockName(String type) {
        return texts.get("block." + type);
    }

    public String languageName(String language) {
        return texts.get("language." + language);
    }

    public List<String> languages() {
        return Texts.LANGUAGES;
    }

    /** The language switch: comes back to this page. */
    public String switchTo(String language) {
        return "/lang/" + language + "?next="
                + java.net.URLEncoder.encode(path, java.nio.charset.StandardCharsets.UTF_8);
    }
}
