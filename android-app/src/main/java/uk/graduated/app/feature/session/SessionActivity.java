package uk.graduated.app.feature.session;

import android.content.Context;
import android.content.Intent;
import android.content.res.Configuration;
import android.os.Bundle;
import android.view.View;
import android.view.ViewGroup;
import android.widget.EditText;
import android.widget.Switch;
import android.widget.TextView;
import android.widget.Toast;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import uk.graduated.app.R;
import uk.graduated.app.core.Uuids;
import uk.graduated.app.data.db.SyncedTables;
import uk.graduated.app.data.outbox.OutboxRepository;
import uk.graduated.app.data.intervention.InterventionRepository;
import uk.graduated.app.data.pupil.PupilEntity;
import uk.graduated.app.data.pupil.PupilRepository;
import uk.graduated.app.data.session.SessionRepository;
import uk.graduated.app.sync.android.SyncScheduler;
import uk.graduated.app.ui.SignedInActivity;
import uk.graduated.model.intervention.Intervention;
import uk.graduated.model.session.SessionLog;
import uk.graduated.model.validation.FieldError;
import uk.graduated.model.validation.ValidationException;

/**
 * Screen 4, "Log session": everyone starts present, a tap on a name marks them absent (then a tap
 * on why), one tap rates a pupil on a target, minutes come from the schedule. Saving writes the
 * session and its outbox row on the tablet at once, then asks for a sync.
 */
