package uk.graduated.server.proof.fuzz;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import uk.graduated.model.json.JsonText;
import uk.graduated.server.proof.RawHttp;
import uk.graduated.server.proof.fuzz.FuzzRequest.Expect;

/**
 * How to break the requests of one {@code /api/} route. A route with a JSON body gets a valid body
 * broken in one way with valid credentials, or a valid body with wrong credentials, content type or
 * protocol header, or an id in its path replaced. A route without a body gets wrong credentials, a
 * role it does not serve, a broken path id or stray bodies. Only reads and hostile-but-well-formed
 * text may be accepted.
 *
 * @param pathTemplate  the path with {@code {id}} where an id goes, or none
 * @param validId       the id a valid request uses (null: the path has none)
 * @param validAuth     credentials the route serves (null: a public read)
 * @param wrongRole     valid credentials of a caller the route refuses (null: none), e.g. a teaching assistant
 * @param protocol      whether the route requires the {@code Graduated-Protocol} header
 * @param body          a valid body (null: the route reads none)
 * @param required      members whose removal makes the body invalid
 * @param open          paths judged per item (a push's record fields): breaking them may be accepted
 * @param text          string members where SQL or markup is well-formed
 * @param readOnly      a GET or a read that may be answered 200 to anything
 */
record ApiRoute(String method, String pathTemplate, Supplier<String> validId, Supplier<String> validAuth,
        Supplier<String> wrongRole, boolean protocol, Supplier<JsonObject> body, Set<String> required, Set<String> open,
        Set<String> text, boolean readOnly) implements Strategy {
    /** What a read is sent as a body it does not expect. */
    private static final JsonObject STRAY = JsonParser.parseString(
            "{\"stray\":\"value\",\"n\":1,\"list\":[true]}").getAsJsonObject();

    @Override
    public String route() {
        return method + " " + pathTemplate;
    }

    @Override
    public FuzzRequest next(Random random, Faults faults) {
        int dice = random.nextInt(100);
        if (body == null) {
            return bodiless(random, faults, dice);
        }
        JsonObject valid = body.get();
        byte[] validBytes = JsonMutations.utf8(JsonText.compact(valid));
        if (dice < 12) {
            Faults.Auth auth = faults.badAuth(random);
            return refused(request(path(id()), auth.header(), true).body(validBytes), auth.fault());
        }
        if (dice < 20) {
            String type = faults.contentType(random);
            RawHttp.Request request = request(path(id()), "Bearer " + auth(), false).body(validBytes);
            return refused(type.isEmpty() ? request : request.header("Content-Type", type), "content type '" + type + "'");
        }
        if (dice < 25 && protocol) {
            String version = faults.protocolHeader(random);
            RawHttp.Request request = RawHttp.Request.of(method, path(id()))
                    .header("Authorization", "Bearer " + auth()).header("Content-Type", "application/json")
                    .body(validBytes);
            return refused(version.isEmpty() ? request : request.header("Graduated-Protocol", version),
                    "protocol header '" + version + "'");
        }
        if (dice < 30 && !text.isEmpty()) {
            JsonMutations.Mutated hostile = JsonMutations.hostile(valid, text, random);
            return new FuzzRequest(route(), request(path(id()), "Bearer " + auth(), true)
                    .body(hostile.body()), hostile.fault(), Expect.MAY_WRITE);
        }
        if (dice < 36 && validId != null) {
            String id = faults.pathId(random);
            return refused(request(path(id), "Bearer " + auth(), true).body(validBytes), "path id '"
                    + JsonMutations.abbreviate(id) + "'");
        }
        if (dice < 40 && wrongRole != null) {
            return refused(request(path(id()), "Bearer " + wrongRole.get(), true).body(validBytes), "role not served");
        }
        JsonMutations.Mutated mutated = JsonMutations.mutate(valid, required, open, random);
        Expect expect = mutated.fault().startsWith(JsonMutations.LENIENT) ? Expect.MAY_WRITE : Expect.REFUSED;
        return new FuzzRequest(route(), request(path(id()), "Bearer " + auth(), true).body(mutated.body()),
                mutated.fault(), expect);
    }

    /** A request more than 16 MiB long, with valid credentials. */
    @Override
    public FuzzRequest huge(Faults faults) {
        byte[] bytes = JsonMutations.huge(16 * 1024 * 1024 + 4096);
        return refused(request(path(id()), "Bearer " + auth(), true).body(bytes), "16 MiB + 4 KiB body");
    }

    private FuzzRequest bodiless(Random random, Faults faults, int dice) {
        if (dice < 35 || (!readOnly && validId == null && wrongRole == null)) {
            Faults.Auth auth = faults.badAuth(random);
            // A public read (health) ignores credentials: any token, or none, may be answered.
            return expect(request(path(id()), auth.header(), false), auth.fault(),
                    validAuth == null ? Expect.READ_ONLY : Expect.REFUSED);
        }
        if (dice < 55 && wrongRole != null) {
            return expect(request(path(id()), "Bearer " + wrongRole.get(), false), "role not served", Expect.REFUSED);
        }
        if (dice < 80 && validId != null) {
            String id = faults.pathId(random);
            return expect(request(path(id), "Bearer " + auth(), false), "path id '"
                    + JsonMutations.abbreviate(id) + "'", readOnly ? Expect.READ_ONLY : Expect.REFUSED);
        }
        if (!readOnly) {
            Faults.Auth auth = faults.badAuth(random);
            return expect(request(path(id()), auth.header(), false), auth.fault(), Expect.REFUSED);
        }
        JsonMutations.Mutated stray = JsonMutations.mutate(STRAY, Set.of(), Set.of(), random);
        return expect(request(path(id()), "Bearer " + auth(), true).body(stray.body()),
                "stray body: " + stray.fault(), Expect.READ_ONLY);
    }

    private String auth() {
        return validAuth == null ? null : validAuth.get();
    }

    private String id() {
        return validId == null ? null : validId.get();
    }

    private String path(String id) {
        return id == null ? pathTemplate : pathTemplate.replaceFirst("\\{[^}]+}", id);
    }

    private RawHttp.Request request(String path, String authorization, boolean json) {
        RawHttp.Request request = RawHttp.Request.of(method, path);
        if ("Bearer null".equals(authorization)) {
            authorization = null;
        }
        if (protocol) {
            request = request.header("Graduated-Protocol", "1");
        }
        if (authorization != null) {
            request = request.header("Authorization", authorization);
        }
        return json ? request.header("Content-Type", "application/json") : request;
    }

    private FuzzRequest refused(RawHttp.Request request, String fault) {
        return expect(request, fault, readOnly ? Expect.READ_ONLY : Expect.REFUSED);
    }

    private FuzzRequest expect(RawHttp.Request request, String fault, Expect expect) {
        return new FuzzRequest(route(), request, fault, expect);
    }
}
