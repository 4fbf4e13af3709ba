package uk.graduated.server.proof.access;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import uk.graduated.model.school.Role;
import uk.graduated.model.sync.EntityType;
import uk.graduated.model.sync.PullRequest;
import uk.graduated.server.console.web.Csrf;
import uk.graduated.server.device.Enrolment;
import uk.graduated.server.proof.ImportUploads;
import uk.graduated.server.proof.ProofSchool;
import uk.graduated.server.proof.RawHttp;
import uk.graduated.server.proof.access.Credentials.Via;
import uk.graduated.server.sync.SchoolRecords;
import uk.graduated.server.sync.SyncFixture;
import uk.graduated.server.testing.TestAccounts;

/**
 * The role matrix of docs/security.md as data: one row per route (a route may have several, such as
 * one's own PIN and someone else's), each cell the status the caller of that column gets, in the
 * order of {@link Caller}: SENCO, TA, EY, teacher, admin, device, other school, revoked, none, expired.
 * {@code S} is a 303 to the sign-in page, {@code 303} a redirect anywhere else (a form that worked),
 * {@code -} a cell the matrix leaves empty.
 *
 * <p>A new console page needs one line: {@link #sencoPage} for a page of pupils' records,
 * {@link #staffPage} for one the SENCO and admins share.
 */
final class AccessRows {
    /** How to make a cell's request; {@code token} is the caller's (null: none), for form tokens and bodies. */
    interface Call {
        RawHttp.Request build(Caller caller, String token);
    }

    record Row(String route, String label, Via via, Call call, String cells) {
        String expected(Caller caller) {
            return cells.trim().split("\\s+")[caller.ordinal()];
        }
    }

    private final ProofSchool proof;
    private final Credentials credentials;
    private final List<Row> rows = new ArrayList<>();
    private final ImportUploads uploads;

    AccessRows(ProofSchool proof, Credentials credentials) {
        this.proof = proof;
        this.credentials = credentials;
        this.uploads = new ImportUploads(proof.port());
        api();
        console();
    }

    List<Row> all() {
        return rows;
    }

