package uk.graduated.app.testing;

import static org.junit.Assert.assertTrue;
import static org.robolectric.Shadows.shadowOf;

import android.os.Looper;
import android.view.View;
import android.widget.AdapterView;

/**
 * Taps as a person makes them, counted, so a test can hold a screen to its tap budget. A tap on
 * something hidden fails the test: a person could not have made it.
 */
public final class Taps {
    private int count;

    public void on(View view) {
        assertTrue("tapped a view that is not on screen: " + view, view.isShown());
        assertTrue("tapped a view that does not respond: " + view, view.isEnabled());
        count++;
        view.performClick();
        shadowOf(Looper.getMainLooper()).idle();
    }

    /** A tap on the item at {@code position} of a grid or list. */
    public void onItem(AdapterView<?> list, int position) {
        assertTrue("tapped a list that is not on screen", list.isShown());
        count++;
        View item = list.getChildAt(position - list.getFirstVisiblePosition());
        list.performItemClick(item, position, list.getAdapter().getItemId(position));
        shadowOf(Looper.getMainLooper()).idle();
    }

    public int count() {
        return count;
    }
}
