package uk.graduated.app.feature.session;

import android.app.Activity;
import android.view.LayoutInflater;
import android.view.View;
import android.view.ViewGroup;
import android.widget.EditText;
import android.widget.TextView;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import uk.graduated.app.R;
import uk.graduated.app.feature.pupil.PupilActivity;
import uk.graduated.app.ui.Chips;
import uk.graduated.model.session.AbsenceReason;
import uk.graduated.model.session.Rating;

/**
 * One pupil's card on the "Log session" screen: the name that toggles attendance, why absent, and
 * the ratings per target. Every tap goes to the {@link SessionForm}; the card only draws its state.
 */
final class PupilCard {
    final SessionForm.Member member;
    final View view;
    private final TextView attendance;
    private final TextView status;
    private final ViewGroup reasons;
    final EditText note;
    private final TextView error;
    private final Map<AbsenceReason, TextView> reasonChips = new EnumMap<>(AbsenceReason.class);
    private final Map<UUID, Map<Rating, TextView>> ratingChips = new LinkedHashMap<>();
    private final List<View> targetRows = new ArrayList<>();

    private final Activity activity;
    private final SessionForm form;
    private final Runnable changed;

    /**
     * @param changed told after every tap, so the screen can update its summary
     */
    PupilCard(Activity activity, ViewGroup parent, SessionForm form, SessionForm.Member member, Runnable changed) {
        this.activity = activity;
        this.form = form;
        this.member = member;
        this.changed = changed;
        view = LayoutInflater.from(activity).inflate(R.layout.item_session_pupil, parent, false);
        attendance = view.findViewById(R.id.pupil_attendance);
        status = view.findViewById(R.id.pupil_status);
        reasons = view.findViewById(R.id.pupil_reasons);
        note = view.findViewById(R.id.pupil_absence_note);
        error = view.findViewById(R.id.pupil_error);
        note.setText(form.absenceNote(member.pupilId()));
        attendance.setOnClickListener(v -> {
            form.toggleAttendance(member.pupilId());
            refresh();
        });
        view.findViewById(R.id.pupil_profile).setOnClickListener(v ->
                activity.startActivity(PupilActivity.intent(activity, member.pupilId())));
        for (AbsenceReason reason : AbsenceReason.values()) {
            TextView chip = Chips.add(reasons, reason.label());
            chip.setOnClickListener(v -> {
                form.setAbsenceReason(member.pupilId(), reason);
                error.setVisibility(View.GONE);
                refresh();
            });
            reasonChips.put(reason, chip);
        }
        ViewGroup targets = view.findViewById(R.id.pupil_targets);
        for (SessionForm.TargetChoice target : member.targets()) {
            View row = LayoutInflater.from(activity).inflate(R.layout.item_session_target, targets, false);
            ((TextView) row.findViewById(R.id.target_outcome)).setText(target.outcome());
            ViewGroup ratings = row.findViewById(R.id.target_ratings);
            Map<Rating, TextView> chips = new EnumMap<>(Rating.class);
            for (Rating rating : Rating.values()) {
                TextView chip = Chips.add(ratings, rating.label());
                chip.setContentDescription(member.displayName() + ": " + rating.description());
                chip.setOnClickListener(v -> {
                    form.rate(member.pupilId(), target.targetId(), rating);
                    refresh();
                });
                chips.put(rating, chip);
            }
            ratingChips.put(target.targetId(), chips);
            targets.addView(row);
            targetRows.add(row);
        }
        if (member.targets().isEmpty()) {
            TextView none = new TextView(activity);
            none.setText(R.string.session_no_targets);
            none.setTextColor(activity.getColor(R.color.text_secondary));
            none.setPadding(0, activity.getResources().getDimensionPixelSize(R.dimen.space_s), 0, 0);
            targets.addView(none);
            targetRows.add(none);
        }
    }

    void refresh() {
        UUID id = member.pupilId();
        boolean present = form.isPresent(id);
        AbsenceReason reason = form.absenceReason(id);
        attendance.setSelected(present);
        attendance.setText((present ? "✓  " : "✗  ") + member.displayName());
        attendance.setTextColor(activity.getColor(present ? R.color.present_text : R.color.text_secondary));
        attendance.setContentDescription(activity.getString(present ? R.string.session_present_description
                : R.string.session_absent_description, member.displayName()));
        // The green tick says "present"; the words are only needed for an absence.
        status.setVisibility(present ? View.INVISIBLE : View.VISIBLE);
        if (present) {
            status.setText(R.string.session_present);
        } else if (reason == null) {
            status.setText(R.string.session_choose_reason);
            status.setTextColor(activity.getColor(R.color.error));
        } else {
            status.setText(activity.getString(R.string.session_absent_because, reason.label()));
            status.setTextColor(activity.getColor(R.color.text_secondary));
        }
        reasons.setVisibility(present ? View.GONE : View.VISIBLE);
        note.setVisibility(!present && reason == AbsenceReason.OTHER ? View.VISIBLE : View.GONE);
        for (Map.Entry<AbsenceReason, TextView> chip : reasonChips.entrySet()) {
            chip.getValue().setSelected(chip.getKey() == reason);
        }
        for (View row : targetRows) {
            row.setVisibility(present ? View.VISIBLE : View.GONE);
        }
        for (Map.Entry<UUID, Map<Rating, TextView>> target : ratingChips.entrySet()) {
            Rating chosen = form.rating(id, target.getKey());
            for (Map.Entry<Rating, TextView> chip : target.getValue().entrySet()) {
                chip.getValue().setSelected(chip.getKey() == chosen);
            }
        }
        changed.run();
    }

    void showError(String message) {
        error.setText(message);
        error.setVisibility(message == null ? View.GONE : View.VISIBLE);
    }
}