    private void api() {
        SyncFixture f = proof.fixture;
        rows.add(new Row("GET /health", "", Via.PUBLIC, (c, t) -> get("/health"), "200 200 200 200 200 200 200 200 200 200"));
        rows.add(new Row("POST /api/v1/session/password", "own password", Via.PUBLIC, (c, t) -> json("POST",
                "/api/v1/session/password", "{\"email\":\"" + email(c) + "\",\"password\":\"" + password(c) + "\"}"),
                "200 200 200 200 200 - 200 - 401 -"));
        rows.add(new Row("POST /api/v1/enrol", "fresh code", Via.PUBLIC, (c, t) -> json("POST", "/api/v1/enrol",
                "{\"enrolmentCode\":\"" + freshCode() + "\",\"deviceName\":\"Hall tablet\",\"platform\":\"android\","
                        + "\"appVersion\":\"1.0.0\"}"), "- - - - - - - - 200 -"));
        rows.add(new Row("POST /api/v1/session/pin", "", Via.DEVICE_TOKEN, (c, t) -> json("POST", "/api/v1/session/pin",
                "{\"staffId\":\"" + f.ta.id() + "\",\"pin\":\"" + TestAccounts.PIN + "\"}"),
                "403 403 403 403 403 200 401 403 401 401"));
        rows.add(new Row("GET /api/v1/device", "", Via.DEVICE_TOKEN, (c, t) -> get("/api/v1/device"),
                "403 403 403 403 403 200 200 403 401 401"));
        rows.add(new Row("POST /api/v1/session/end", "", Via.CONSOLE_SESSION, (c, t) -> json("POST", "/api/v1/session/end",
                "{}"), "204 204 204 204 204 403 204 403 401 401"));
        rows.add(new Row("POST /api/v1/enrolment-codes", "", Via.CONSOLE_SESSION, (c, t) -> json("POST",
                "/api/v1/enrolment-codes", "{}"), "201 403 403 403 201 403 201 403 401 401"));
        rows.add(new Row("GET /api/v1/devices", "", Via.CONSOLE_SESSION, (c, t) -> get("/api/v1/devices"),
                "200 403 403 403 200 403 200 403 401 401"));
        rows.add(new Row("POST /api/v1/devices/{id}/revoke", "", Via.CONSOLE_SESSION, (c, t) -> json("POST",
                "/api/v1/devices/" + spareTablet().id() + "/revoke", "{}"), "200 403 403 403 200 403 404 403 401 401"));
        rows.add(new Row("GET /api/v1/staff", "", Via.CONSOLE_SESSION, (c, t) -> get("/api/v1/staff"),
                "200 403 403 403 200 403 200 403 401 401"));
        rows.add(new Row("POST /api/v1/staff", "", Via.CONSOLE_SESSION, (c, t) -> json("POST", "/api/v1/staff",
                newTeacher()), "201 403 403 403 201 403 201 403 401 401"));
        rows.add(new Row("PATCH /api/v1/staff/{id}", "", Via.CONSOLE_SESSION, (c, t) -> json("PATCH", "/api/v1/staff/"
                + colleague().id(), "{\"classes\":[\"Year 1\"]}"), "200 403 403 403 200 403 404 403 401 401"));
        rows.add(new Row("POST /api/v1/staff/{id}/pin", "someone else's", Via.CONSOLE_SESSION, (c, t) -> json("POST",
                "/api/v1/staff/" + colleague().id() + "/pin", "{\"pin\":\"7305\"}"),
                "204 403 403 403 204 403 404 403 401 401"));
        rows.add(new Row("POST /api/v1/staff/{id}/pin", "own", Via.CONSOLE_SESSION, (c, t) -> json("POST",
                "/api/v1/staff/" + ownId(c) + "/pin", "{\"pin\":\"4821\"}"), "204 204 204 204 204 403 204 403 401 401"));
        rows.add(new Row("POST /api/v1/staff/{id}/password", "someone else's", Via.CONSOLE_SESSION, (c, t) -> json("POST",
                "/api/v1/staff/" + colleague().id() + "/password", "{\"password\":\"a-first-password-for-them\"}"),
                "204 403 403 403 204 403 404 403 401 401"));
        rows.add(new Row("POST /api/v1/sync/push", "one new pupil", Via.TABLET_SESSION, (c, t) -> json("POST",
                "/api/v1/sync/push", push(c)), "200 200 200 200 200 403 200 403 401 401"));
        rows.add(new Row("POST /api/v1/sync/pull", "", Via.TABLET_SESSION, (c, t) -> json("POST", "/api/v1/sync/pull",
                PullRequest.first().toJson()), "200 200 200 200 200 200 200 403 401 401"));
        rows.add(new Row("PUT /api/v1/photos/{sha256}", "a new photo", Via.TABLET_SESSION, (c, t) -> photo(),
                "201 403 201 403 403 403 201 403 401 401"));
        rows.add(new Row("GET /api/v1/photos/{sha256}", "of the Rainbow Room pupil", Via.TABLET_SESSION,
                (c, t) -> get("/api/v1/photos/" + proof.photoSha256), "200 404 200 404 404 403 404 403 401 401"));
        rows.add(new Row("HEAD /api/v1/photos/{sha256}", "of the Rainbow Room pupil", Via.TABLET_SESSION,
                (c, t) -> RawHttp.Request.of("HEAD", "/api/v1/photos/" + proof.photoSha256),
                "200 404 200 404 404 403 404 403 401 401"));
    }

