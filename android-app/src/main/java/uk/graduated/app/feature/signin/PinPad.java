package uk.graduated.app.feature.signin;

import android.content.Context;
import android.view.Gravity;
import android.view.View;
import android.widget.Button;
import android.widget.ImageButton;
import android.widget.LinearLayout;

import java.util.function.Consumer;

import uk.graduated.app.R;

/**
 * Big digit keys, a delete key and "Sign in", with one ring per digit typed (never the digits). The
 * PIN lives only here until it is handed over, and is cleared at once.
 */
final class PinPad {
    static final int MIN_PIN = 4;
    static final int MAX_PIN = 8;
    private static final String[][] ROWS = {{"1", "2", "3"}, {"4", "5", "6"}, {"7", "8", "9"}, {"back", "0", "ok"}};

    private final Context context;
    private final LinearLayout dots;
    private final StringBuilder pin = new StringBuilder();
    private final Runnable typed;
    private final Consumer<String> submitted;

    /**
     * @param typed     told after each key, e.g. to hide an old error
     * @param submitted given the PIN when "Sign in" is tapped
     */
    PinPad(LinearLayout keys, LinearLayout dots, Runnable typed, Consumer<String> submitted) {
        this.context = keys.getContext();
        this.dots = dots;
        this.typed = typed;
        this.submitted = submitted;
        int size = context.getResources().getDimensionPixelSize(R.dimen.pin_key);
        int gap = context.getResources().getDimensionPixelSize(R.dimen.space_s);
        for (String[] row : ROWS) {
            LinearLayout line = new LinearLayout(context);
            line.setGravity(Gravity.CENTER);
            for (String key : row) {
                LinearLayout.LayoutParams params = new LinearLayout.LayoutParams(size, size);
                params.setMargins(gap, gap / 2, gap, gap / 2);
                line.addView(key(key), params);
            }
            keys.addView(line);
        }
        clear();
    }

    /** Forgets what was typed. */
    void clear() {
        pin.setLength(0);
        drawDots();
    }

    private View key(String key) {
        if (key.equals("back")) {
            ImageButton back = new ImageButton(context);
            back.setImageResource(R.drawable.ic_backspace);
            back.setBackgroundResource(R.drawable.pin_key);
            back.setContentDescription(context.getString(R.string.pin_delete));
            back.setTag("key:back");
            back.setOnClickListener(v -> {
                if (pin.length() > 0) {
                    pin.setLength(pin.length() - 1);
                }
                drawDots();
            });
            return back;
        }
        Button button = new Button(context, null, 0, R.style.Graduated_Button);
        button.setTag("key:" + key);
        if (key.equals("ok")) {
            button.setText(R.string.pin_sign_in);
            button.setTextSize(18);
            button.setBackgroundResource(R.drawable.pin_key_ok);
            button.setTextColor(context.getColor(android.R.color.white));
            button.setOnClickListener(v -> {
                String typedPin = pin.toString();
                clear();
                submitted.accept(typedPin);
            });
        } else {
            button.setText(key);
            button.setTextSize(30);
            button.setBackgroundResource(R.drawable.pin_key);
            button.setTextColor(context.getColor(R.color.text_primary));
            button.setOnClickListener(v -> {
                if (pin.length() < MAX_PIN) {
                    pin.append(key);
                }
                typed.run();
                drawDots();
            });
        }
        return button;
    }

    /** One ring per digit (at least four), filled as digits are typed. */
    private void drawDots() {
        dots.removeAllViews();
        int gap = context.getResources().getDimensionPixelSize(R.dimen.space_s);
        for (int i = 0; i < Math.max(MIN_PIN, pin.length()); i++) {
            View dot = new View(context);
            dot.setBackgroundResource(R.drawable.pin_dot);
            dot.setSelected(i < pin.length());
            LinearLayout.LayoutParams params = new LinearLayout.LayoutParams(gap * 5 / 2, gap * 5 / 2);
            params.setMargins(gap, 0, gap, 0);
            dots.addView(dot, params);
        }
        dots.setContentDescription(context.getString(R.string.pin_digits_typed, pin.length()));
    }
}
