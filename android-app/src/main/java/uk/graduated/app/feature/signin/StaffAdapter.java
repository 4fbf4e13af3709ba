package uk.graduated.app.feature.signin;

import android.view.LayoutInflater;
import android.view.View;
import android.view.ViewGroup;
import android.widget.BaseAdapter;
import android.widget.TextView;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import uk.graduated.app.R;
import uk.graduated.app.data.staff.StaffEntity;

/** The sign-in grid's name tiles; recycled, since a secondary school lists a hundred staff. */
final class StaffAdapter extends BaseAdapter {
    private final List<StaffEntity> staff = new ArrayList<>();

    /** Shows people by surname: "Mrs Hollis" is found under H, where she looks, not under "Mrs". */
    void show(List<StaffEntity> people) {
        staff.clear();
        staff.addAll(people);
        staff.sort(Comparator.comparing((StaffEntity s) -> surname(s.displayName), String.CASE_INSENSITIVE_ORDER)
                .thenComparing(s -> s.displayName, String.CASE_INSENSITIVE_ORDER));
        notifyDataSetChanged();
    }

    /** The person's tile data, or null when they are not listed. */
    StaffEntity find(UUID staffId) {
        for (StaffEntity person : staff) {
            if (person.id.equals(staffId.toString())) {
                return person;
            }
        }
        return null;
    }

    static String surname(String displayName) {
        String[] words = displayName.trim().split("\\s+");
        return words[words.length - 1];
    }

    @Override
    public int getCount() {
        return staff.size();
    }

    @Override
    public StaffEntity getItem(int position) {
        return staff.get(position);
    }

    @Override
    public long getItemId(int position) {
        return position;
    }

    @Override
    public View getView(int position, View convertView, ViewGroup parent) {
        View tile = convertView != null ? convertView
                : LayoutInflater.from(parent.getContext()).inflate(R.layout.item_staff_tile, parent, false);
        StaffEntity person = staff.get(position);
        ((TextView) tile.findViewById(R.id.tile_initials)).setText(initials(person.displayName));
        ((TextView) tile.findViewById(R.id.tile_name)).setText(person.displayName);
        ((TextView) tile.findViewById(R.id.tile_detail)).setText(roles(person.roles));
        return tile;
    }

    /** "Ms Okafor" gives "O": the title says little, the surname identifies. */
    static String initials(String displayName) {
        String[] words = displayName.trim().split("\\s+");
        String last = words[words.length - 1];
        String first = words.length > 2 ? words[1] : "";
        String letters = (words.length > 2 ? first.substring(0, 1) : "") + last.substring(0, 1);
        return letters.toUpperCase(Locale.UK);
    }

    /** Role codes as colleagues say them, e.g. "Teaching assistant · SENCO". */
    static String roles(String codes) {
        StringBuilder out = new StringBuilder();
        for (String code : codes.split(",")) {
            String label = label(code.trim());
            if (!label.isEmpty()) {
                out.append(out.length() == 0 ? "" : " · ").append(label);
            }
        }
        return out.toString();
    }

    private static String label(String code) {
        switch (code) {
            case "senco":
                return "SENCO";
            case "teaching_assistant":
                return "Teaching assistant";
            case "early_years_practitioner":
                return "Early years practitioner";
            case "teacher":
                return "Teacher";
            case "admin":
                return "School admin";
            default:
                return "";
        }
    }
}