    private void console() {
        String pupil = "/console/pupils/" + proof.pupilId;
        rows.add(new Row("GET /console", "first page", Via.COOKIE, (c, t) -> get("/console"), "303 303 303 303 303 S 303 S S S"));
        rows.add(new Row("GET /console/static/console.css", "", Via.COOKIE, (c, t) -> get("/console/static/console.css"),
                "200 200 200 200 200 200 200 200 200 200"));
        rows.add(new Row("GET /console/sign-in", "", Via.COOKIE, (c, t) -> get("/console/sign-in"),
                "303 200 200 200 303 200 303 200 200 200"));
        rows.add(new Row("POST /console/sign-in", "own password", Via.COOKIE, (c, t) -> signIn(c),
                "303 403 403 403 303 - 303 - 401 -"));
        rows.add(new Row("POST /console/sign-out", "", Via.COOKIE, (c, t) -> form("/console/sign-out", t, ""),
                "S S S S S S S S S S"));
        rows.add(new Row("GET /console/*", "no such page", Via.COOKIE, (c, t) -> get("/console/no-such-page"),
                "404 404 404 404 404 404 404 404 404 404"));
        sencoPage("GET /console/home");
        sencoPage("GET /console/register");
        rows.add(sencoRecordRow("GET /console/pupils/{id}", (c, t) -> get(pupil), "200"));
        rows.add(sencoRecordRow("GET /console/pupils/{id}/needs/new", (c, t) -> get(pupil + "/needs/new"), "200"));
        rows.add(sencoRecordRow("GET /console/pupils/{id}/needs/{needId}/edit",
                (c, t) -> get(pupil + "/needs/" + proof.needId + "/edit"), "200"));
        rows.add(sencoRecordRow("POST /console/pupils/{id}/needs", (c, t) -> form(pupil + "/needs", t,
                "&type=MLD&rank=2&startDate=2026-09-14"), "303"));
        rows.add(sencoRecordRow("POST /console/pupils/{id}/needs/{needId}", (c, t) -> form(pupil + "/needs/" + proof.needId,
                t, "&type=SEMH&rank=1"), "303"));
        staffPage("GET /console/staff");
        rows.add(new Row("POST /console/enrolment-codes", "", Via.COOKIE, (c, t) -> form("/console/enrolment-codes", t, ""),
                "201 403 403 403 201 S 201 S S S"));
        rows.add(new Row("GET /console/devices/{id}/revoke", "", Via.COOKIE, (c, t) -> get("/console/devices/"
                + spareTablet().id() + "/revoke"), "200 403 403 403 200 S 404 S S S"));
        rows.add(new Row("POST /console/devices/{id}/revoke", "", Via.COOKIE, (c, t) -> form("/console/devices/"
                + spareTablet().id() + "/revoke", t, ""), "303 403 403 403 303 S 404 S S S"));
        schoolAndStaffForms();
        provisionAndTransfer(pupil);
        imports();
        sencoPage("GET /console/audit");
    }

    /** School details and staff accounts: the SENCO's and admins'; another school's SENCO changes their own school. */
    private void schoolAndStaffForms() {
        staffPage("GET /console/school");
        rows.add(new Row("POST /console/school", "details and a term", Via.COOKIE, (c, t) -> form("/console/school", t,
                "&name=" + enc(schoolName(c)) + "&urn=&phase=primary&term-0-label=Autumn+term&term-0-start=2026-09-03"
                        + "&term-0-end=2026-12-18"), "303 403 403 403 303 S 303 S S S"));
        staffPage("GET /console/staff/new");
        rows.add(new Row("POST /console/staff", "a new teacher", Via.COOKIE, (c, t) -> form("/console/staff", t,
                "&displayName=Mr+Nakamura&email=" + UUID.randomUUID() + "%40school.example.org&roles=teacher"
                        + "&classes=Year+1"), "303 403 403 403 303 S 303 S S S"));
        rows.add(new Row("GET /console/staff/{id}/edit", "a teaching assistant", Via.COOKIE,
                (c, t) -> get("/console/staff/" + colleague().id() + "/edit"), "200 403 403 403 200 S 404 S S S"));
        rows.add(new Row("POST /console/staff/{id}", "a teaching assistant", Via.COOKIE, (c, t) -> {
            TestAccounts.Person colleague = colleague();
            return form("/console/staff/" + colleague.id(), t, "&displayName=Ms+Colleague&email="
                    + enc(colleague.email()) + "&roles=teaching_assistant&classes=Year+2&active=yes");
        }, "303 403 403 403 303 S 404 S S S"));
        // An admin may not change a SENCO's account (docs/security.md, note 1): the form comes back refused.
        rows.add(new Row("POST /console/staff/{id}", "another SENCO", Via.COOKIE, (c, t) -> {
            TestAccounts.Person senco = proof.accounts.createStaff(proof.school, "Mrs Achterberg", Role.SENCO);
            return form("/console/staff/" + senco.id(), t, "&displayName=Mrs+Achterberg&email=" + enc(senco.email())
                    + "&roles=senco&classes=&active=no");
        }, "303 403 403 403 400 S 404 S S S"));
    }

