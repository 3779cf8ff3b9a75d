package dev.beacon.channel.web.support;

import dev.beacon.channel.kit.testing.ApiUnderTest;
import java.util.UUID;

/** Articles the tests publish through the real API's management face, so every block type is on a page. */
public final class DemoArticles {

    /** The News section of the demo site. */
    private static final String NEWS = "news";

    private static String everyBlock;

    private DemoArticles() {}

    /** The site path (under /c/) of an article with a heading, paragraph, image, list, link and quote; made once. */
    public static synchronized String everyBlockType() {
        if (everyBlock == null) {
            ApiUnderTest api = ApiUnderTest.shared();
            String news = api.send("GET", "/api/v1/sites/demo/paths/" + NEWS, null, null, 200);
            long newsId =
                    Long.parseLong(news.replaceAll("^\\{\"id\":(\\d+).*$", "$1").trim());
            String slug = "clinic-" + UUID.randomUUID().toString().substring(0, 8);
            api.publish("demo", "article", newsId, "en", """
                    {"title":"The clinic is open","subtitle":"What to expect","slug":"%s","tags":["school","health"],"body":[
                      {"type":"heading","level":2,"text":"Opening hours"},
                      {"type":"paragraph","markdown":"Come **any weekday** from 8 to 5; see [our tips](/health)."},
                      {"type":"image","src":"/images/clinic.png","alt":"The clinic's green door","caption":"Look for the green door","width":1200,"height":800},
                      {"type":"list","ordered":false,"items":["Free tests","Free *condoms*","Someone to talk to"]},
                      {"type":"link","url":"/health/mental-health/stress","text":"Feeling stressed?"},
                      {"type":"quote","markdown":"Nobody will *judge* you here.","attribution":"Nurse Amina"}]}""".formatted(slug));
            everyBlock = NEWS + "/" + slug;
        }
        return everyBlock;
    }
}
