package uk.graduated.server.console;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpStatus;
import java.time.Clock;
import org.jdbi.v3.core.Jdbi;
import uk.graduated.server.auth.Authenticator;
import uk.graduated.server.auth.PasswordSignIn;
import uk.graduated.server.auth.SecretHasher;
import uk.graduated.server.console.audit.AuditPage;
import uk.graduated.server.console.audit.AuditService;
import uk.graduated.server.console.audit.PupilAccessLog;
import uk.graduated.server.console.home.AttentionService;
import uk.graduated.server.console.imports.ImportPages;
import uk.graduated.server.console.imports.ImportService;
import uk.graduated.server.console.home.HomePage;
import uk.graduated.server.console.impact.ImpactPage;
import uk.graduated.server.console.impact.ImpactService;
import uk.graduated.server.console.pupil.NeedEdits;
import uk.graduated.server.console.pupil.NeedPages;
import uk.graduated.server.console.pupil.PupilPage;
import uk.graduated.server.console.pupil.PupilService;
import uk.graduated.server.console.pupil.PushedNeedWriter;
import uk.graduated.server.console.provision.ProvisionMapService;
import uk.graduated.server.console.provision.ProvisionPages;
import uk.graduated.server.console.provision.PupilProvisionService;
import uk.graduated.server.console.register.RegisterPage;
import uk.graduated.server.console.reports.ReportsPages;
import uk.graduated.server.console.reports.ReportsService;
import uk.graduated.server.console.reviews.AnnualReviewPack;
import uk.graduated.server.console.reviews.AnnualReviewPackPage;
import uk.graduated.server.console.reviews.DueList;
import uk.graduated.server.console.reviews.ReviewCalendar;
import uk.graduated.server.console.reviews.ReviewsPages;
import uk.graduated.server.console.settings.SchoolSettings;
import uk.graduated.server.console.settings.SchoolSettingsPage;
import uk.graduated.server.console.signin.SignInPage;
import uk.graduated.server.console.staff.StaffFormPages;
import uk.graduated.server.console.staff.StaffPages;
import uk.graduated.server.console.transfer.TransferPages;
import uk.graduated.server.console.transfer.TransferService;
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
import uk.graduated.server.staff.Credentials;
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
    private final ImportPages imports;
    private final TransferPages transfers;
    private final AuditPage audit;
    private final ProvisionPages provision;
    private final ImpactPage impact;
    private final StaffFormPages staffForms;

    /** @param clock the school's clock, in its time zone: "today" on every page */
    public ConsoleRoutes(Jdbi jdbi, Clock clock) {
        this.sessions = new ConsoleSessions(jdbi, clock, new Authenticator(jdbi, clock),
                new PasswordSignIn(jdbi, new SecretHasher(), clock));
        this.pages = new ConsolePages(sessions, errors);
        this.signIn = new SignInPage(sessions, templates, errors);
        DeviceAdmin devices = new DeviceAdmin(jdbi, clock);
        this.home = new HomePage(new AttentionService(jdbi, clock, devices), templates);
        this.register = new RegisterPage(jdbi, clock, templates);
        PupilAccessLog accessLog = new PupilAccessLog(jdbi, clock);
        PupilService pupils = new PupilService(jdbi, clock);
        this.pupil = new PupilPage(pupils, accessLog, templates);
        this.needs = new NeedPages(new NeedEdits(jdbi, clock, new PushedNeedWriter(new PushService(jdbi, clock), clock)), templates, clock);
        StaffAdmin staffAdmin = new StaffAdmin(jdbi, clock);
        this.staff = new StaffPages(jdbi, staffAdmin, devices, new Enrolment(jdbi, clock), templates,
                clock);
        this.reviews = new ReviewsPages(new ReviewCalendar(jdbi, clock), new DueList(jdbi, clock), templates);
        this.packs = new AnnualReviewPackPage(new AnnualReviewPack(jdbi, clock, pupils), accessLog);
        this.reports = new ReportsPages(new ReportsService(jdbi, clock), templates);
        this.school = new SchoolSettingsPage(new SchoolSettings(jdbi), templates);
        this.imports = new ImportPages(new ImportService(jdbi, clock, new PushService(jdbi, clock), accessLog), clock,
                templates, errors);
        this.transfers = new TransferPages(new TransferService(pupils, accessLog, clock), templates);
        this.audit = new AuditPage(new AuditService(jdbi, clock), templates);
        this.provision = new ProvisionPages(new ProvisionMapService(jdbi, clock), new PupilProvisionService(jdbi, clock),
                templates);
        this.impact = new ImpactPage(new ImpactService(jdbi, clock), templates);
        this.staffForms = new StaffFormPages(staffAdmin, new Credentials(jdbi, new SecretHasher(), clock), templates,
                clock.getZone());
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
        app.before("/console/import", this::refuseOversizedUpload);
        app.get("/console/import", pages.of(Section.IMPORT, imports::form));
        app.post("/console/import", pages.of(Section.IMPORT, imports::upload));
        app.get("/console/import/template.csv", pages.of(Section.IMPORT, imports::template));
        app.get("/console/import/{id}", pages.of(Section.IMPORT, imports::preview));
        app.post("/console/import/{id}", pages.of(Section.IMPORT, imports::confirm));
        app.get("/console/import/{id}/done", pages.of(Section.IMPORT, imports::done));
        app.get("/console/pupils/{id}/transfer", pages.of(Section.REGISTER, transfers::show));
        app.post("/console/pupils/{id}/transfer/ctf.xml", pages.of(Section.REGISTER, transfers::ctf));
        app.post("/console/pupils/{id}/transfer/pack.pdf", pages.of(Section.REGISTER, transfers::pack));
        app.get("/console/audit", pages.of(Section.AUDIT, audit::show));
        app.get("/console/provision", pages.of(Section.PROVISION, provision::map));
        app.get("/console/provision.csv", pages.of(Section.PROVISION, provision::mapCsv));
        app.get("/console/provision/{id}", pages.of(Section.PROVISION, provision::intervention));
        app.get("/console/pupils/{id}/provision-map", pages.of(Section.REGISTER, provision::pupilMap));
        app.get("/console/pupils/{id}/provision-map.csv", pages.of(Section.REGISTER, provision::pupilMapCsv));
        app.get("/console/pupils/{id}/provision-map.pdf", pages.of(Section.REGISTER, provision::pupilMapPdf));
        app.get("/console/impact", pages.of(Section.IMPACT, impact::show));
        app.get("/console/staff/new", pages.of(Section.STAFF, staffForms::newForm));
        app.post("/console/staff", pages.of(Section.STAFF, staffForms::create));
        app.get("/console/staff/{id}/edit", pages.of(Section.STAFF, staffForms::editForm));
        app.post("/console/staff/{id}", pages.of(Section.STAFF, staffForms::update));
        app.get("/console/*", ctx -> errors.notFound(ctx, userOf(ctx)));
    }

    /** The first page of the person's role: the SENCO's home, an admin's staff page; or sign-in. */
    private void landing(Context ctx) {
        ConsoleUser user = userOf(ctx);
        String target = user == null ? "/console/sign-in" : user.isSenco() ? Section.HOME.href() : Section.STAFF.href();
        ctx.redirect(target, HttpStatus.SEE_OTHER);
    }

    /** An upload over the limit is refused from its declared length, before any of it is read. */
    private void refuseOversizedUpload(Context ctx) {
        if (ctx.method() == HandlerType.POST && ImportPages.isTooLarge(ctx)) {
            imports.refuseTooLarge(ctx, userOf(ctx));
            ctx.skipRemainingHandlers();
        }
    }

    private ConsoleUser userOf(Context ctx) {
        return sessions.resolve(SessionCookies.read(ctx, SessionCookies.SESSION)).user();
    }
}
