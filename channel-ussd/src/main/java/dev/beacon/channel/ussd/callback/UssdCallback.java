package dev.beacon.channel.ussd.callback;

import jakarta.ws.rs.FormParam;

/** The form fields of one USSD callback, as Africa's Talking posts them. */
public class UssdCallback {

    @FormParam("sessionId")
    public String sessionId;

    @FormParam("serviceCode")
    public String serviceCode;

    @FormParam("phoneNumber")
    public String phoneNumber;

    /** The operator (MCC + MNC, e.g. 63902); not used for answering. */
    @FormParam("networkCode")
    public String networkCode;

    /** The inputs so far joined by {@code *}; empty when the code was just dialled. */
    @FormParam("text")
    public String text;
}
