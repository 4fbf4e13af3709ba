package uk.graduated.app.feature.sync;

import android.app.AlertDialog;
import android.os.Bundle;
import android.os.Handler;
import android.os.Looper;
import android.view.LayoutInflater;
import android.view.View;
import android.view.ViewGroup;
import android.widget.TextView;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import uk.graduated.app.R;
import uk.graduated.app.data.db.SyncedTables;
import uk.graduated.app.data.device.WipeNotice;
import uk.graduated.app.data.intervention.InterventionRepository;
import uk.graduated.app.data.observation.ObservationRepository;
import uk.graduated.app.data.outbox.OutboxRepository;
import uk.graduated.app.data.outbox.RejectedChange;
import uk.graduated.app.data.photo.PhotoQueueEntity;
import uk.graduated.app.data.session.SessionRepository;
import uk.graduated.app.data.staff.StaffRepository;
import uk.graduated.app.data.syncstate.SyncStateEntity;
import uk.graduated.app.data.syncstate.SyncStatusRepository;
import uk.graduated.app.feature.session.SessionActivity;
import uk.graduated.app.feature.wiped.WipedActivity;
import uk.graduated.app.sync.android.DeviceWipe;
import uk.graduated.app.sync.engine.SyncError;
import uk.graduated.app.sync.engine.SyncResult;
import uk.graduated.app.sync.engine.SyncScope;
import uk.graduated.app.ui.Screens;
import uk.graduated.app.ui.SignedInActivity;
import uk.graduated.model.intervention.Intervention;
import uk.graduated.model.observation.Observation;
import uk.graduated.model.school.StaffMember;
import uk.graduated.model.session.SessionLog;
import uk.graduated.model.sync.EntityType;

/**
 * Screen 7: when the tablet last synced, what still waits, a "Sync now" that runs here with
 * progress, what the run did (including edits merged with someone else's), and the changes the
 * server refused, each with its reason, to fix or discard.
 */
