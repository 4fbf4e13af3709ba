package uk.graduated.app.feature.signin;

import android.app.Activity;
import android.content.Context;
import android.content.Intent;
import android.os.Bundle;
import android.view.View;
import android.widget.GridView;
import android.widget.TextView;

import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

import uk.graduated.app.R;
import uk.graduated.app.data.device.OfflinePins;
import uk.graduated.app.data.device.WipeNotice;
import uk.graduated.app.data.staff.StaffEntity;
import uk.graduated.app.data.staff.StaffRepository;
import uk.graduated.app.sync.android.DeviceWipe;
import uk.graduated.app.sync.android.SyncScheduler;
import uk.graduated.app.sync.engine.SyncResult;
import uk.graduated.app.sync.engine.SyncScope;
import uk.graduated.app.feature.wiped.WipedActivity;
import uk.graduated.app.ui.Screens;
import uk.graduated.app.ui.Services;
import uk.graduated.app.ui.SignedIn;
import uk.graduated.model.school.Role;
import uk.graduated.model.school.StaffMember;

/**
 * Screen 2: "Who is using this tablet?" — a grid of names, then a PIN pad for the chosen person.
 * After the idle lock it opens on the PIN pad of the person who was using the tablet, covering their
 * screens: their PIN uncovers them as they were; anyone else signing in closes them unseen.
 */
public class SignInActivity extends Activity {
    static final String EXTRA_UNLOCK = "unlock";

    private Services services;
    /** Covering the screens of {@link Services#lockedBy()}, who has not yet been offered their PIN pad. */
    private boolean locked;
    private boolean offeredPad;
    private final StaffAdapter adapter = new StaffAdapter();
    private StaffEntity chosen;
    private View staffPanel;
    private View pinPanel;
    private PinPad pad;
    private TextView pinError;
    private View progress;
    private boolean busy;

    @Override
    protected void onCreate(Bundle savedInstanceState) {
        super.onCreate(savedInstanceState);
        services = Services.get(this);
        if (!services.credentials.isEnrolled()) {
            Screens.startFresh(this, Screens.forState(services));
            return;
        }
        setContentView(R.layout.activity_sign_in);
        staffPanel = findViewById(R.id.staff_panel);
        pinPanel = findViewById(R.id.pin_panel);
        pinError = findViewById(R.id.pin_error);
        progress = findViewById(R.id.pin_progress);
        GridView grid = findViewById(R.id.staff_grid);
        grid.setAdapter(adapter);
        grid.setOnItemClickListener((parent, view, position, id) -> choose(adapter.getItem(position)));
        findViewById(R.id.refresh_staff).setOnClickListener(v -> refreshStaff());
        findViewById(R.id.staff_empty_refresh).setOnClickListener(v -> refreshStaff());
        findViewById(R.id.pin_not_you).setOnClickListener(v -> showNames());
        pad = new PinPad(findViewById(R.id.pin_keys), findViewById(R.id.pin_dots),
                () -> pinError.setVisibility(View.GONE), this::submit);
        locked = getIntent().getBooleanExtra(EXTRA_UNLOCK, false) && services.lockedBy() != null;
        showNames();
    }

    /** The sign-in screen over the screens of the person the idle lock just signed out. */
    public static Intent unlock(Context context) {
        return new Intent(context, SignInActivity.class).putExtra(EXTRA_UNLOCK, true);
    }

    @Override
    public void onBackPressed() {
        if (locked) {
            // Back would uncover the locked screens without a PIN: leave the app instead.
            moveTaskToBack(true);
            return;
        }
        super.onBackPressed();
    }

    @Override
    protected void onResume() {
        super.onResume();
        if (!services.credentials.isEnrolled()) {
            Screens.startFresh(this, Screens.forState(services));
            return;
        }
        loadStaff(true);
    }

    private void loadStaff(boolean fetchWhenEmpty) {
        run(() -> services.db.schools().name(), school -> ((TextView) findViewById(R.id.sign_in_school))
                .setText(school == null ? getString(R.string.app_name) : school));
        run(() -> new StaffRepository(services.db).signInList(), people -> {
            adapter.show(people);
            boolean empty = people.isEmpty();
            findViewById(R.id.staff_grid).setVisibility(empty ? View.GONE : View.VISIBLE);
            findViewById(R.id.staff_empty).setVisibility(empty ? View.VISIBLE : View.GONE);
            if (empty && fetchWhenEmpty) {
                refreshStaff();
            }
            offerLockedPersonTheirPad();
        });
    }

    private void offerLockedPersonTheirPad() {
        if (!locked || offeredPad) {
            return;
        }
        offeredPad = true;
        StaffEntity owner = adapter.find(services.lockedBy());
        if (owner != null) {
            choose(owner);
        }
    }

    /** In lock mode, says whose work waits, and what signing in as someone else does to it. */
    private void showLockNotice() {
        TextView notice = findViewById(R.id.lock_notice);
        StaffEntity owner = locked ? adapter.find(services.lockedBy()) : null;
        notice.setVisibility(owner == null ? View.GONE : View.VISIBLE);
        if (owner == null) {
            return;
        }
        long minutes = Services.IDLE_LOCK.toMinutes();
        notice.setText(chosen != null && chosen.id.equals(owner.id)
                ? getString(R.string.lock_notice_owner, minutes)
                : getString(R.string.lock_notice_others, minutes, owner.displayName));
    }

