package uk.graduated.app.feature.pupil;

import android.content.Context;
import android.content.Intent;
import android.graphics.Typeface;
import android.os.Bundle;
import android.view.LayoutInflater;
import android.view.View;
import android.view.ViewGroup;
import android.widget.BaseAdapter;
import android.widget.ListView;
import android.widget.TextView;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import uk.graduated.app.R;
import uk.graduated.app.data.pupil.PupilRepository;
import uk.graduated.app.data.senneed.SenNeedEntity;
import uk.graduated.app.data.session.SessionRepository;
import uk.graduated.app.data.strategy.PlanStrategyEntity;
import uk.graduated.app.data.target.PlanTargetEntity;
import uk.graduated.app.ui.SignedInActivity;
import uk.graduated.model.json.JsonFields;
import uk.graduated.model.plan.Target;
import uk.graduated.model.plan.TargetJson;
import uk.graduated.model.pupil.Pupil;
import uk.graduated.model.sen.NeedType;
import uk.graduated.model.sen.SenProvision;

/**
 * Screen 5: what a TA needs before a session: whether the pupil has SEN support or an EHC plan, their
 * needs, current targets and when the plan is reviewed, strategies, and their recent sessions with
 * ratings. Nothing more (no dates of birth, no UPNs, no history of plans).
 */
