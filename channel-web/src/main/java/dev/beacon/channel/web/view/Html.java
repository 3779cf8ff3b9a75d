package dev.beacon.channel.web.view;

/** The media type of every page: HTML, always UTF-8. */
public final class Html {

    public static final String UTF8 = "text/html;charset=UTF-8";

    private Html() {}
}
