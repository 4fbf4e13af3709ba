package uk.graduated.app.ui;

import android.view.LayoutInflater;
import android.view.ViewGroup;
import android.widget.TextView;

import uk.graduated.app.R;

/** One-tap choices drawn as chips: selected chips are filled in the brand colour. */
public final class Chips {
    private Chips() {
    }

    /** Adds a chip to {@code parent} and returns it; the caller sets its click and selected state. */
    public static TextView add(ViewGroup parent, CharSequence label) {
        TextView chip = (TextView) LayoutInflater.from(parent.getContext()).inflate(R.layout.view_chip, parent, false);
        chip.setText(label);
        parent.addView(chip);
        return chip;
    }
}
