package dev.beacon.api.media;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The type of a file read from its first bytes, never from its name or the upload's Content-Type (both are the
 * sender's word). Only the types the library accepts have a value; anything else is refused by the caller.
 */
enum Sniffed {
    JPEG(MediaKind.image, "image/jpeg", "jpg"),
    PNG(MediaKind.image, "image/png", "png"),
    GIF(MediaKind.image, "image/gif", "gif"),
    WEBP(MediaKind.image, "image/webp", "webp"),
    OGG(MediaKind.audio, "audio/ogg", "ogg"),
    MP3(MediaKind.audio, "audio/mpeg", "mp3"),
    M4A(MediaKind.audio, "audio/mp4", "m4a"),
    PDF(MediaKind.document, "application/pdf", "pdf");

    final MediaKind kind;
    final String mediaType;
    final String extension;

    Sniffed(MediaKind kind, String mediaType, String extension) {
        this.kind = kind;
        this.mediaType = mediaType;
        this.extension = extension;
    }

    static Sniffed of(String mediaType) {
        for (Sniffed s : values()) {
            if (s.mediaType.equals(mediaType)) {
                return s;
            }
        }
        throw new IllegalArgumentException(mediaType);
    }

    /** The type these bytes start as, or null. */
    static Sniffed detect(byte[] b) {
        if (starts(b, 0, 0xFF, 0xD8, 0xFF)) {
            return JPEG;
        }
        if (starts(b, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return PNG;
        }
        if (ascii(b, 0, "GIF87a") || ascii(b, 0, "GIF89a")) {
            return GIF;
        }
        if (ascii(b, 0, "RIFF") && ascii(b, 8, "WEBP")) {
            return WEBP;
        }
        if (ascii(b, 0, "OggS") && (contains(b, "OpusHead", 200) || contains(b, "\u0001vorbis", 200))) {
            return OGG;
        }
        if (ascii(b, 0, "ID3") || (b.length > 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xE6) == 0xE2)) {
            return MP3; // an ID3 tag, or an MPEG-1/2 layer III frame sync
        }
        if (ascii(b, 4, "ftyp") && (ascii(b, 8, "M4A ") || ascii(b, 8, "M4B "))) {
            return M4A;
        }
        if (ascii(b, 0, "%PDF-")) {
            return PDF;
        }
        return null;
    }

    /** SVG (and other XML or HTML) is text that browsers run scripts in: told apart to refuse it by name. */
    static boolean looksLikeMarkup(byte[] b) {
        String head = new String(b, 0, Math.min(b.length, 1024), StandardCharsets.ISO_8859_1)
                .replace("\uFEFF", "")
                .replace("ï»¿", "")
                .stripLeading()
                .toLowerCase(Locale.ROOT);
        return head.startsWith("<") || head.contains("<svg");
    }

    private static boolean starts(byte[] b, int at, int... expected) {
        if (b.length < at + expected.length) {
            return false;
        }
        for (int i = 0; i < expected.length; i++) {
            if ((b[at + i] & 0xFF) != expected[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean ascii(byte[] b, int at, String expected) {
        return starts(b, at, expected.chars().toArray());
    }

    private static boolean contains(byte[] b, String needle, int within) {
        byte[] n = needle.getBytes(StandardCharsets.ISO_8859_1);
        for (int i = 0; i + n.length <= Math.min(b.length, within); i++) {
            if (starts(b, i, toInts(n))) {
                return true;
            }
        }
        return false;
    }

    private static int[] toInts(byte[] n) {
        int[] out = new int[n.length];
        for (int i = 0; i < n.length; i++) {
            out[i] = n[i] & 0xFF;
        }
        return out;
    }
}
