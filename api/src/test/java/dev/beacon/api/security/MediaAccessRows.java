package dev.beacon.api.security;

import static dev.beacon.api.security.StaffAccessMatrixTest.row;

import dev.beacon.api.media.MediaSamples;
import dev.beacon.api.security.StaffAccessMatrixTest.Caller;
import dev.beacon.api.security.StaffAccessMatrixTest.Endpoint;
import java.util.List;
import java.util.Map;

/** The media library in the access matrix: everyone with a role on the site looks, editors and admins change. */
final class MediaAccessRows {

    static final byte[] JPEG = MediaSamples.jpeg(60, 40);
    private static final String MEDIA = "/api/v1/manage/sites/{site}/media";
    private static final String METADATA = "{\"title\":\"Matrix image\",\"alt\":{\"en\":\"A test card\"}}";

    private MediaAccessRows() {}

    static final List<Endpoint> ROWS = List.of(
            row("POST", MEDIA, f -> METADATA, 201, 403, 201, 201).sentAsMultipart(),
            row("GET", MEDIA, null, 200, 200, 200, 200),
            row("GET", MEDIA + "/{mediaId}", null, 200, 200, 200, 200).given(f -> Map.of("mediaId", asset())),
            row("PUT", MEDIA + "/{mediaId}", f -> METADATA, 200, 403, 200, 200).given(f -> Map.of("mediaId", asset())),
            row("PUT", MEDIA + "/{mediaId}/file", null, 200, 403, 200, 200)
                    .sentAsMultipart()
                    .given(f -> Map.of("mediaId", asset())),
            row("DELETE", MEDIA + "/{mediaId}", null, 204, 403, 204, 204).given(f -> Map.of("mediaId", asset())));

    /** A fresh, unused image on demo, uploaded by the platform admin. */
    static String asset() {
        return Long.toString(StaffAccessMatrixTest.as(Caller.PLATFORM_ADMIN, false)
                .multiPart("file", "matrix.jpg", JPEG, "image/jpeg")
                .multiPart("metadata", METADATA, "application/json")
                .post("/api/v1/manage/sites/demo/media")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id"));
    }
}
