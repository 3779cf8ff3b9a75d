package dev.beacon.channel.web.view;

import dev.beacon.channel.kit.model.Profile;
import dev.beacon.channel.kit.model.SecurityQuestion;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import java.util.List;

/** Every page, checked against its template at build time; all of them use {@code templates/layout.html}. */
@CheckedTemplate
public class Templates {

    private Templates() {}

    public static native TemplateInstance home(Page p, Home home);

    public static native TemplateInstance listing(Page p, Listing list);

    public static native TemplateInstance article(Page p, Article article);

    public static native TemplateInstance search(Page p, String q, Listing list);

    public static native TemplateInstance account(
            Page p,
            Profile profile,
            Form form,
            boolean saved,
            boolean agreed,
            dev.beacon.channel.kit.model.NotificationPage replies);

    public static native TemplateInstance signUp(Page p, Form form, List<SecurityQuestion> questions);

    public static native TemplateInstance signIn(Page p, Form form);

    public static native TemplateInstance recover(Page p, Form form);

    public static native TemplateInstance delete(Page p);

    public static native TemplateInstance poll(Page p, PollView view, Form form);

    public static native TemplateInstance reactions(
            Page p,
            dev.beacon.channel.kit.model.Content article,
            dev.beacon.channel.kit.model.Reactions reactions,
            Form form,
            String thankYou);

    public static native TemplateInstance comment(
            Page p,
            dev.beacon.channel.kit.model.Content article,
            dev.beacon.channel.kit.model.Comment replyingTo,
            Form form);

    public static native TemplateInstance report(
            Page p,
            dev.beacon.channel.kit.model.Content article,
            dev.beacon.channel.kit.model.Comment comment,
            long commentId,
            List<ReportReason> reasons,
            Form form);

    public static native TemplateInstance reported(Page p, dev.beacon.channel.kit.model.Content article);

    public static native TemplateInstance message(Page p, String heading, String text);

    public static native TemplateInstance problem(String lang, String heading, String text);
}
