package uk.graduated.app.feature.observation;

import android.view.LayoutInflater;
import android.view.View;
import android.view.ViewGroup;
import android.widget.BaseAdapter;
import android.widget.TextView;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

import uk.graduated.app.R;
import uk.graduated.app.data.pupil.PupilEntity;

/** A room's children as tiles, the chosen ones highlighted; recycled, for a 60-place setting. */
final class ChildrenAdapter extends BaseAdapter {
    private final List<PupilEntity> shown = new ArrayList<>();
    private final Predicate<UUID> chosen;

    /** @param chosen whether a child is chosen for the observation being written */
    ChildrenAdapter(Predicate<UUID> chosen) {
        this.chosen = chosen;
    }

    void show(List<PupilEntity> pupils) {
        shown.clear();
        shown.addAll(pupils);
        notifyDataSetChanged();
    }

    /** The chosen children's names, in the grid's order: what the "saved" message names. */
    List<String> chosenNames() {
        List<String> names = new ArrayList<>();
        for (PupilEntity p : shown) {
            if (chosen.test(UUID.fromString(p.id))) {
                names.add(p.firstName + " " + p.lastName);
            }
        }
        return names;
    }

    @Override
    public int getCount() {
        return shown.size();
    }

    @Override
    public PupilEntity getItem(int position) {
        return shown.get(position);
    }

    @Override
    public long getItemId(int position) {
        return position;
    }

    @Override
    public View getView(int position, View convertView, ViewGroup parent) {
        View tile = convertView != null ? convertView
                : LayoutInflater.from(parent.getContext()).inflate(R.layout.item_child_tile, parent, false);
        PupilEntity child = shown.get(position);
        boolean isChosen = chosen.test(UUID.fromString(child.id));
        // Activated, not selected: a grid resets its children's selected state as it lays them out.
        tile.setActivated(isChosen);
        ((TextView) tile.findViewById(R.id.child_first)).setText((isChosen ? "✓ " : "") + child.firstName);
        ((TextView) tile.findViewById(R.id.child_last)).setText(child.lastName);
        tile.setContentDescription(child.firstName + " " + child.lastName + (isChosen ? ", chosen" : ""));
        return tile;
    }
}