    /** Fetches the sign-in list now (a sync: any of its rounds brings it), rather than waiting for the background job. */
    private void refreshStaff() {
        TextView status = findViewById(R.id.staff_status);
        status.setText(R.string.sign_in_fetching);
        status.setVisibility(View.VISIBLE);
        run(() -> services.syncRunner().runAll(() -> false), results -> {
            // Any round that finished brought the list: every scope includes the school and its staff.
            boolean reached = results.stream().anyMatch(SyncResult::succeeded);
            status.setText(reached ? getString(R.string.sign_in_fetched) : getString(R.string.sign_in_fetch_failed,
                    results.isEmpty() ? "" : results.get(0).error().message()));
            loadStaff(false);
        });
    }

    private void choose(StaffEntity person) {
        chosen = person;
        pad.clear();
        ((TextView) findViewById(R.id.pin_name)).setText(person.displayName);
        pinError.setVisibility(View.GONE);
        staffPanel.setVisibility(View.GONE);
        pinPanel.setVisibility(View.VISIBLE);
        findViewById(R.id.refresh_staff).setVisibility(View.GONE);
        showLockNotice();
    }

    private void showNames() {
        chosen = null;
        pad.clear();
        pinPanel.setVisibility(View.GONE);
        staffPanel.setVisibility(View.VISIBLE);
        findViewById(R.id.refresh_staff).setVisibility(View.VISIBLE);
        showLockNotice();
    }

    private void submit(String typed) {
        if (busy || chosen == null) {
            return;
        }
        if (typed.length() < PinPad.MIN_PIN) {
            showError(getString(R.string.pin_too_short));
            return;
        }
        UUID staffId = UUID.fromString(chosen.id);
        setBusy(true);
        run(() -> attempt(staffId, typed), this::finishAttempt);
    }

    /** Off the main thread: asks the server (or the offline hash), and wipes the tablet if the server says so. */
    private Attempt attempt(UUID staffId, String typed) {
        SignInFlow.Outcome outcome = flow().signIn(staffId, typed);
        switch (outcome.kind()) {
            case WIPE_REVOKED:
                DeviceWipe.wipe(this, services.db, services.credentials, WipeNotice.Reason.REVOKED);
                return new Attempt(outcome, null);
            case WIPE_UNKNOWN_DEVICE:
                DeviceWipe.wipe(this, services.db, services.credentials, WipeNotice.Reason.ENROLMENT_REMOVED);
                return new Attempt(outcome, null);
            case REFUSED:
                return new Attempt(outcome, null);
            default:
                StaffMember member = new StaffRepository(services.db).find(staffId);
                Set<Role> roles = outcome.session() != null ? outcome.session().staff().roles() : member.roles();
                String name = outcome.session() != null ? outcome.session().staff().displayName() : member.displayName();
                SignedIn person = new SignedIn(staffId, member.schoolId(), name, roles,
                        outcome.kind() == SignInFlow.Outcome.Kind.ONLINE);
                if (!person.logsSessions() && !person.recordsObservations()) {
                    services.credentials.endSession(staffId);
                }
                return new Attempt(outcome, person);
        }
    }

    private void finishAttempt(Attempt attempt) {
        setBusy(false);
        switch (attempt.outcome.kind()) {
            case WIPE_REVOKED:
            case WIPE_UNKNOWN_DEVICE:
                Screens.startFresh(this, WipedActivity.class);
                return;
            case REFUSED:
                showError(attempt.outcome.message());
                return;
            default:
                if (!attempt.person.logsSessions() && !attempt.person.recordsObservations()) {
                    showError(getString(R.string.pin_role_not_on_tablet));
                    return;
                }
                boolean returning = locked && attempt.person.staffId().equals(services.lockedBy());
                services.signIn(attempt.person);
                if (attempt.person.online()) {
                    SyncScheduler.schedulePeriodic(this);
                    SyncScheduler.syncNow(this);
                }
                if (returning) {
                    // Uncovers their screens as they left them.
                    finish();
                } else {
                    // Clears the task: another person's locked screens close unseen.
                    Screens.startFresh(this, Screens.home(attempt.person));
                }
        }
    }

    private SignInFlow flow() {
        OfflinePins pins = services.pins;
        SignInFlow.LocalPins local = new SignInFlow.LocalPins() {
            @Override
            public void remember(UUID staffId, String pin) {
                pins.remember(staffId, pin);
            }

            @Override
            public boolean isRemembered(UUID staffId, String pin) {
                return pins.isRemembered(staffId, pin);
            }

            @Override
            public void forget(UUID staffId) {
                pins.forget(staffId);
            }

            @Override
            public OfflinePins.Check check(UUID staffId, String pin) {
                return pins.check(staffId, pin);
            }
        };
        PinSignInClient client = new PinSignInClient(services.credentials.serverUrl(),
                services.credentials.tokenFor(SyncScope.device()), services.appVersion());
        return new SignInFlow(client, local, services.credentials::saveSession);
    }

    private void showError(String message) {
        pinError.setText(message);
        pinError.setVisibility(View.VISIBLE);
    }

    private void setBusy(boolean on) {
        busy = on;
        progress.setVisibility(on ? View.VISIBLE : View.INVISIBLE);
    }

    private <T> void run(Callable<T> work, Consumer<T> show) {
        services.tasks.run(work, result -> {
            if (!isDestroyed()) {
                show.accept(result);
            }
        }, e -> {
            if (!isDestroyed()) {
                setBusy(false);
                showError(getString(R.string.problem_reading, e.getClass().getSimpleName()));
            }
        });
    }

    private record Attempt(SignInFlow.Outcome outcome, SignedIn person) {
    }
}
