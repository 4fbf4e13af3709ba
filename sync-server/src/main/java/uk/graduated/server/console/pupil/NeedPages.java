package uk.graduated.server.console.pupil;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import uk.graduated.model.sen.RankedNeed;
import uk.graduated.server.auth.PathIds;
import uk.graduated.server.console.web.ConsoleUser;
import uk.graduated.server.console.web.Page;
import uk.graduated.server.console.web.Section;
import uk.graduated.server.console.web.Templates;

/**
 * Adding and changing a pupil's needs: {@code GET|POST /console/pupils/{id}/needs/new|needs} and
 * {@code GET|POST /console/pupils/{id}/needs/{needId}/edit|{needId}}. A refused form comes back with
 * what was typed and a sentence per problem; a saved one returns to the pupil's page.
 */
public final class NeedPages {
    private final NeedEdits edits;
    private final Templates templates;
    private final Clock clock;

    public NeedPages(NeedEdits edits, Templates templates, Clock clock) {
        this.edits = edits;
        this.templates = templates;
        this.clock = clock;
    }

    public void newForm(Context ctx, ConsoleUser user) {
        NeedEdits.State state = edits.state(user.principal(), PathIds.of(ctx, "id"));
        boolean hasPrimary = state.openNeeds().stream().anyMatch(n -> n.rank() == RankedNeed.PRIMARY);
        NeedForm form = new NeedForm(null, hasPrimary ? "2" : "1", LocalDate.now(clock).toString());
        send(ctx, 200, user, state, null, form, Map.of(), List.of());
    }

    public void add(Context ctx, ConsoleUser user) {
        UUID pupilId = PathIds.of(ctx, "id");
        NeedForm form = NeedForm.from(ctx);
        NeedChanges.Outcome outcome = edits.add(user.principal(), pupilId, form);
        if (outcome.accepted()) {
            ctx.redirect("/console/pupils/" + pupilId + "?done=need-added", HttpStatus.SEE_OTHER);
            return;
        }
        send(ctx, 400, user, edits.state(user.principal(), pupilId), null, form, outcome.fieldErrors(),
                outcome.formErrors());
    }

    public void editForm(Context ctx, ConsoleUser user) {
        UUID pupilId = PathIds.of(ctx, "id");
        PupilRecords.Need need = edits.openNeed(user.principal(), pupilId, PathIds.of(ctx, "needId"));
        send(ctx, 200, user, edits.state(user.principal(), pupilId), need, NeedForm.of(need), Map.of(), List.of());
    }

    public void change(Context ctx, ConsoleUser user) {
        UUID pupilId = PathIds.of(ctx, "id");
        UUID needId = PathIds.of(ctx, "needId");
        NeedForm form = NeedForm.from(ctx);
        NeedChanges.Outcome outcome = edits.change(user.principal(), pupilId, needId, form);
        if (outcome.accepted()) {
            ctx.redirect("/console/pupils/" + pupilId + "?done=need-changed", HttpStatus.SEE_OTHER);
            return;
        }
        PupilRecords.Need need = edits.openNeed(user.principal(), pupilId, needId);
        send(ctx, 400, user, edits.state(user.principal(), pupilId), need, form, outcome.fieldErrors(),
                outcome.formErrors());
    }

    private void send(Context ctx, int status, ConsoleUser user, NeedEdits.State state, PupilRecords.Need need,
            NeedForm form, Map<String, String> fieldErrors, List<String> formErrors) {
        String title = need == null ? "Add a need" : "Change the " + need.type().censusCode() + " need";
        NeedFormView view = new NeedFormView(state.pupil(), need, form, state.provision(), state.openNeeds(),
                fieldErrors, formErrors);
        templates.send(ctx, status, "console/need-form.jte",
                Map.of("page", Page.of(user, title, Section.REGISTER), "view", view));
    }
}
