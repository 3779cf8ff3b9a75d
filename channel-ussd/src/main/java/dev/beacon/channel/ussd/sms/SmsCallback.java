package dev.beacon.channel.ussd.sms;

import jakarta.ws.rs.FormParam;

/** The form fields of an incoming SMS, as Africa's Talking posts them to the inbox callback. */
public class SmsCallback {

    /** The sender, E.164. */
    @FormParam("from")
    public String from;

    /** The shortcode (or number) it was sent to. */
    @FormParam("to")
    public String to;

    @FormParam("text")
    public String text;

    /** Africa's Talking's message id: the same SMS delivered twice is answered once. */
    @FormParam("id")
    public String id;

    /** For premium (subscription) shortcodes; not used. */
    @FormParam("linkId")
    public String linkId;

    @FormParam("date")
    public String date;

    @FormParam("networkCode")
    public String networkCode;
}