public class PupilActivity extends SignedInActivity {
    static final String EXTRA_PUPIL = "pupilId";
    /** About a year of sessions at three a week. */
    static final int SESSIONS_SHOWN = 200;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);
    private static final DateTimeFormatter REVIEW_DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

    public static Intent intent(Context context, UUID pupilId) {
        return new Intent(context, PupilActivity.class).putExtra(EXTRA_PUPIL, pupilId.toString());
    }

    private record Profile(Pupil pupil, SenProvision provision, List<SenNeedEntity> needs, List<Target> targets,
                           LocalDate planReview, List<PlanStrategyEntity> strategies, PupilHistory history) {
    }

    @Override
    protected void onCreateSignedIn(Bundle savedInstanceState) {
        setContentView(R.layout.activity_pupil);
        bindAppBar(getString(R.string.pupil_title_loading)).withBack();
        UUID pupilId = UUID.fromString(getIntent().getStringExtra(EXTRA_PUPIL));
        load(() -> read(pupilId), this::show);
    }

    private Profile read(UUID pupilId) {
        PupilRepository pupils = new PupilRepository(services.db);
        SessionRepository sessions = new SessionRepository(services.db, services.writer(), services.clock);
        List<Target> targets = new ArrayList<>();
        for (PlanTargetEntity row : pupils.activeTargets(List.of(pupilId))) {
            targets.add(TargetJson.fromJson(JsonFields.parse(row.fieldsJson)));
        }
        PupilHistory history = PupilHistory.of(sessions.recentForPupil(pupilId, SESSIONS_SHOWN),
                sessions.recentRatingsForPupil(pupilId, SESSIONS_SHOWN * 4));
        LocalDate today = services.clock.today();
        return new Profile(pupils.find(pupilId), pupils.provisionOn(pupilId, today), pupils.needsOn(pupilId, today),
                targets, pupils.planReviewDate(pupilId), pupils.strategies(pupilId), history);
    }

    private void show(Profile profile) {
        if (profile.pupil() == null) {
            appBar.title(getString(R.string.pupil_gone));
            return;
        }
        Pupil pupil = profile.pupil();
        appBar.title(pupil.displayName());
        ListView list = findViewById(R.id.pupil_sessions);
        ViewGroup column = findViewById(R.id.pupil_summary_column);
        View summary = LayoutInflater.from(this).inflate(R.layout.pupil_summary, column != null ? column : list, false);
        ((TextView) summary.findViewById(R.id.pupil_name)).setText(pupil.displayName());
        ((TextView) summary.findViewById(R.id.pupil_class)).setText(classLine(pupil, profile.provision()));
        showNeeds(summary.findViewById(R.id.pupil_needs), profile.needs());
        TextView review = summary.findViewById(R.id.pupil_plan_review);
        review.setText(profile.planReview() == null ? null
                : getString(R.string.pupil_plan_review, REVIEW_DAY.format(profile.planReview())));
        review.setVisibility(profile.planReview() == null ? View.GONE : View.VISIBLE);
        showTargets(summary.findViewById(R.id.pupil_targets), profile.targets(), profile.planReview(), profile.history());
        showStrategies(summary.findViewById(R.id.pupil_strategies), profile.strategies());

        String heading = getResources().getQuantityString(R.plurals.pupil_sessions_heading,
                profile.history().rows().size(), profile.history().rows().size());
        if (column != null) {
            column.addView(summary);
            ((TextView) findViewById(R.id.pupil_sessions_heading)).setText(heading);
        } else {
            TextView inline = summary.findViewById(R.id.pupil_sessions_heading_inline);
            inline.setText(heading);
            inline.setVisibility(View.VISIBLE);
            list.addHeaderView(summary, null, false);
        }
        list.setAdapter(new SessionsAdapter(profile.history().rows()));
    }

    /** "Year 2 · Oak · SEN support": the provision only when the pupil is on the SEN register. */
    private String classLine(Pupil pupil, SenProvision provision) {
        List<String> parts = new ArrayList<>();
        parts.add(pupil.yearGroup().label());
        if (pupil.className() != null) {
            parts.add(pupil.className());
        }
        if (provision != null && provision.isOnRegister()) {
            parts.add(provision.description());
        }
        return String.join(" · ", parts);
    }

    private void showNeeds(ViewGroup parent, List<SenNeedEntity> needs) {
        if (needs.isEmpty()) {
            line(parent, getString(R.string.pupil_no_needs), null);
        }
        for (SenNeedEntity need : needs) {
            String name = NeedType.fromCode(need.type).map(NeedType::description).orElse(need.type);
            line(parent, name, getString(need.rank == 1 ? R.string.pupil_primary_need : R.string.pupil_secondary_need));
        }
    }

    /** Each target's own review date is shown only where it differs from the plan's. */
    private void showTargets(ViewGroup parent, List<Target> targets, LocalDate planReview, PupilHistory history) {
        if (targets.isEmpty()) {
            line(parent, getString(R.string.pupil_no_targets), null);
        }
        for (Target target : targets) {
            PupilHistory.LastRating last = history.lastRating(target.id().toString());
            String detail = target.areaOfNeed().label()
                    + (target.reviewDate().equals(planReview) ? ""
                    : " · " + getString(R.string.pupil_review_by, DAY.format(target.reviewDate())))
                    + (last == null ? "" : "\n" + getString(R.string.pupil_last_rated, last.label(), DAY.format(last.date())));
            line(parent, target.outcome(), detail);
        }
    }

    private void showStrategies(ViewGroup parent, List<PlanStrategyEntity> strategies) {
        if (strategies.isEmpty()) {
            line(parent, getString(R.string.pupil_no_strategies), null);
        }
        for (PlanStrategyEntity strategy : strategies) {
            line(parent, strategy.text, strategy.who.isEmpty() ? null : getString(R.string.pupil_strategy_who, strategy.who));
        }
    }

    private void line(ViewGroup parent, String title, String detail) {
        View row = LayoutInflater.from(this).inflate(R.layout.item_list_row, parent, false);
        TextView titleView = row.findViewById(R.id.row_title);
        titleView.setText(title);
        titleView.setTypeface(null, Typeface.NORMAL);
        TextView detailView = row.findViewById(R.id.row_detail);
        detailView.setText(detail);
        detailView.setVisibility(detail == null ? View.GONE : View.VISIBLE);
        parent.addView(row);
    }

    /** The sessions list, recycled: a year of three sessions a week is 120 rows. */
    private final class SessionsAdapter extends BaseAdapter {
        private final List<PupilHistory.Row> rows;

        SessionsAdapter(List<PupilHistory.Row> rows) {
            this.rows = rows;
        }

        @Override
        public int getCount() {
            return rows.size();
        }

        @Override
        public PupilHistory.Row getItem(int position) {
            return rows.get(position);
        }

        @Override
        public long getItemId(int position) {
            return position;
        }

        @Override
        public boolean isEnabled(int position) {
            return false;
        }

        @Override
        public View getView(int position, View convertView, ViewGroup parent) {
            View view = convertView != null ? convertView
                    : LayoutInflater.from(PupilActivity.this).inflate(R.layout.item_pupil_session, parent, false);
            PupilHistory.Row row = rows.get(position);
            ((TextView) view.findViewById(R.id.session_row_title)).setText(row.title());
            TextView attendance = view.findViewById(R.id.session_row_attendance);
            attendance.setText(row.attendance());
            attendance.setTextColor(getColor(row.present() ? R.color.present_text : R.color.text_secondary));
            setOrHide(view.findViewById(R.id.session_row_ratings), row.ratings());
            setOrHide(view.findViewById(R.id.session_row_notes), row.notes());
            view.findViewById(R.id.session_row_concern).setVisibility(row.concern() ? View.VISIBLE : View.GONE);
            return view;
        }

        private void setOrHide(TextView view, String text) {
            view.setText(text);
            view.setVisibility(text.isEmpty() ? View.GONE : View.VISIBLE);
        }
    }
}
