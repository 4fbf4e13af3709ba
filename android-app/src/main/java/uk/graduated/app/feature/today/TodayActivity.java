package uk.graduated.app.feature.today;

import android.content.Intent;
import android.os.Bundle;
import android.view.LayoutInflater;
import android.view.View;
import android.view.ViewGroup;
import android.widget.Button;
import android.widget.TextView;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import uk.graduated.app.R;
import uk.graduated.app.data.intervention.InterventionEntity;
import uk.graduated.app.data.intervention.InterventionRepository;
import uk.graduated.app.data.pupil.PupilEntity;
import uk.graduated.app.data.pupil.PupilRepository;
import uk.graduated.app.data.session.SessionRepository;
import uk.graduated.app.feature.observation.ObservationActivity;
import uk.graduated.app.feature.pupil.PupilActivity;
import uk.graduated.app.feature.session.SessionActivity;
import uk.graduated.app.ui.Chips;
import uk.graduated.app.ui.SignedInActivity;
import uk.graduated.model.intervention.Intervention;
import uk.graduated.model.session.SessionLog;

/** Screen 3: my groups today (each with "Log session"), the rest of this week, and my recent logs. */
public class TodayActivity extends SignedInActivity {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.UK);
    private static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.UK);
    /** Enough for a busy week of logs: the recent list and this week's done ticks both come from them. */
    private static final int LOGS_TO_READ = 60;

    /** What the screen needs, read in one go off the main thread. */
    private record Loaded(LocalDate date, TodayModel model, Map<UUID, List<PupilEntity>> pupils) {
    }

    @Override
    protected void onCreateSignedIn(Bundle savedInstanceState) {
        setContentView(R.layout.activity_today);
        bindAppBar(getString(R.string.today_title));
        Button observe = findViewById(R.id.today_observe);
        if (user.recordsObservations()) {
            observe.setVisibility(View.VISIBLE);
            observe.setOnClickListener(v -> startActivity(new Intent(this, ObservationActivity.class)));
        }
    }

    @Override
    protected void onResume() {
        super.onResume();
        if (!isFinishing()) {
            load(this::read, this::show);
        }
    }

    private Loaded read() {
        LocalDate today = services.clock.today();
        InterventionRepository interventions = new InterventionRepository(services.db);
        PupilRepository pupils = new PupilRepository(services.db);
        List<Intervention> mine = new ArrayList<>();
        Map<UUID, Integer> sizes = new HashMap<>();
        Map<UUID, List<PupilEntity>> members = new HashMap<>();
        for (InterventionEntity row : interventions.ledBy(user.staffId())) {
            Intervention intervention = interventions.find(UUID.fromString(row.id));
            List<PupilEntity> group = pupils.inGroupOn(intervention.id(), today);
            mine.add(intervention);
            sizes.put(intervention.id(), group.size());
            members.put(intervention.id(), group);
        }
        List<SessionLog> logs =
                new SessionRepository(services.db, services.writer(), services.clock).recentBy(user.staffId(), LOGS_TO_READ);
        return new Loaded(today, TodayModel.build(today, mine, sizes, logs), members);
    }

    private void show(Loaded loaded) {
        ((TextView) findViewById(R.id.today_heading)).setText(getString(R.string.today_heading, DAY.format(loaded.date())));
        TodayModel model = loaded.model();
        ViewGroup groups = findViewById(R.id.today_groups);
        groups.removeAllViews();
        for (TodayModel.Slot slot : model.today()) {
            groups.addView(groupCard(groups, slot, loaded.pupils().getOrDefault(slot.intervention().id(), List.of())));
        }
        View empty = findViewById(R.id.today_empty);
        empty.setVisibility(model.nothingToday() ? View.VISIBLE : View.GONE);
        if (model.nothingToday()) {
            ((TextView) findViewById(R.id.today_empty_body)).setText(model.laterThisWeek().isEmpty()
                    ? getString(R.string.today_empty_no_week)
                    : getString(R.string.today_empty_next, model.laterThisWeek().get(0).intervention().name(),
                    model.laterThisWeek().get(0).when()));
        }
        showWeek(model.laterThisWeek());
        showRecent(model.recent());
    }

    private View groupCard(ViewGroup parent, TodayModel.Slot slot, List<PupilEntity> pupils) {
        View card = LayoutInflater.from(this).inflate(R.layout.item_today_group, parent, false);
        Intervention intervention = slot.intervention();
        ((TextView) card.findViewById(R.id.group_time)).setText(slot.startTime() == null
                ? getString(R.string.today_minutes, slot.minutes())
                : getString(R.string.today_time_and_minutes, slot.startTime().toString(), slot.minutes()));
        ((TextView) card.findViewById(R.id.group_name)).setText(intervention.name());
        ((TextView) card.findViewById(R.id.group_detail)).setText(getResources().getQuantityString(
                R.plurals.today_group_detail, slot.groupSize(), slot.groupSize(), intervention.areaOfNeed().label()));
        card.findViewById(R.id.group_logged).setVisibility(slot.logged() ? View.VISIBLE : View.GONE);
        Button log = card.findViewById(R.id.group_log);
        log.setText(slot.logged() ? R.string.today_log_again : R.string.today_log_session);
        log.setOnClickListener(v -> startActivity(SessionActivity.intent(this, intervention.id(), slot.date())));
        ViewGroup chips = card.findViewById(R.id.group_pupils);
        for (PupilEntity pupil : pupils) {
            TextView chip = Chips.add(chips, pupil.firstName + " " + pupil.lastName);
            chip.setContentDescription(getString(R.string.today_open_profile, pupil.firstName + " " + pupil.lastName));
            chip.setOnClickListener(v -> startActivity(PupilActivity.intent(this, UUID.fromString(pupil.id))));
        }
        return card;
    }

    private void showWeek(List<TodayModel.Slot> later) {
        ViewGroup week = findViewById(R.id.week_groups);
        week.removeAllViews();
        findViewById(R.id.week_heading).setVisibility(later.isEmpty() ? View.GONE : View.VISIBLE);
        week.setVisibility(later.isEmpty() ? View.GONE : View.VISIBLE);
        for (TodayModel.Slot slot : later) {
            row(week, slot.when() + " · " + slot.intervention().name(), getResources().getQuantityString(
                    R.plurals.today_week_detail, slot.groupSize(), slot.groupSize(), slot.minutes()));
        }
    }

    private void showRecent(List<TodayModel.Recent> recent) {
        ViewGroup list = findViewById(R.id.recent_sessions);
        list.removeAllViews();
        if (recent.isEmpty()) {
            row(list, getString(R.string.today_recent_none_title), getString(R.string.today_recent_none_body));
            return;
        }
        for (TodayModel.Recent r : recent) {
            String detail = getString(R.string.today_recent_detail, r.present(), r.total(), r.log().minutes());
            if (r.log().concernFlagged()) {
                detail += " · " + getString(R.string.today_recent_concern);
            }
            row(list, SHORT_DAY.format(r.log().date()) + " · " + r.interventionName(), detail);
        }
    }

    private void row(ViewGroup parent, String title, String detail) {
        View row = LayoutInflater.from(this).inflate(R.layout.item_list_row, parent, false);
        ((TextView) row.findViewById(R.id.row_title)).setText(title);
        ((TextView) row.findViewById(R.id.row_detail)).setText(detail);
        parent.addView(row);
    }
}
