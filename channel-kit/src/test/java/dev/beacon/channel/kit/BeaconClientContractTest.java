package dev.beacon.channel.kit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.beacon.channel.kit.model.Block;
import dev.beacon.channel.kit.model.Consent;
import dev.beacon.channel.kit.model.ConsentRequest;
import dev.beacon.channel.kit.model.Content;
import dev.beacon.channel.kit.model.ContentPage;
import dev.beacon.channel.kit.model.ContentSummary;
import dev.beacon.channel.kit.model.PinSetting;
import dev.beacon.channel.kit.model.Profile;
import dev.beacon.channel.kit.model.ProfileUpdate;
import dev.beacon.channel.kit.model.Recovery;
import dev.beacon.channel.kit.model.SignIn;
import dev.beacon.channel.kit.model.Site;
import dev.beacon.channel.kit.rest.ApiProblemException;
import dev.beacon.channel.kit.rest.ContentQuery;
import dev.beacon.channel.kit.testing.Aliases;
import dev.beacon.channel.kit.testing.ApiTestResource;
import dev.beacon.channel.kit.testing.ApiUnderTest;
import dev.beacon.channel.kit.testing.Subjects;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * channel-kit's client against the real, packaged api with its demo content: if the API and the client's
 * records drift apart (a renamed field, a changed status, a moved endpoint), these fail.
 */
@QuarkusTest
@QuarkusTestResource(ApiTestResource.class)
class BeaconClientContractTest {

    @Inject
    BeaconDelivery delivery;

    @Inject
    BeaconPeople people;

    private static String alias() {
        return Aliases.unique("kit");
    }

    @Test
    void readsASiteWithItsLocaleChainsSkinAndSecurityQuestions() {
        Delivered<Site> site = delivery.site("demo");

        assertEquals("demo", site.body().slug());
        assertEquals("en", site.body().defaultLocale());
        assertEquals(
                List.of("pt-BR", "pt", "en"),
                site.body().locales().stream()
                        .filter(l -> l.code().equals("pt-BR"))
                        .findFirst()
                        .orElseThrow()
                        .chain());
        assertTrue(site.body().skin().primaryColor().matches("#[0-9a-fA-F]{6}"));
        assertFalse(site.body().profiles().securityQuestions().isEmpty());
        assertNotNull(site.body().profiles().securityQuestions().get(0).text().get("pt"));
        assertNotNull(site.etag());
        assertTrue(site.maxAge() > 0);
    }

    @Test
    void revalidatesByEtagAndKeepsTheBodyWhenTheApiAnswersNotModified() {
        Delivered<ContentPage> first = delivery.content(
                "demo", ContentQuery.all().type("article").order("title").page(1, 3), "en");
        Delivered<ContentPage> second = delivery.content(
                "demo", ContentQuery.all().type("article").order("title").page(1, 3), "en");

        assertTrue(second.notModified(), "the second read is a 304 from the API");
        assertEquals(first.etag(), second.etag());
        assertEquals(first.body().items(), second.body().items());
        assertEquals(3, second.body().items().size());
        assertTrue(second.body().totalItems() >= 14);
    }

    @Test
    void listsFeaturedItemsAndSectionsInTheServedLocale() {
        ContentPage featured = delivery.content("demo", ContentQuery.all().featured(true), "pt")
                .body();
        ContentPage sections = delivery.content(
                        "demo",
                        ContentQuery.all().type("section").order("position").page(1, 50),
                        "pt")
                .body();

        assertTrue(featured.items().stream().anyMatch(i -> i.type().equals("banner")), "the demo banner is featured");
        assertTrue(featured.items().stream().allMatch(ContentSummary::featured));
        ContentSummary health = sections.items().stream()
                .filter(s -> s.parentId() == null && "/saude".equals(s.path()))
                .findFirst()
                .orElseThrow();
        assertEquals("pt", health.locale());
        assertEquals("Saúde", health.title());
    }

    @Test
    void looksUpAnItemByPathFallingBackThroughTheSiteChain() {
        Delivered<Content> stress = delivery.byPath("demo", "health/mental-health/stress", "pt-BR");

        assertEquals("pt", stress.body().locale());
        assertEquals("pt", stress.language());
        assertEquals("pt-BR", stress.body().requestedLocale());
        assertTrue(stress.body().availableLocales().containsAll(List.of("en", "pt")));
        assertEquals("/saude/saude-mental/stress", stress.body().path());
        assertFalse(stress.body().body().isEmpty());
        assertEquals(
                stress.body().id(),
                delivery.item("demo", stress.body().id(), "en").body().id());
    }