public class SyncActivity extends SignedInActivity {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("HH:mm, EEE d MMM", Locale.UK);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.UK);
    private static final long PROGRESS_POLL_MILLIS = 500;

    private final Handler handler = new Handler(Looper.getMainLooper());
    private final Runnable progressPoll = this::pollProgress;
    private boolean running;

    /** A refused change as the list shows it. */
    private record Refused(RejectedChange change, String what, String who, SessionLog session) {
    }

    private record Status(Instant lastSuccess, String lastError, int waiting, int mine, int photos,
                          List<Refused> refused, List<PhotoQueueEntity> failedPhotos) {
    }

    @Override
    protected void onCreateSignedIn(Bundle savedInstanceState) {
        setContentView(R.layout.activity_sync);
        bindAppBar(getString(R.string.sync_title)).withBack().withoutSyncControls();
        findViewById(R.id.sync_run).setOnClickListener(v -> runSync());
        findViewById(R.id.sync_offline_note).setVisibility(user.online() ? View.GONE : View.VISIBLE);
    }

    @Override
    protected void onResume() {
        super.onResume();
        if (!isFinishing()) {
            reload();
        }
    }

    @Override
    protected void onPause() {
        handler.removeCallbacks(progressPoll);
        super.onPause();
    }

    private void reload() {
        load(this::readStatus, this::showStatus);
    }

    private Status readStatus() {
        Instant lastSuccess = null;
        String lastError = null;
        long lastFailure = 0;
        for (SyncStateEntity scope : new SyncStatusRepository(services.db).scopes()) {
            if (!scope.scope.equals(SyncScope.device().key()) && !scope.scope.equals(SyncScope.staff(user.staffId()).key())) {
                continue;
            }
            if (scope.lastSuccessAt != null && (lastSuccess == null || scope.lastSuccessAt > lastSuccess.toEpochMilli())) {
                lastSuccess = Instant.ofEpochMilli(scope.lastSuccessAt);
            }
            if (scope.lastFailureAt != null && scope.lastFailureAt > lastFailure && scope.lastErrorKind != null) {
                lastFailure = scope.lastFailureAt;
                lastError = SyncReport.stopped(SyncError.of(SyncError.Kind.valueOf(scope.lastErrorKind),
                        String.valueOf(scope.lastErrorMessage)));
            }
        }
        if (lastSuccess != null && lastSuccess.toEpochMilli() > lastFailure) {
            lastError = null;
        }
        OutboxRepository outbox = new OutboxRepository(services.db, new SyncedTables(services.db));
        List<Refused> refused = new ArrayList<>();
        for (RejectedChange change : outbox.rejected()) {
            refused.add(describe(change));
        }
        return new Status(lastSuccess, lastError, outbox.waitingCount(),
                services.db.outbox().pendingOf(user.staffId().toString(), Integer.MAX_VALUE).size(),
                services.db.photoQueue().waiting().size(), refused,
                new ObservationRepository(services.db, services.writer(), services.clock).failedPhotos());
    }

    private Refused describe(RejectedChange change) {
        StaffMember author = new StaffRepository(services.db).find(change.staffId());
        String who = author == null ? getString(R.string.sync_someone) : author.displayName();
        String what = capitalised(SyncReport.label(change.entityType()));
        SessionLog session = null;
        if (change.entityType() == EntityType.SESSION_LOG) {
            session = new SessionRepository(services.db, services.writer(), services.clock).find(change.entityId());
            if (session != null) {
                Intervention group = new InterventionRepository(services.db).find(session.interventionId());
                what = getString(R.string.sync_refused_session, group == null ? "" : group.name(), DAY.format(session.date()));
            }
        } else if (change.entityType() == EntityType.OBSERVATION) {
            Observation observation = new ObservationRepository(services.db, services.writer(), services.clock)
                    .find(change.entityId());
            if (observation != null) {
                what = getResources().getQuantityString(R.plurals.sync_refused_observation, observation.childIds().size(),
                        observation.childIds().size(), DAY.format(observation.observedAt().atZone(services.clock.zone())));
            }
        }
        return new Refused(change, what, who, session);
    }

    private void showStatus(Status status) {
        ((TextView) findViewById(R.id.sync_last)).setText(status.lastSuccess() == null ? getString(R.string.sync_never)
                : getString(R.string.sync_last, WHEN.format(status.lastSuccess().atZone(services.clock.zone()))));
        String waiting = status.waiting() == 0 ? getString(R.string.sync_nothing_waiting)
                : getString(R.string.sync_waiting, getResources().getQuantityString(R.plurals.sync_changes,
                status.waiting(), status.waiting()), status.mine());
        if (status.photos() > 0) {
            waiting += " " + getResources().getQuantityString(R.plurals.sync_photos_waiting, status.photos(), status.photos());
        }
        ((TextView) findViewById(R.id.sync_waiting)).setText(waiting);
        TextView error = findViewById(R.id.sync_last_error);
        error.setText(status.lastError());
        error.setVisibility(status.lastError() == null ? View.GONE : View.VISIBLE);
        ViewGroup list = findViewById(R.id.sync_rejected);
        list.removeAllViews();
        for (Refused refused : status.refused()) {
            list.addView(refusedRow(list, refused));
        }
        for (PhotoQueueEntity photo : status.failedPhotos()) {
            View row = LayoutInflater.from(this).inflate(R.layout.item_rejected, list, false);
            ((TextView) row.findViewById(R.id.rejected_title)).setText(R.string.sync_photo_failed);
            ((TextView) row.findViewById(R.id.rejected_reason)).setText(photo.failureMessage);
            ((TextView) row.findViewById(R.id.rejected_detail)).setText(R.string.sync_photo_failed_detail);
            row.findViewById(R.id.rejected_discard).setVisibility(View.GONE);
            list.addView(row);
        }
        if (list.getChildCount() == 0) {
            View row = LayoutInflater.from(this).inflate(R.layout.item_rejected, list, false);
            ((TextView) row.findViewById(R.id.rejected_title)).setText(R.string.sync_nothing_refused);
            ((TextView) row.findViewById(R.id.rejected_reason)).setVisibility(View.GONE);
            ((TextView) row.findViewById(R.id.rejected_detail)).setText(R.string.sync_nothing_refused_detail);
            row.findViewById(R.id.rejected_discard).setVisibility(View.GONE);
            list.addView(row);
        }
        refreshBadge();
    }

    private View refusedRow(ViewGroup parent, Refused refused) {
        View row = LayoutInflater.from(this).inflate(R.layout.item_rejected, parent, false);
        RejectedChange change = refused.change();
        ((TextView) row.findViewById(R.id.rejected_title)).setText(refused.what());
        ((TextView) row.findViewById(R.id.rejected_reason)).setText(change.message());
        ((TextView) row.findViewById(R.id.rejected_detail)).setText(change.field() == null
                ? getString(R.string.sync_refused_by, refused.who())
                : getString(R.string.sync_refused_by_field, refused.who(), change.field()));
        View fix = row.findViewById(R.id.rejected_fix);
        // Only the person who logged a session can correct it: it is logged in their name.
        if (refused.session() != null && change.staffId().equals(user.staffId())) {
            fix.setVisibility(View.VISIBLE);
            fix.setOnClickListener(v -> startActivity(SessionActivity.fixing(this, refused.session(), change.mutationId())));
        }
        row.findViewById(R.id.rejected_discard).setOnClickListener(v -> confirmDiscard(refused));
        return row;
    }

    private void confirmDiscard(Refused refused) {
        new AlertDialog.Builder(this)
                .setTitle(R.string.sync_discard_title)
                .setMessage(getString(R.string.sync_discard_message, refused.what()))
                .setPositiveButton(R.string.sync_discard, (dialog, which) -> discard(refused.change().mutationId()))
                .setNegativeButton(R.string.sync_keep, null)
                .show();
    }

    private void discard(UUID mutationId) {
        load(() -> {
            new OutboxRepository(services.db, new SyncedTables(services.db)).discard(mutationId);
            return mutationId;
        }, done -> reload());
    }

    private void runSync() {
        if (running) {
            return;
        }
        running = true;
        findViewById(R.id.sync_run).setEnabled(false);
        findViewById(R.id.sync_progress).setVisibility(View.VISIBLE);
        findViewById(R.id.sync_progress_text).setVisibility(View.VISIBLE);
        findViewById(R.id.sync_results).setVisibility(View.GONE);
        pollProgress();
        load(() -> {
            List<SyncResult> results = services.syncRunner().runAll(() -> false);
            if (SyncReport.mustWipe(results)) {
                boolean unknown = results.stream().anyMatch(r -> !r.succeeded()
                        && r.error().kind() == SyncError.Kind.NEEDS_ENROLMENT);
                DeviceWipe.wipe(this, services.db, services.credentials,
                        unknown ? WipeNotice.Reason.ENROLMENT_REMOVED : WipeNotice.Reason.REVOKED);
            }
            return results;
        }, this::showResults, e -> {
            finishRun();
            problem(e);
        });
    }

    /** While a run goes on, says how many changes are still to send: the count falls as batches are answered. */
    private void pollProgress() {
        if (!running) {
            return;
        }
        load(() -> services.db.outbox().pendingCount(), waiting -> ((TextView) findViewById(R.id.sync_progress_text))
                .setText(waiting == 0 ? getString(R.string.sync_receiving)
                        : getResources().getQuantityString(R.plurals.sync_sending, waiting, waiting)));
        handler.postDelayed(progressPoll, PROGRESS_POLL_MILLIS);
    }

    private void showResults(List<SyncResult> results) {
        finishRun();
        if (SyncReport.mustWipe(results)) {
            Screens.startFresh(this, WipedActivity.class);
            return;
        }
        ViewGroup lines = findViewById(R.id.sync_results);
        lines.removeAllViews();
        for (String line : SyncReport.lines(results)) {
            TextView text = new TextView(this);
            text.setText(line);
            text.setTextSize(16);
            text.setTextColor(getColor(R.color.text_primary));
            text.setPadding(0, getResources().getDimensionPixelSize(R.dimen.space_xs), 0, 0);
            lines.addView(text);
        }
        lines.setVisibility(View.VISIBLE);
        reload();
    }

    private void finishRun() {
        running = false;
        handler.removeCallbacks(progressPoll);
        findViewById(R.id.sync_run).setEnabled(true);
        findViewById(R.id.sync_progress).setVisibility(View.GONE);
        findViewById(R.id.sync_progress_text).setVisibility(View.GONE);
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
