package uk.graduated.app.testing;

import android.view.View;
import android.view.ViewGroup;
import android.widget.TextView;

import java.util.ArrayList;
import java.util.List;

/** Finds views the way a person does: by the words on them. */
public final class Views {
    private Views() {
    }

    /** The visible text view under {@code root} showing exactly {@code text}; fails when there is none. */
    public static TextView withText(View root, String text) {
        for (TextView view : textViews(root)) {
            if (view.isShown() && text.contentEquals(view.getText())) {
                return view;
            }
        }
        throw new AssertionError("no view showing \"" + text + "\"");
    }

    /** Every text on screen under {@code root}, joined: for "the screen says ..." checks. */
    public static String shownText(View root) {
        StringBuilder all = new StringBuilder();
        for (TextView view : textViews(root)) {
            if (view.isShown()) {
                all.append(view.getText()).append('\n');
            }
        }
        return all.toString();
    }

    private static List<TextView> textViews(View root) {
        List<TextView> found = new ArrayList<>();
        collect(root, found);
        return found;
    }

    private static void collect(View view, List<TextView> found) {
        if (view instanceof TextView text) {
            found.add(text);
        }
        if (view instanceof ViewGroup group) {
            for (int i = 0; i < group.getChildCount(); i++) {
                collect(group.getChildAt(i), found);
            }
        }
    }
}