public class SessionActivity extends SignedInActivity {
    static final String EXTRA_INTERVENTION = "interventionId";
    static final String EXTRA_DATE = "date";
    /** Fixing a refused session: the rejected change to discard once the corrected one is saved. */
    static final String EXTRA_REPLACES_MUTATION = "replacesMutation";
    static final String EXTRA_REFUSED_SESSION = "refusedSession";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.UK);

    private final Map<UUID, PupilCard> pupilCards = new LinkedHashMap<>();
    private SessionForm form;
    private Intervention intervention;
    private LocalDate date;
    private boolean saving;

    /** The session of a group on a day. */
    public static Intent intent(Context context, UUID interventionId, LocalDate date) {
        return new Intent(context, SessionActivity.class)
                .putExtra(EXTRA_INTERVENTION, interventionId.toString())
                .putExtra(EXTRA_DATE, date.toString());
    }

    /** The form filled from a session the server refused; saving replaces the refused change. */
    public static Intent fixing(Context context, SessionLog refused, UUID rejectedMutation) {
        return intent(context, refused.interventionId(), refused.date())
                .putExtra(EXTRA_REPLACES_MUTATION, rejectedMutation.toString())
                .putExtra(EXTRA_REFUSED_SESSION, refused.id().toString());
    }

    /** What the form starts from. */
    private record Setup(Intervention intervention, List<SessionForm.Member> members, SessionLog refused) {
    }

    @Override
    protected void onCreateSignedIn(Bundle savedInstanceState) {
        setContentView(R.layout.activity_session);
        UUID interventionId = UUID.fromString(getIntent().getStringExtra(EXTRA_INTERVENTION));
        date = LocalDate.parse(getIntent().getStringExtra(EXTRA_DATE));
        bindAppBar(getString(R.string.session_app_bar)).withBack();
        String refusedId = getIntent().getStringExtra(EXTRA_REFUSED_SESSION);
        load(() -> setup(interventionId, refusedId == null ? null : UUID.fromString(refusedId)), this::show);
        findViewById(R.id.session_save).setOnClickListener(v -> save());
        Switch concern = findViewById(R.id.session_concern);
        concern.setOnCheckedChangeListener((button, on) -> {
            if (form != null) {
                form.setConcern(on);
            }
            findViewById(R.id.session_concern_text).setVisibility(on ? View.VISIBLE : View.GONE);
            if (on) {
                findViewById(R.id.session_concern_text).requestFocus();
            }
        });
    }

    private Setup setup(UUID interventionId, UUID refusedId) {
        Intervention group = new InterventionRepository(services.db).find(interventionId);
        PupilRepository pupils = new PupilRepository(services.db);
        List<PupilEntity> register = pupils.inGroupOn(interventionId, date);
        List<UUID> ids = new ArrayList<>();
        for (PupilEntity p : register) {
            ids.add(UUID.fromString(p.id));
        }
        List<SessionForm.Member> members = GroupRegister.members(register, pupils.activeTargets(ids), group.areaOfNeed());
        SessionLog refused = refusedId == null ? null : sessions().find(refusedId);
        return new Setup(group, members, refused);
    }

    private SessionRepository sessions() {
        return new SessionRepository(services.db, services.writer(), services.clock);
    }

    private void show(Setup setup) {
        intervention = setup.intervention();
        ((TextView) findViewById(R.id.session_group)).setText(intervention.name());
        LocalTime start = intervention.schedule().startTime();
        ((TextView) findViewById(R.id.session_when)).setText(start == null ? DAY.format(date)
                : getString(R.string.session_when, DAY.format(date), start.toString()));
        form = new SessionForm(intervention.id(), setup.members(), date, intervention.schedule().startTime(),
                intervention.schedule().minutesPerSession(), user.staffId(), services.credentials.deviceId());
        if (setup.refused() != null) {
            form.restore(setup.refused());
            TextView notice = findViewById(R.id.session_notice);
            notice.setText(R.string.session_fixing_notice);
            notice.setVisibility(View.VISIBLE);
        }
        ((EditText) findViewById(R.id.session_minutes)).setText(form.minutes());
        ((TextView) findViewById(R.id.session_planned)).setText(getString(R.string.session_planned,
                intervention.schedule().minutesPerSession()));
        ((EditText) findViewById(R.id.session_notes)).setText(form.notes());
        ((EditText) findViewById(R.id.session_concern_text)).setText(form.concernText());
        ((Switch) findViewById(R.id.session_concern)).setChecked(form.concern());
        buildRegister();
        findViewById(R.id.session_no_pupils).setVisibility(form.members().isEmpty() ? View.VISIBLE : View.GONE);
    }

    /** One card per pupil, drawn from the form, so a rotation can rebuild them in the new layout. */
    private void buildRegister() {
        ViewGroup list = findViewById(R.id.session_pupils);
        list.removeAllViews();
        pupilCards.clear();
        for (SessionForm.Member member : form.members()) {
            PupilCard card = new PupilCard(this, list, form, member, this::updateSummary);
            pupilCards.put(member.pupilId(), card);
            list.addView(card.view);
            card.refresh();
        }
        updateSummary();
    }

    @Override
    public void onConfigurationChanged(Configuration newConfig) {
        super.onConfigurationChanged(newConfig);
        if (form != null) {
            keepAbsenceNotes();
            buildRegister();
        }
    }

    private void keepAbsenceNotes() {
        for (PupilCard card : pupilCards.values()) {
            form.setAbsenceNote(card.member.pupilId(), card.note.getText().toString());
        }
    }

    private void updateSummary() {
        int rated = 0;
        for (SessionForm.Member m : form.members()) {
            for (SessionForm.TargetChoice t : m.targets()) {
                if (form.rating(m.pupilId(), t.targetId()) != null) {
                    rated++;
                }
            }
        }
        ((TextView) findViewById(R.id.session_summary)).setText(getString(R.string.session_summary,
                form.presentCount(), form.members().size(), getResources().getQuantityString(R.plurals.session_ratings, rated, rated)));
    }

    private void save() {
        if (form == null || saving) {
            return;
        }
        form.setMinutes(((EditText) findViewById(R.id.session_minutes)).getText().toString());
        form.setNotes(((EditText) findViewById(R.id.session_notes)).getText().toString());
        form.setConcernText(((EditText) findViewById(R.id.session_concern_text)).getText().toString());
        keepAbsenceNotes();
        SessionForm.Result result = form.save(Uuids.v7(services.clock), services.clock.now());
        showErrors(result.errors());
        if (!result.saved()) {
            return;
        }
        saving = true;
        String replaces = getIntent().getStringExtra(EXTRA_REPLACES_MUTATION);
        load(() -> {
            store(result.session(), replaces == null ? null : UUID.fromString(replaces));
            return result.session();
        }, saved -> {
            SyncScheduler.syncNow(this);
            Toast.makeText(this, R.string.session_saved, Toast.LENGTH_LONG).show();
            finish();
        }, e -> {
            saving = false;
            if (e instanceof ValidationException invalid) {
                Map<String, String> errors = new LinkedHashMap<>();
                for (FieldError error : invalid.errors()) {
                    errors.putIfAbsent(error.field(), error.message());
                }
                showErrors(errors);
            } else {
                problem(e);
            }
        });
    }

    /** Saves the session; when it corrects a refused one, the refused change goes in the same transaction. */
    private void store(SessionLog session, UUID replacedMutation) {
        SessionRepository sessions = sessions();
        services.db.runInTransaction(() -> {
            if (replacedMutation != null) {
                new OutboxRepository(services.db, new SyncedTables(services.db)).discard(replacedMutation);
            }
            sessions.logSession(session);
        });
    }

    private void showErrors(Map<String, String> errors) {
        TextView banner = findViewById(R.id.session_errors);
        banner.setVisibility(errors.isEmpty() ? View.GONE : View.VISIBLE);
        View firstProblem = errors.isEmpty() ? null : banner;
        if (!errors.isEmpty()) {
            StringBuilder text = new StringBuilder(getString(R.string.session_fix_fields));
            for (String message : errors.values()) {
                text.append("\n•  ").append(message);
            }
            banner.setText(text);
        }
        for (PupilCard card : pupilCards.values()) {
            card.showError(errors.get(card.member.pupilId().toString()));
        }
        EditText minutes = findViewById(R.id.session_minutes);
        minutes.setError(errors.get(SessionForm.FIELD_MINUTES));
        TextView concernError = findViewById(R.id.session_concern_error);
        String concern = errors.get(SessionForm.FIELD_CONCERN);
        concernError.setText(concern);
        concernError.setVisibility(concern == null ? View.GONE : View.VISIBLE);
        if (firstProblem != null) {
            // After the layout pass: the concern box asking for focus would otherwise scroll it away again.
            View scroll = findViewById(R.id.session_scroll);
            scroll.post(() -> scroll.scrollTo(0, 0));
        }
    }
}
