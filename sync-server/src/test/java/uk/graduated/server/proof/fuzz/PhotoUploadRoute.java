package uk.graduated.server.proof.fuzz;

import java.util.List;
import java.util.Random;
import uk.graduated.server.proof.ProofSchool;
import uk.graduated.server.proof.RawHttp;
import uk.graduated.server.proof.fuzz.FuzzRequest.Expect;

/**
 * {@code PUT /api/v1/photos/{sha256}}: photo bytes rather than JSON, so its own faults: a body that is
 * not what the address names, addresses with traversal and NUL, media types that are not photos,
 * broken {@code Content-Range} headers and compression.
 */
final class PhotoUploadRoute implements Strategy {
    private static final String ROUTE = "PUT /api/v1/photos/{sha256}";
    private static final List<String> MEDIA_TYPES = List.of("", "text/plain", "application/json", "image/svg+xml",
            "text/html", "image/jpeg, image/png", "image/", "application/octet-stream", "image/jpegx");
    private static final List<String> RANGES = List.of("bytes 0-0/0", "bytes x-y/z", "bytes 5-1/10", "bytes */-1",
            "bytes 0-99/100", "items 0-1/2", "bytes 0-18446744073709551615/18446744073709551616", "bytes=0-10",
            "bytes 0--1/5", "bytes */", "bytes 0-1/1", "", "bytes 99999999999-99999999999/99999999999");

    private final String sencoTablet;
    private final String teachingAssistant;

    PhotoUploadRoute(String sencoTablet, String teachingAssistant) {
        this.sencoTablet = sencoTablet;
        this.teachingAssistant = teachingAssistant;
    }

    @Override
    public String route() {
        return ROUTE;
    }

    @Override
    public FuzzRequest next(Random random, Faults faults) {
        byte[] photo = new byte[64 + random.nextInt(4096)];
        random.nextBytes(photo);
        String sha = ProofSchool.sha256(photo);
        int dice = random.nextInt(8);
        return switch (dice) {
            case 0 -> {
                Faults.Auth auth = faults.badAuth(random);
                yield refused(put(sha, auth.header(), "image/jpeg", photo), auth.fault());
            }
            case 1 -> refused(put(sha, teachingAssistant, "image/jpeg", photo), "a teaching assistant adds no photos");
            case 2 -> {
                String id = faults.pathId(random);
                yield refused(put(id, sencoTablet, "image/jpeg", photo), "address '" + JsonMutations.abbreviate(id) + "'");
            }
            case 3 -> {
                String type = MEDIA_TYPES.get(random.nextInt(MEDIA_TYPES.size()));
                yield refused(put(sha, sencoTablet, type, photo), "media type '" + type + "'");
            }
            case 4 -> {
                String range = RANGES.get(random.nextInt(RANGES.size()));
                yield refused(put(sha, sencoTablet, "image/jpeg", photo).header("Content-Range", range),
                        "Content-Range '" + range + "'");
            }
            case 5 -> refused(put(sha, sencoTablet, "image/jpeg", photo).header("Content-Encoding", "gzip"),
                    "compressed photo");
            case 6 -> refused(put(sha.toUpperCase(), sencoTablet, "image/jpeg", photo), "address in capitals");
            default -> {
                byte[] other = photo.clone();
                other[random.nextInt(other.length)] ^= 1;
                yield refused(put(sha, sencoTablet, "image/jpeg", other), "body not the photo its address names");
            }
        };
    }

    @Override
    public FuzzRequest huge(Faults faults) {
        byte[] body = new byte[16 * 1024 * 1024 + 4096];
        return refused(put("0".repeat(64), sencoTablet, "image/jpeg", body), "16 MiB + 4 KiB photo");
    }

    private static RawHttp.Request put(String address, String authorization, String mediaType, byte[] body) {
        RawHttp.Request request = RawHttp.Request.of("PUT", "/api/v1/photos/" + address).header("Graduated-Protocol", "1");
        if (authorization != null) {
            request = request.header("Authorization", authorization.startsWith("gss1.") || authorization.startsWith("gdv1.")
                    ? "Bearer " + authorization : authorization);
        }
        if (!mediaType.isEmpty()) {
            request = request.header("Content-Type", mediaType);
        }
        return request.body(body);
    }

    private static FuzzRequest refused(RawHttp.Request request, String fault) {
        return new FuzzRequest(ROUTE, request, fault, Expect.REFUSED);
    }
}
