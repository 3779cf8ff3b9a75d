package dev.beacon.channel.kit.rest;

import jakarta.ws.rs.QueryParam;

/** The filters of {@code GET /content}; null means "not given". Build with the static factories and withers. */
public class ContentQuery {

    @QueryParam("type")
    public String type;

    @QueryParam("section")
    public Long section;

    @QueryParam("tag")
    public String tag;

    @QueryParam("q")
    public String q;

    @QueryParam("featured")
    public Boolean featured;

    @QueryParam("order")
    public String order;

    @QueryParam("page")
    public Integer page;

    @QueryParam("size")
    public Integer size;

    public static ContentQuery all() {
        return new ContentQuery();
    }

    public ContentQuery type(String value) {
        type = value;
        return this;
    }

    public ContentQuery section(Long value) {
        section = value;
        return this;
    }

    public ContentQuery tag(String value) {
        tag = value;
        return this;
    }

    public ContentQuery search(String value) {
        q = value;
        return this;
    }

    public ContentQuery featured(Boolean value) {
        featured = value;
        return this;
    }

    public ContentQuery order(String value) {
        order = value;
        return this;
    }

    public ContentQuery page(int number, int pageSize) {
        page = number;
        size = pageSize;
        return this;
    }

    /** A stable key of every filter, for caching. */
    public String key() {
        return type + "|" + section + "|" + tag + "|" + q + "|" + featured + "|" + order + "|" + page + "|" + size;
    }
}
