package dev.beacon.channel.web.participation;

import dev.beacon.channel.kit.BeaconParticipation;
import dev.beacon.channel.kit.Delivered;
import dev.beacon.channel.kit.model.MySurvey;
import dev.beacon.channel.kit.model.Survey;
import dev.beacon.channel.kit.model.SurveyAnswers;
import dev.beacon.channel.kit.model.SurveyStep;
import dev.beacon.channel.kit.rest.ApiProblemException;
import dev.beacon.channel.web.view.BlockView;
import dev.beacon.channel.web.view.Form;
import dev.beacon.channel.web.view.FormPages;
import dev.beacon.channel.web.view.Html;
import dev.beacon.channel.web.view.Page;
import dev.beacon.channel.web.view.PageFactory;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.Map;
import org.jboss.resteasy.reactive.RestForm;

/**
 * A survey, one step per page. The API walks the skip logic and keeps the unfinished submission, so the page
 * only ever shows the step the API says is current: a person who leaves and comes back resumes there. Taking part
 * needs no account: starting makes the API create the profile of the session's anonymous web identity (as for
 * voting), which becomes theirs if they join later in the same session.
 */
@Path("/s/{site}/surveys/{id}")
@Produces(Html.UTF8)
public class SurveyPages extends FormPages {

    @Inject
    BeaconParticipation participation;

    @Inject
    PageFactory pages;

    @PathParam("id")
    long id;

    /** The current step of someone who started, else the intro with the button to start. */
    @GET
    public Response view(@QueryParam("lang") String lang) {
        // Only a visitor who came with a session can have started: asking the API for anyone else would make a profile.
        boolean returning = visitor.session() != null;
        Page p = page(lang, path(""));
        Survey survey = survey(p);
        if (returning) {
            MySurvey mine = participation.mySurvey(
                    site, id, p.locale(), visitor.session().subject());
            if (mine.inProgress()) {
                return responses.personal(ParticipationTemplates.surveyStep(
                        p, survey, new SurveyForm(mine.current().asked())));
            }
        }
        return intro(p, survey, new Form(), 200);
    }

    @POST
    @Path("start")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response start(@RestForm("_csrf") String csrf, @RestForm String lang) {
        Page p = posted(lang, csrf, path(""));
        try {
            participation.startSurvey(site, id, p.locale(), visitor.session().subject());
        } catch (ApiProblemException e) {
            if (e.status() == 404) {
                throw e;
            }
            Form form = ParticipationProblems.addTo(new Form(), e, p, "survey", f -> null);
            return ParticipationProblems.withRetryAfter(intro(p, survey(p), form, e.status()), e);
        }
        return responses.seeOther(p.href(path("")));
    }

    /** Answers the current step; the API answers with the next one (skip logic) or that the survey is complete. */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response answer(MultivaluedMap<String, String> posted) {
        String lang = posted.getFirst("lang");
        Page p = posted(lang, posted.getFirst("_csrf"), path(""));
        Survey survey = survey(p);
        String subject = visitor.session().subject();
        MySurvey mine = participation.mySurvey(site, id, p.locale(), subject);
        if (!mine.inProgress()) {
            // Answered in another tab, or never started: show what is current now.
            return responses.seeOther(p.href(path("")));
        }
        SurveyForm step = new SurveyForm(mine.current().asked());
        Map<String, Object> answers = step.read(
                posted,
                (key, bounds) -> bounds.length == 0
                        ? p.msg("survey.error." + key)
                        : p.texts().format("survey.error." + key, bounds));
        if (step.form().hasErrors()) {
            return responses.personal(ParticipationTemplates.surveyStep(p, survey, step), 400);
        }
        SurveyStep next;
        try {
            next = participation.answerSurvey(site, id, p.locale(), subject, new SurveyAnswers(answers));
        } catch (ApiProblemException e) {
            ParticipationProblems.addTo(
                    step.form(), e, p, "survey", f -> f != null && f.startsWith("answers.") ? f.substring(8) : null);
            return ParticipationProblems.withRetryAfter(
                    responses.personal(ParticipationTemplates.surveyStep(p, survey, step), e.status()), e);
        }
        if (next.complete()) {
            return responses.seeOther(
                    p.href(path("/thanks") + (next.continueWith() == null ? "" : "?next=" + next.continueWith())));
        }
        return responses.seeOther(p.href(path("")));
    }

    /** The end: the same for everyone, so cacheable; {@code next} is the survey the API said to continue with. */
    @GET
    @Path("thanks")
    public Response thanks(@QueryParam("lang") String lang, @QueryParam("next") Long next) {
        Page p = pages.page(site, lang, path("/thanks"));
        Survey survey = survey(p);
        return responses.cacheable(p, () -> ParticipationTemplates.surveyThanks(p, survey, next));
    }

    private Survey survey(Page p) {
        Delivered<Survey> survey = participation.survey(site, id, p.locale());
        p.uses(survey.etag(), survey.maxAge());
        p.titled(survey.body().title());
        return survey.body();
    }

    private Response intro(Page p, Survey survey, Form form, int status) {
        Instant now = Instant.now();
        boolean ended = survey.closesAt() != null && now.isAfter(survey.closesAt());
        return responses.personal(
                ParticipationTemplates.surveyIntro(p, survey, BlockView.of(survey.intro()), form, ended), status);
    }

    private String path(String rest) {
        return "/surveys/" + id + rest;
    }
}
