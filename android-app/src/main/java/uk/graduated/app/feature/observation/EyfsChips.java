package uk.graduated.app.feature.observation;

import android.view.LayoutInflater;
import android.view.ViewGroup;
import android.widget.TextView;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Supplier;

import uk.graduated.app.R;
import uk.graduated.app.ui.Chips;
import uk.graduated.model.eyfs.AreaOfLearning;
import uk.graduated.model.eyfs.CharacteristicOfEffectiveLearning;
import uk.graduated.model.eyfs.DevelopmentMattersBand;
import uk.graduated.model.eyfs.EarlyLearningGoal;

/**
 * The observation's EYFS tags as chips: each area followed by its early learning goals, the
 * Development Matters bands and the characteristics of effective learning. Taps go to the form;
 * {@link #refresh()} draws what it holds.
 */
final class EyfsChips {
    private final Supplier<ObservationForm> form;
    private final Runnable changed;
    private final Map<AreaOfLearning, TextView> areas = new EnumMap<>(AreaOfLearning.class);
    private final Map<EarlyLearningGoal, TextView> goals = new EnumMap<>(EarlyLearningGoal.class);
    private final Map<DevelopmentMattersBand, TextView> bands = new EnumMap<>(DevelopmentMattersBand.class);
    private final Map<CharacteristicOfEffectiveLearning, TextView> characteristics =
            new EnumMap<>(CharacteristicOfEffectiveLearning.class);

    /**
     * @param form    the form being filled (it is replaced after each save)
     * @param changed told after every tap
     */
    EyfsChips(ViewGroup goalsPanel, ViewGroup bandsPanel, ViewGroup characteristicsPanel,
              Supplier<ObservationForm> form, Runnable changed) {
        this.form = form;
        this.changed = changed;
        for (AreaOfLearning area : AreaOfLearning.values()) {
            ViewGroup row = (ViewGroup) LayoutInflater.from(goalsPanel.getContext())
                    .inflate(R.layout.item_area_goals, goalsPanel, false);
            TextView areaChip = chip(row, area.displayName(), () -> form.get().toggleArea(area));
            areaChip.setBackgroundResource(R.drawable.area_chip);
            areas.put(area, areaChip);
            for (EarlyLearningGoal goal : area.goals()) {
                goals.put(goal, chip(row, goal.displayName(), () -> form.get().toggleGoal(goal)));
            }
            goalsPanel.addView(row);
        }
        for (DevelopmentMattersBand band : DevelopmentMattersBand.values()) {
            bands.put(band, chip(bandsPanel, band.displayName(), () -> form.get().chooseBand(band)));
        }
        for (CharacteristicOfEffectiveLearning c : CharacteristicOfEffectiveLearning.values()) {
            characteristics.put(c, chip(characteristicsPanel, c.displayName(), () -> form.get().toggleCharacteristic(c)));
        }
    }

    void refresh() {
        ObservationForm f = form.get();
        areas.forEach((area, chip) -> chip.setSelected(f.hasArea(area)));
        goals.forEach((goal, chip) -> chip.setSelected(f.hasGoal(goal)));
        bands.forEach((band, chip) -> chip.setSelected(f.band() == band));
        characteristics.forEach((c, chip) -> chip.setSelected(f.hasCharacteristic(c)));
    }

    /** How many goals are tagged, for the summary bar. */
    int goalCount() {
        ObservationForm f = form.get();
        return (int) goals.keySet().stream().filter(f::hasGoal).count();
    }

    private TextView chip(ViewGroup parent, String label, Runnable tap) {
        TextView chip = Chips.add(parent, label);
        chip.setOnClickListener(v -> {
            tap.run();
            refresh();
            changed.run();
        });
        return chip;
    }
}