    @Test
    void readsEveryBlockTypeOfAPublishedArticle() {
        long news = delivery.byPath("demo", "news", "en").body().id();
        String slug = "blocks-" + UUID.randomUUID().toString().substring(0, 8);
        long id = ApiUnderTest.shared().publish("demo", "article", news, "en", """
                {"title":"Every block","slug":"%s","tags":["school"],"body":[
                  {"type":"heading","level":2,"text":"A heading"},
                  {"type":"paragraph","markdown":"Some **bold** words."},
                  {"type":"image","src":"/images/clinic.png","alt":"The clinic door","caption":"Open daily","width":800,"height":600},
                  {"type":"list","ordered":true,"items":["One","Two"]},
                  {"type":"link","url":"https://example.org/help","text":"Get help"},
                  {"type":"quote","markdown":"Ask *early*.","attribution":"A nurse"}]}""".formatted(slug));

        List<Block> body = delivery.item("demo", id, "en").body().body();

        assertEquals(
                List.of("heading", "paragraph", "image", "list", "link", "quote"),
                body.stream().map(Block::type).collect(Collectors.toList()));
        assertEquals(2, body.get(0).level());
        assertEquals("Some <strong>bold</strong> words.", body.get(1).html());
        assertEquals("The clinic door", body.get(2).alt());
        assertEquals(800, body.get(2).width());
        assertEquals(600, body.get(2).height());
        assertEquals("/images/clinic.png", body.get(2).src());
        assertTrue(body.get(3).ordered());
        assertEquals("Two", body.get(3).items().get(1).text());
        assertEquals("https://example.org/help", body.get(4).url());
        assertEquals("Get help", body.get(4).text());
        assertEquals("A nurse", body.get(5).attribution());
        assertTrue(body.get(5).html().contains("<em>early</em>"));
    }

    @Test
    void answersAMissingPathWithANotFoundProblem() {
        ApiProblemException e =
                assertThrows(ApiProblemException.class, () -> delivery.byPath("demo", "no/such/page", "en"));

        assertEquals(404, e.status());
        assertEquals("not-found", e.kind());
    }

    @Test
    void signsUpSignsInAgreesExportsSignsOutAndErasesAPerson() {
        String phone = Subjects.newWebPerson();
        String name = alias();
        String question = delivery.site("demo")
                .body()
                .profiles()
                .securityQuestions()
                .get(0)
                .key();

        Profile fresh = people.me("demo", phone);
        assertFalse(fresh.isMember());
        people.update("demo", phone, new ProfileUpdate(name, null, null, null, "Maputo"));
        Profile member = people.setPin("demo", phone, new PinSetting("1234", question, "Escola Um"));
        assertTrue(member.isMember());
        assertEquals(name, member.alias());
        assertEquals("Maputo", member.location());

        String laptop = Subjects.newWebPerson();
        Profile signedIn = people.signIn("demo", laptop, new SignIn(name, "1234"));
        assertEquals(member.id(), signedIn.id());
        assertTrue(signedIn.identities().containsAll(List.of(phone, laptop)));

        Consent consent = people.consent("demo", laptop, new ConsentRequest("terms", "2025-01"));
        assertEquals("web", consent.channel());
        String export = people.export("demo", laptop);
        assertTrue(export.contains("\"alias\":\"" + name + "\""), export);
        assertTrue(export.contains("\"document\":\"terms\""), export);

        Profile recovered = people.recover("demo", Subjects.newWebPerson(), new Recovery(name, "escola um", "4321"));
        assertEquals(member.id(), recovered.id());

        people.forget("demo", phone); // the phone signs out: its identity is forgotten, the profile stays
        assertFalse(people.me("demo", phone).isMember());
        assertFalse(people.me("demo", laptop).identities().contains(phone));

        people.erase("demo", laptop);
        ApiProblemException gone = assertThrows(
                ApiProblemException.class,
                () -> people.signIn("demo", Subjects.newWebPerson(), new SignIn(name, "4321")));
        assertEquals("sign-in-failed", gone.kind());
    }

    @Test
    void reportsRefusalsAsProblemsWithTheirTypeAndField() {
        String first = Subjects.newWebPerson();
        String name = alias();
        people.update("demo", first, new ProfileUpdate(name, null, null, null, null));
        people.setPin("demo", first, new PinSetting("1111", "first-school", "x"));

        ApiProblemException banned = assertThrows(
                ApiProblemException.class,
                () -> people.update(
                        "demo", Subjects.newWebPerson(), new ProfileUpdate("big idiot", null, null, null, null)));
        assertEquals("banned-text", banned.kind());
        assertEquals("alias", banned.problem().fieldErrors().get(0).field());

        ApiProblemException tooLong = assertThrows(
                ApiProblemException.class,
                () -> people.update(
                        "demo", Subjects.newWebPerson(), new ProfileUpdate("x".repeat(31), null, null, null, null)));
        assertEquals("validation", tooLong.kind());
        assertEquals("alias", tooLong.problem().fieldErrors().get(0).field());

        ApiProblemException taken = assertThrows(
                ApiProblemException.class,
                () -> people.update("demo", Subjects.newWebPerson(), new ProfileUpdate(name, null, null, null, null)));
        assertEquals("conflict", taken.kind());
        assertEquals(409, taken.status());

        for (int i = 0; i < 4; i++) {
            ApiProblemException wrong = assertThrows(
                    ApiProblemException.class,
                    () -> people.signIn("demo", Subjects.newWebPerson(), new SignIn(name, "9999")));
            assertEquals("sign-in-failed", wrong.kind());
        }
        ApiProblemException locked = assertThrows(
                ApiProblemException.class,
                () -> people.signIn("demo", Subjects.newWebPerson(), new SignIn(name, "9999")));
        assertEquals("locked", locked.kind());
        assertEquals(423, locked.status());
    }

    @Test
    void refusesToSpeakForAnotherChannelsPerson() {
        ApiProblemException e =
                assertThrows(ApiProblemException.class, () -> people.me("demo", "whatsapp:15550100000"));

        assertEquals(403, e.status());
    }
}
