package dev.beacon.api.surveys;

import dev.beacon.api.profiles.PersonalData;
import dev.beacon.api.profiles.ProfileErasing;
import dev.beacon.api.sites.SiteSettings.ErasedWriting;
import dev.beacon.api.surveys.SurveyResponses.SubmissionExportResponse;
import dev.beacon.api.surveys.SurveyResponses.SurveyActivityResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What surveys hold about a person, for export and erasure. Erasure drops the unfinished submission, deletes free-text
 * answers or keeps them without author (as the site decides), and keeps every other answer only without its author,
 * so results do not change. Completed anonymous submissions were never linked, so there is nothing of them to find.
 */
@ApplicationScoped
public class SurveyPrivacy implements PersonalData {

    @Inject
    EntityManager em;

    @Inject
    SubmissionService submissions;

    void onErase(@Observes ProfileErasing e) {
        em.flush();
        em.createNativeQuery("DELETE FROM survey_submission WHERE profile_id = :p AND completed_at IS NULL")
                .setParameter("p", e.profileId())
                .executeUpdate();
        if (e.writing() == ErasedWriting.delete) {
            em.createNativeQuery("""
                    DELETE FROM survey_answer WHERE kind = 'text'
                    AND submission_id IN (SELECT id FROM survey_submission WHERE profile_id = :p)""").setParameter("p", e.profileId()).executeUpdate();
        }
        em.createNativeQuery("UPDATE survey_submission SET profile_id = NULL WHERE profile_id = :p")
                .setParameter("p", e.profileId())
                .executeUpdate();
        em.createNativeQuery("DELETE FROM survey_participation WHERE profile_id = :p")
                .setParameter("p", e.profileId())
                .executeUpdate();
    }

    @Override
    public String section() {
        return "surveys";
    }

    @Override
    public Object export(long profileId) {
        Map<Long, SurveyActivityResponse> bySurvey = new LinkedHashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> participation =
                em.createNativeQuery("""
                SELECT p.survey_id, s.anonymous, p.completions FROM survey_participation p JOIN survey s ON s.item_id = p.survey_id
                WHERE p.profile_id = :p ORDER BY p.survey_id""").setParameter("p", profileId).getResultList();
        participation.forEach(r -> bySurvey.put(
                ((Number) r[0]).longValue(),
                new SurveyActivityResponse(
                        ((Number) r[0]).longValue(), (Boolean) r[1], ((Number) r[2]).intValue(), new ArrayList<>())));
        List<SurveySubmission> linked = em.createQuery(
                        "from SurveySubmission s where s.profileId = :p order by s.id", SurveySubmission.class)
                .setParameter("p", profileId)
                .getResultList();
        for (SurveySubmission s : linked) {
            bySurvey.computeIfAbsent(s.surveyId, k -> new SurveyActivityResponse(k, s.anonymous, 0, new ArrayList<>()))
                    .submissions()
                    .add(new SubmissionExportResponse(s.id, s.startedAt, s.completedAt, submissions.answers(s.id)));
        }
        return List.copyOf(bySurvey.values());
    }
}
