package dev.beacon.channel.web.participation;

import dev.beacon.channel.kit.model.Survey;
import dev.beacon.channel.kit.model.TipPage;
import dev.beacon.channel.web.view.BlockView;
import dev.beacon.channel.web.view.Form;
import dev.beacon.channel.web.view.Page;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import java.util.List;

/** The survey, tips and competition pages ({@code templates/participation/}), checked at build time; all use the one layout. */
@CheckedTemplate(basePath = "participation")
public final class ParticipationTemplates {

    private ParticipationTemplates() {}

    public static native TemplateInstance surveyIntro(
            Page p, Survey survey, List<BlockView> intro, Form form, boolean ended);

    public static native TemplateInstance surveyStep(Page p, Survey survey, SurveyForm step);

    public static native TemplateInstance surveyThanks(Page p, Survey survey, Long next);

    public static native TemplateInstance tips(Page p, TipPage tips, Form form, String notice);

    public static native TemplateInstance competition(Page p, CompetitionView view, Form form);
}