    private void provisionAndTransfer(String pupil) {
        sencoPage("GET /console/provision");
        sencoPage("GET /console/provision.csv");
        sencoPage("GET /console/impact");
        rows.add(sencoRecordRow("GET /console/provision/{id}", (c, t) -> get("/console/provision/" + proof.interventionId),
                "200"));
        rows.add(sencoRecordRow("GET /console/pupils/{id}/provision-map", (c, t) -> get(pupil + "/provision-map"), "200"));
        rows.add(sencoRecordRow("GET /console/pupils/{id}/provision-map.csv", (c, t) -> get(pupil + "/provision-map.csv"),
                "200"));
        rows.add(sencoRecordRow("GET /console/pupils/{id}/provision-map.pdf", (c, t) -> get(pupil + "/provision-map.pdf"),
                "200"));
        rows.add(sencoRecordRow("GET /console/pupils/{id}/transfer", (c, t) -> get(pupil + "/transfer"), "200"));
        rows.add(sencoRecordRow("GET /console/pupils/{id}/annual-review.pdf", (c, t) -> get(pupil + "/annual-review.pdf"),
                "200"));
        sencoPage("GET /console/reviews");
        sencoPage("GET /console/reviews/due");
        sencoPage("GET /console/reports");
        sencoPage("GET /console/reports/governors.pdf");
        sencoPage("GET /console/reports/census");
        sencoPage("GET /console/reports/census.csv");
        rows.add(sencoRecordRow("POST /console/pupils/{id}/transfer/ctf.xml", (c, t) -> form(pupil + "/transfer/ctf.xml",
                t, ""), "200"));
        rows.add(sencoRecordRow("POST /console/pupils/{id}/transfer/pack.pdf", (c, t) -> form(pupil + "/transfer/pack.pdf",
                t, ""), "200"));
    }

    /**
     * The MIS import. An upload id works only for the session that uploaded it: the SENCO's cell uses an
     * upload of its own session, every other cell one of another session of this school's SENCO.
     */
    private void imports() {
        sencoPage("GET /console/import");
        sencoPage("GET /console/import/template.csv");
        rows.add(new Row("POST /console/import", "a file of one pupil", Via.COOKIE, (c, t) -> ImportUploads.uploadRequest(
                null, ImportUploads.multipart(t == null ? "" : Csrf.tokenFor(t), "pupils.csv",
                        ImportUploads.onePupil("Okonkwo"))), "303 403 403 403 403 S 303 S S S"));
        rows.add(sencoRecordRow("GET /console/import/{id}", (c, t) -> get("/console/import/" + upload(c, t, false)), "200"));
        rows.add(sencoRecordRow("POST /console/import/{id}", (c, t) -> form("/console/import/" + upload(c, t, false), t,
                "&rows=all"), "303"));
        rows.add(sencoRecordRow("GET /console/import/{id}/done", (c, t) -> get("/console/import/" + upload(c, t, true)
                + "/done"), "200"));
        rows.add(new Row("GET /console/import/{id}", "another session's upload", Via.COOKIE,
                (c, t) -> get("/console/import/" + upload(Caller.TEACHER, t, false)), "404 - - - - - - - - -"));
    }

    /** An upload of the caller's own session when the caller is the SENCO, else of another session of the SENCO. */
    private String upload(Caller caller, String token, boolean imported) {
        String session = caller == Caller.SENCO ? token : proof.accounts.consoleSession(proof.school.senco());
        String id = uploads.upload(session, ImportUploads.onePupil("Adebayo-" + UUID.randomUUID().toString().substring(0, 8)));
        if (imported) {
            uploads.confirm(session, id);
        }
        return id;
    }

    private String schoolName(Caller caller) {
        return caller == Caller.OTHER_SCHOOL ? proof.otherSchool.name() : proof.school.name();
    }

