package dev.beacon.text;

/**
 * The documented limits of one platform; the values and their sources are in {@link Platform}. Text limits are in the
 * unit of {@link #measure()}; counts are plain counts; 0 means the platform has no such thing (no lists, no buttons).
 *
 * @param measure how text lengths are counted against the text limits below
 * @param textMax a plain text message (SMS: parts per message, see {@link Measure#SMS_PARTS})
 * @param interactiveBodyMax the text of a message that carries buttons
 * @param replyButtonsMax buttons on one message (WhatsApp reply buttons, Messenger quick replies, Telegram inline)
 * @param buttonTitleMax a button's title
 * @param payloadMaxBytes the data a button sends back (reply id, postback payload, callback_data), in UTF-8 bytes
 * @param headerMax text header of an interactive message
 * @param footerMax footer of an interactive message
 * @param listRowsMax rows of a list message, over all its sections
 * @param listSectionsMax sections of a list message
 * @param listButtonMax the button that opens a list
 * @param listSectionTitleMax a list section's title
 * @param listRowTitleMax a list row's title
 * @param listRowDescriptionMax a list row's description
 * @param templateTextMax text of a button template (Messenger)
 * @param templateButtonsMax buttons on a button or generic template (Messenger)
 * @param templateElementsMax elements of a generic template carousel (Messenger)
 * @param templateTitleMax title of a generic template element (Messenger)
 * @param templateSubtitleMax subtitle of a generic template element (Messenger)
 * @param smsSinglePart GSM-7 septets in an SMS sent as one part
 * @param smsConcatenatedPart GSM-7 septets per part of a concatenated SMS
 * @param smsUcs2SinglePart UCS-2 units in an SMS sent as one part
 * @param smsUcs2ConcatenatedPart UCS-2 units per part of a concatenated SMS
 * @param ussdScreenMax GSM-7 characters on one USSD screen, menu lines included
 * @param buttons whether messages can carry tappable buttons
 * @param lists whether list messages exist
 * @param numberedMenusOnly whether choices can only be offered as numbered text lines (SMS, USSD)
 */
public record PlatformLimits(
        Measure measure,
        int textMax,
        int interactiveBodyMax,
        int replyButtonsMax,
        int buttonTitleMax,
        int payloadMaxBytes,
        int headerMax,
        int footerMax,
        int listRowsMax,
        int listSectionsMax,
        int listButtonMax,
        int listSectionTitleMax,
        int listRowTitleMax,
        int listRowDescriptionMax,
        int templateTextMax,
        int templateButtonsMax,
        int templateElementsMax,
        int templateTitleMax,
        int templateSubtitleMax,
        int smsSinglePart,
        int smsConcatenatedPart,
        int smsUcs2SinglePart,
        int smsUcs2ConcatenatedPart,
        int ussdScreenMax,
        boolean buttons,
        boolean lists,
        boolean numberedMenusOnly) {

    /** Whether {@code text} is within {@link #textMax()}. */
    public boolean fitsText(CharSequence text) {
        return measure.length(text) <= textMax;
    }

    static Builder builder(Measure measure) {
        return new Builder(measure);
    }

    /** Named setters for the table in {@link Platform}: 27 positional numbers would be unreadable. */
    static final class Builder {
        private final Measure measure;
        private int textMax;
        private int interactiveBodyMax;
        private int replyButtonsMax;
        private int buttonTitleMax;
        private int payloadMaxBytes;
        private int headerMax;
        private int footerMax;
        private int listRowsMax;
        private int listSectionsMax;
        private int listButtonMax;
        private int listSectionTitleMax;
        private int listRowTitleMax;
        private int listRowDescriptionMax;
        private int templateTextMax;
        private int templateButtonsMax;
        private int templateElementsMax;
        private int templateTitleMax;
        private int templateSubtitleMax;
        private int smsSinglePart;
        private int smsConcatenatedPart;
        private int smsUcs2SinglePart;
        private int smsUcs2ConcatenatedPart;
        private int ussdScreenMax;
        private boolean numberedMenusOnly;

        private Builder(Measure measure) {
            this.measure = measure;
        }

        Builder text(int max) {
            textMax = max;
            return this;
        }

        Builder interactiveBody(int max) {
            interactiveBodyMax = max;
            return this;
        }

        Builder replyButtons(int max, int titleMax) {
            replyButtonsMax = max;
            buttonTitleMax = titleMax;
            return this;
        }

        Builder payloadBytes(int max) {
            payloadMaxBytes = max;
            return this;
        }

        Builder headerAndFooter(int header, int footer) {
            headerMax = header;
            footerMax = footer;
            return this;
        }

        Builder list(int rows, int sections, int button, int sectionTitle, int rowTitle, int rowDescription) {
            listRowsMax = rows;
            listSectionsMax = sections;
            listButtonMax = button;
            listSectionTitleMax = sectionTitle;
            listRowTitleMax = rowTitle;
            listRowDescriptionMax = rowDescription;
            return this;
        }

        Builder buttonTemplate(int text, int buttons) {
            templateTextMax = text;
            templateButtonsMax = buttons;
            return this;
        }

        Builder genericTemplate(int elements, int title, int subtitle) {
            templateElementsMax = elements;
            templateTitleMax = title;
            templateSubtitleMax = subtitle;
            return this;
        }

        Builder smsParts(int single, int concatenated, int ucs2Single, int ucs2Concatenated) {
            smsSinglePart = single;
            smsConcatenatedPart = concatenated;
            smsUcs2SinglePart = ucs2Single;
            smsUcs2ConcatenatedPart = ucs2Concatenated;
            return this;
        }

        Builder ussdScreen(int max) {
            ussdScreenMax = max;
            return this;
        }

        Builder numberedMenusOnly() {
            numberedMenusOnly = true;
            return this;
        }

        PlatformLimits build() {
            return new PlatformLimits(
                    measure,
                    textMax,
                    interactiveBodyMax,
                    replyButtonsMax,
                    buttonTitleMax,
                    payloadMaxBytes,
                    headerMax,
                    footerMax,
                    listRowsMax,
                    listSectionsMax,
                    listButtonMax,
                    listSectionTitleMax,
                    listRowTitleMax,
                    listRowDescriptionMax,
                    templateTextMax,
                    templateButtonsMax,
                    templateElementsMax,
                    templateTitleMax,
                    templateSubtitleMax,
                    smsSinglePart,
                    smsConcatenatedPart,
                    smsUcs2SinglePart,
                    smsUcs2ConcatenatedPart,
                    ussdScreenMax,
                    replyButtonsMax > 0,
                    listRowsMax > 0,
                    numberedMenusOnly);
        }
    }
}
