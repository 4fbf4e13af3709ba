package uk.graduated.server.console;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Clock;
import org.jdbi.v3.core.Jdbi;
import uk.graduated.server.auth.Authenticator;
import uk.graduated.server.auth.PasswordSignIn;
import uk.graduated.server.auth.SecretHasher;
import uk.graduated.server.console.home.AttentionService;
import uk.graduated.server.console.home.HomePage;
import uk.graduated.server.console.pupil.NeedEdits;
import uk.graduated.server.console.pupil.NeedPages;
import uk.graduated.server.console.pupil.PupilPage;
import uk.graduated.server.console.pupil.PupilService;
import uk.graduated.server.console.pupil.PushedNeedWriter;
import uk.graduated.server.console.register.RegisterPage;
import uk.graduated.server.console.reports.ReportsPages;
import uk.graduated.server.console.reports.ReportsService;
import uk.graduated.server.console.reviews.AnnualReviewPack;
import uk.graduated.server.console.reviews.AnnualReviewPackPage;
import uk.graduated.server.console.reviews.DueList;
import uk.graduated.server.console.reviews.RecordAccess;
import uk.graduated.server.console.reviews.ReviewCalendar;
import uk.graduated.server.console.reviews.ReviewsPages;
import uk.graduated.server.console.settings.SchoolSettings;
import uk.graduated.server.console.settings.SchoolSettingsPage;
import uk.graduated.server.console.signin.SignInPage;
import uk.graduated.server.console.staff.StaffPages;
import uk.graduated.server.console.web.ConsolePages;
import uk.graduated.server.console.web.ConsoleSessions;
import uk.graduated.server.console.web.ConsoleUser;
import uk.graduated.server.console.web.ErrorPages;
import uk.graduated.server.console.web.Section;
import uk.graduated.server.console.web.SecurityHeaders;
import uk.graduated.server.console.web.SessionCookies;
import uk.graduated.server.console.web.StaticAssets;
import uk.graduated.server.console.web.Templates;
import uk.graduated.server.device.DeviceAdmin;
import uk.graduated.server.device.Enrolment;
import uk.graduated.server.staff.StaffAdmin;
import uk.graduated.server.sync.PushService;
import uk.graduated.server.web.Routes;

/**
 * The SENCO's web console under {@code /console}: server-rendered pages (docs/adr/0003), signed in with
 * email and password, for the SENCO (everything) and admins (staff and devices).
 */
public final class ConsoleRoutes implements Routes {
    private final Templates templates = new Templates();
    private final ErrorPages errors = new ErrorPages(templates);
    private final StaticAssets assets = new StaticAssets();
    private final ConsoleSessions sessions;
    private final ConsolePages pages;
    private final SignInPage signIn;
    private final HomePage home;
    private final RegisterPage register;
    private final PupilPage pupil;
    private final NeedPages needs;
    private final StaffPages staff;
    private final ReviewsPages reviews;
    private final AnnualReviewPackPage packs;
    private final ReportsPages reports;
    private final SchoolSettingsPage school;

    /** @param clock the school's clock, in its time zone: "today" on every page */
    public ConsoleRoutes(Jdbi jdbi, Clock clock) {
        this.sessions = new ConsoleSessions(jdbi, clock, new Authenticator(jdbi, clock),
                new PasswordSignIn(jdbi, new SecretHasher(), clock));
        this.pages = new ConsolePages(sessions, errors);
        this.signIn = new SignInPage(sessions, templates, errors);
        DeviceAdmin devices = new DeviceAdmin(jdbi, clock);
        this.home = new HomePage(new AttentionService(jdbi, clock, devices), templates);
        this.register = new RegisterPage(jdbi, clock, templates);
        PupilService pupilService = new PupilService(jdbi, clock);
        this.pupil = new PupilPage(pupilService, templates);
        this.needs = new NeedPages(new NeedEdits(jdbi, clock, new PushedNeedWriter(new PushService(jdbi, clock), clock)), templates, clock);
        this.staff = new StaffPages(jdbi, new StaffAdmin(jdbi, clock), devices, new Enrolment(jdbi, clock), templates,
                clock);
        this.reviews = new ReviewsPages(new ReviewCalendar(jdbi, clock), new DueList(jdbi, clock), templates);
        this.packs = new AnnualReviewPackPage(new AnnualReviewPack(jdbi, clock, pupilService), new RecordAccess());
        this.reports = new ReportsPages(new ReportsService(jdbi, clock), templates);
        this.school = new SchoolSettingsPage(new SchoolSettings(jdbi), templates);
    }

    @Override
    public void addTo(Javalin app) {
        app.before("/console", SecurityHeaders::apply);
        app.before("/console/*", SecurityHeaders::apply);
        app.get("/console", this::landing);
        app.get("/console/static/console.css", assets::stylesheet);
        app.get("/console/sign-in", signIn::show);
        app.post("/console/sign-in", signIn::submit);
        app.post("/console/sign-out", signIn::signOut);
        app.get("/console/home", pages.of(Section.HOME, home::show));
        app.get("/console/register", pages.of(Section.REGISTER, register::show));
        app.get("/console/pupils/{id}", pages.of(Section.REGISTER, pupil::show));
        app.get("/console/pupils/{id}/needs/new", pages.of(Section.REGISTER, needs::newForm));
        app.post("/console/pupils/{id}/needs", pages.of(Section.REGISTER, needs::add));
        app.get("/console/pupils/{id}/needs/{needId}/edit", pages.of(Section.REGISTER, needs::editForm));
        app.post("/console/pupils/{id}/needs/{needId}", pages.of(Section.REGISTER, needs::change));
        app.get("/console/staff", pages.of(Section.STAFF, staff::show));
        app.post("/console/enrolment-codes", pages.of(Section.STAFF, staff::issueCode));
        app.get("/console/devices/{id}/revoke", pages.of(Section.STAFF, staff::confirmRevoke));
        app.post("/console/devices/{id}/revoke", pages.of(Section.STAFF, staff::revoke));
        app.get("/console/reviews", pages.of(Section.REVIEWS, reviews::calendar));
        app.get("/console/reviews/due", pages.of(Section.REVIEWS, reviews::due));
        app.get("/console/pupils/{id}/annual-review.pdf", pages.of(Section.REVIEWS, packs::download));
        app.get("/console/reports", pages.of(Section.REPORTS, reports::figures));
        app.get("/console/reports/governors.pdf", pages.of(Section.REPORTS, reports::governorsPdf));
        app.get("/console/reports/census", pages.of(Section.REPORTS, reports::census));
        app.get("/console/reports/census.csv", pages.of(Section.REPORTS, reports::censusCsv));
        app.get("/console/school", pages.of(Section.SCHOOL, school::show));
        app.post("/console/school", pages.of(Section.SCHOOL, school::save));
        app.get("/console/*", ctx -> errors.notFound(ctx, userOf(ctx)));
    }

    /** The first page of the person's role: the SENCO's home, an admin's staff page; or sign-in. */
    private void landing(Context ctx) {
        ConsoleUser user = userOf(ctx);
        String target = user == null ? "/console/sign-in" : user.isSenco() ? Section.HOME.href() : Section.STAFF.href();
        ctx.redirect(target, HttpStatus.SEE_OTHER);
    }

    private ConsoleUser userOf(Context ctx) {
        return sessions.resolve(SessionCookies.read(ctx, SessionCookies.SESSION)).user();
    }
}