    /** A console page of pupils' records without ids in its path: the SENCO's alone; another school's SENCO sees theirs. */
    void sencoPage(String route) {
        String path = route.substring(route.indexOf(' ') + 1);
        rows.add(new Row(route, "SENCO page", Via.COOKIE, (c, t) -> get(path), "200 403 403 403 403 S 200 S S S"));
    }

    /** A page the SENCO and admins share (staff, tablets). */
    void staffPage(String route) {
        String path = route.substring(route.indexOf(' ') + 1);
        rows.add(new Row(route, "SENCO and admin page", Via.COOKIE, (c, t) -> get(path), "200 403 403 403 200 S 200 S S S"));
    }

    /** A page or form on one of this school's records: another school's SENCO gets 404, as for an id that does not exist. */
    private static Row sencoRecordRow(String route, Call call, String sencoStatus) {
        return new Row(route, "SENCO record", Via.COOKIE, call, sencoStatus + " 403 403 403 403 S 404 S S S");
    }

    private String email(Caller caller) {
        TestAccounts.Person person = credentials.person(caller);
        return person == null ? "nobody@school.example.org" : person.email();
    }

    private String password(Caller caller) {
        return caller == Caller.NONE ? "not-the-password-at-all" : TestAccounts.PASSWORD;
    }

    private RawHttp.Request signIn(Caller caller) {
        String secret = "matrix-sign-in-" + UUID.randomUUID();
        String body = "csrf=" + enc(Csrf.tokenFor(secret)) + "&email=" + enc(email(caller)) + "&password=" + enc(password(caller));
        return RawHttp.Request.of("POST", "/console/sign-in").header("Cookie", "graduated_console_sign_in=" + secret)
                .header("Content-Type", "application/x-www-form-urlencoded").body(body.getBytes(StandardCharsets.UTF_8));
    }

    private static RawHttp.Request form(String path, String token, String fields) {
        String csrf = token == null ? "" : Csrf.tokenFor(token);
        return RawHttp.Request.of("POST", path).header("Content-Type", "application/x-www-form-urlencoded")
                .body(("csrf=" + enc(csrf) + fields).getBytes(StandardCharsets.UTF_8));
    }

    private static RawHttp.Request get(String path) {
        return RawHttp.Request.of("GET", path);
    }

    private static RawHttp.Request json(String method, String path, String body) {
        return RawHttp.Request.of(method, path).header("Content-Type", "application/json")
                .body(body.getBytes(StandardCharsets.UTF_8));
    }

    private RawHttp.Request photo() {
        byte[] bytes = UUID.randomUUID().toString().repeat(40).getBytes(StandardCharsets.US_ASCII);
        return RawHttp.Request.of("PUT", "/api/v1/photos/" + ProofSchool.sha256(bytes)).header("Content-Type", "image/jpeg")
                .body(bytes);
    }

    private String push(Caller caller) {
        SyncFixture f = proof.fixture;
        UUID tablet = credentials.tablet(caller).id();
        UUID school = caller == Caller.OTHER_SCHOOL ? proof.otherSchool.id() : proof.school.id();
        return SyncFixture.Mutations.pushBody(tablet, SyncFixture.Mutations.create(EntityType.PUPIL,
                new SchoolRecords(school).pupil(UUID.randomUUID(), "Oak"), tablet));
    }

    private String freshCode() {
        TestAccounts.Person senco = proof.school.senco();
        return new Enrolment(proof.fixture.jdbi(), Clock.systemUTC())
                .issue(TestAccounts.principal(senco, null)).code();
    }

    private TestAccounts.Device spareTablet() {
        return proof.accounts.enrolDevice(proof.school, "Spare tablet");
    }

    private TestAccounts.Person colleague() {
        return proof.accounts.createStaff(proof.school, "Ms Colleague", Role.TEACHING_ASSISTANT);
    }

    private UUID ownId(Caller caller) {
        TestAccounts.Person person = credentials.person(caller);
        return person == null ? proof.fixture.ta.id() : person.id();
    }

    private static String newTeacher() {
        UUID id = UUID.randomUUID();
        return "{\"id\":\"" + id + "\",\"displayName\":\"Mr New\",\"email\":\"" + id
                + "@school.example.org\",\"roles\":[\"teacher\"],\"classes\":[\"Year 1\"]}";
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
