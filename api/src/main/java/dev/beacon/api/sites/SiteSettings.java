package dev.beacon.api.sites;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;

/**
 * A site's settings: a closed schema (unknown keys are rejected by the JSON reader), validated at the
 * edge, with defaults for everything left out so a new site works at once.
 */
public record SiteSettings(
        @Valid Skin skin,
        @Valid Features features,
        @Valid Comments comments,
        @Size(max = 500) List<@NotBlank @Size(max = 100) String> bannedWords,
        @Valid Profiles profiles,
        @Size(max = 50) List<@NotBlank @Size(max = 200) String> bannedPatterns,
        @Valid Community community,
        @Valid Sms sms,
        @Valid WhatsApp whatsapp) {

    public static final String COLOUR = "^#[0-9a-fA-F]{6}$";

    public record Skin(
            @Pattern(regexp = COLOUR, message = "must be a colour such as #1a73e8")
            String primaryColor,

            @Pattern(regexp = COLOUR, message = "must be a colour such as #1a73e8")
            String accentColor,

            @Pattern(regexp = "^https://\\S{1,500}$", message = "must be an https URL")
            String logoUrl,

            @Size(max = 2048) String css) {

        static Skin defaults() {
            return new Skin("#1a5276", "#f39c12", null, null);
        }
    }

    public record Features(Boolean comments, Boolean polls, Boolean surveys, Boolean tips, Boolean stories) {

        static Features defaults() {
            return new Features(true, true, true, true, true);
        }

        Features withDefaults() {
            Features d = defaults();
            return new Features(
                    or(comments, d.comments),
                    or(polls, d.polls),
                    or(surveys, d.surveys),
                    or(tips, d.tips),
                    or(stories, d.stories));
        }
    }

    public enum CommentState {
        open,
        closed,
        disabled
    }

    /**
     * The site-wide commenting policy (sections and articles may override the state), the name moderators
     * reply under, their canned responses, and whether polls and story competitions take comments too.
     */
    public record Comments(
            CommentState state,
            @Min(1) @Max(1000) Integer reportThreshold,
            @Size(min = 1, max = 60) String moderatorName,
            @Size(max = 100) List<@Valid CannedResponse> cannedResponses,
            Boolean onPolls,
            Boolean onStories) {

        static Comments defaults() {
            return new Comments(CommentState.open, 3, "Moderator", List.of(), false, false);
        }

        Comments withDefaults() {
            Comments d = defaults();
            return new Comments(
                    or(state, d.state),
                    or(reportThreshold, d.reportThreshold),
                    or(moderatorName, d.moderatorName),
                    cannedResponses == null ? List.of() : List.copyOf(cannedResponses),
                    or(onPolls, d.onPolls),
                    or(onStories, d.onStories));
        }
    }

    /** A reply moderators can pick instead of typing, by key, with its text in each of the site's locales. */
    public record CannedResponse(
            @NotBlank @Pattern(regexp = "^[a-z0-9-]{1,40}$", message = "must be a key such as be-kind")
            String key,

            @NotEmpty Map<@Pattern(regexp = Locales.CODE_PATTERN) String, @NotBlank @Size(max = 1000) String> text) {}

    /** How many times in how many seconds one person may do something. */
    public record RateLimit(
            @NotNull @Min(1) @Max(10_000) Integer count,
            @NotNull @Min(1) @Max(604_800) Integer perSeconds) {}

    /** On erasure, what a person wrote (comments, tips, stories, free-text answers) is deleted or kept without its author. */
    public enum ErasedWriting {
        delete,
        anonymise
    }

    /**
     * Rules for everything people write: contact details are refused (young people are not to be reached
     * through a public page), limits per person, and what erasure does to their writing.
     */
    public record Community(
            Boolean blockPhoneNumbers,
            Boolean blockEmailAddresses,
            @Valid RateLimit comments,
            @Valid RateLimit tips,
            @Valid RateLimit stories,
            ErasedWriting writingOnErasure) {

        static Community defaults() {
            return new Community(
                    true,
                    true,
                    new RateLimit(5, 60),
                    new RateLimit(3, 3600),
                    new RateLimit(3, 86_400),
                    ErasedWriting.anonymise);
        }

        Community withDefaults() {
            Community d = defaults();
            return new Community(
                    or(blockPhoneNumbers, d.blockPhoneNumbers),
                    or(blockEmailAddresses, d.blockEmailAddresses),
                    or(comments, d.comments),
                    or(tips, d.tips),
                    or(stories, d.stories),
                    or(writingOnErasure, d.writingOnErasure));
        }
    }

    /**
     * SMS delivery: how many concatenated parts one message may take (each part is 153 GSM-7 characters or 67
     * UCS-2 ones). Written SMS variants over it are refused; derived ones are split to stay within it.
     */
    public record Sms(@Min(1) @Max(10) Integer maxParts) {

        static Sms defaults() {
            return new Sms(3);
        }
    }

    /**
     * WhatsApp: the message templates Meta approved for the site's number, by purpose and locale. Outside a person's
     * 24-hour window only these may be sent; {@link WhatsAppTemplates} checks them against the site's locales.
     */
    public record WhatsApp(@Size(max = 200) List<@NotNull @Valid WhatsAppTemplate> templates) {

        static WhatsApp defaults() {
            return new WhatsApp(List.of());
        }
    }

    /**
     * One approved template: what it is for ({@code purpose}), for people reading {@code locale}; its name and
     * language as approved in WhatsApp Manager; its body as approved ({@code {{1}}}, {@code {{2}}}… placeholders);
     * and what fills each placeholder, in order.
     */
    public record WhatsAppTemplate(
            @NotBlank
            @Pattern(
                    regexp = WhatsAppTemplates.PURPOSE_PATTERN,
                    message = "must be comment-reply, competition-result, new-survey or re-engagement")
            String purpose,

            @NotBlank @Pattern(regexp = Locales.CODE_PATTERN, message = "must be a BCP 47 tag such as en, pt or pt-BR")
            String locale,

            @NotBlank
            @Pattern(
                    regexp = "^[a-z0-9_]{1,512}$",
                    message = "must be a WhatsApp template name: lower-case letters, digits and underscores")
            String name,

            @NotBlank
            @Pattern(
                    regexp = "^[a-z]{2,3}(_[A-Z]{2})?$",
                    message = "must be a WhatsApp language code such as en, en_US or pt_BR")
            String language,

            @NotBlank @Size(max = 1024) String body,

            @Size(max = 10)
            List<
                            @NotNull
                            @Pattern(
                                    regexp = WhatsAppTemplates.PARAMETER_PATTERN,
                                    message = "must be alias, site, title or text")
                            String>
                    parameters) {}

    /** Whether a site asks for a profile field, and whether a person must give it. */
    public enum FieldPolicy {
        off,
        optional,
        required
    }

    /** What a site asks of the people who sign up, and how old they must be. */
    public record Profiles(
            FieldPolicy avatar,
            FieldPolicy dateOfBirth,
            FieldPolicy gender,
            FieldPolicy location,
            @Min(0) @Max(120) Integer minimumAge,
            @Size(max = 20) List<@NotNull @Valid SecurityQuestion> securityQuestions) {

        static Profiles defaults() {
            return new Profiles(
                    FieldPolicy.optional,
                    FieldPolicy.optional,
                    FieldPolicy.optional,
                    FieldPolicy.optional,
                    null,
                    SecurityQuestion.DEFAULTS);
        }

        Profiles withDefaults() {
            return new Profiles(
                    or(avatar, FieldPolicy.optional),
                    or(dateOfBirth, FieldPolicy.optional),
                    or(gender, FieldPolicy.optional),
                    or(location, FieldPolicy.optional),
                    minimumAge,
                    securityQuestions == null || securityQuestions.isEmpty()
                            ? SecurityQuestion.DEFAULTS
                            : List.copyOf(securityQuestions));
        }
    }

    /** A recovery question a person may pick, by key, with its text in each of the site's locales. */
    public record SecurityQuestion(
            @NotBlank @Pattern(regexp = "^[a-z0-9-]{1,40}$", message = "must be a key such as first-school")
            String key,

            @NotEmpty Map<@Pattern(regexp = Locales.CODE_PATTERN) String, @NotBlank @Size(max = 150) String> text) {

        static final List<SecurityQuestion> DEFAULTS = List.of(
                new SecurityQuestion(
                        "first-school",
                        Map.of(
                                "en",
                                "What was the name of your first school?",
                                "pt",
                                "Qual era o nome da tua primeira escola?")),
                new SecurityQuestion(
                        "favourite-food",
                        Map.of("en", "What is your favourite food?", "pt", "Qual é a tua comida preferida?")),
                new SecurityQuestion(
                        "best-friend",
                        Map.of(
                                "en",
                                "What is your best friend's first name?",
                                "pt",
                                "Qual é o primeiro nome do teu melhor amigo?")));
    }

    public static SiteSettings defaults() {
        return new SiteSettings(
                Skin.defaults(),
                Features.defaults(),
                Comments.defaults(),
                List.of(),
                Profiles.defaults(),
                List.of(),
                Community.defaults(),
                Sms.defaults(),
                WhatsApp.defaults());
    }

    /** Fills what a request left out, so stored settings are always complete. */
    public SiteSettings withDefaults() {
        Skin s = skin == null
                ? Skin.defaults()
                : new Skin(
                        or(skin.primaryColor, Skin.defaults().primaryColor),
                        or(skin.accentColor, Skin.defaults().accentColor),
                        skin.logoUrl,
                        skin.css);
        return new SiteSettings(
                s,
                features == null ? Features.defaults() : features.withDefaults(),
                comments == null ? Comments.defaults() : comments.withDefaults(),
                bannedWords == null ? List.of() : List.copyOf(bannedWords),
                profiles == null ? Profiles.defaults() : profiles.withDefaults(),
                bannedPatterns == null ? List.of() : List.copyOf(bannedPatterns),
                community == null ? Community.defaults() : community.withDefaults(),
                smsOrDefaults(),
                whatsappOrDefaults());
    }

    /** Settings stored before a section existed read as its defaults. */
    public WhatsApp whatsappOrDefaults() {
        return whatsapp == null || whatsapp.templates() == null
                ? WhatsApp.defaults()
                : new WhatsApp(List.copyOf(whatsapp.templates()));
    }

    /** The same settings with these WhatsApp templates. */
    public SiteSettings withWhatsApp(WhatsApp templates) {
        return new SiteSettings(
                skin, features, comments, bannedWords, profiles, bannedPatterns, community, sms, templates);
    }

    /** Settings stored before a section existed read as its defaults. */
    public Sms smsOrDefaults() {
        return sms == null || sms.maxParts() == null ? Sms.defaults() : sms;
    }

    /** Settings stored before a section existed read as its defaults. */
    public Profiles profilesOrDefaults() {
        return profiles == null ? Profiles.defaults() : profiles.withDefaults();
    }

    /** Settings stored before a section existed read as its defaults. */
    public Comments commentsOrDefaults() {
        return comments == null ? Comments.defaults() : comments.withDefaults();
    }

    public Features featuresOrDefaults() {
        return features == null ? Features.defaults() : features.withDefaults();
    }

    public Community communityOrDefaults() {
        return community == null ? Community.defaults() : community.withDefaults();
    }

    public List<String> bannedWordsOrNone() {
        return bannedWords == null ? List.of() : bannedWords;
    }

    public List<String> bannedPatternsOrNone() {
        return bannedPatterns == null ? List.of() : bannedPatterns;
    }

    private static <T> T or(T value, T fallback) {
        return value != null ? value : fallback;
    }
}
