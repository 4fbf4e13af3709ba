package uk.graduated.app.ui;

import android.app.Activity;
import android.content.Intent;
import android.view.View;
import android.widget.TextView;

import uk.graduated.app.R;
import uk.graduated.app.feature.sync.SyncActivity;

/**
 * The brand bar at the top of every signed-in screen: where you are, what waits to sync (tap it for
 * the sync screen), "Sync now", who is signed in (and whether offline), and "Sign out".
 */
public final class AppBar {
    private final Activity activity;
    private final View back;
    private final TextView badge;

    AppBar(Activity activity, SignedIn user, CharSequence title, Runnable syncNow, Runnable signOut) {
        this.activity = activity;
        title(title);
        back = activity.findViewById(R.id.app_bar_back);
        badge = activity.findViewById(R.id.app_bar_badge);
        badge.setOnClickListener(v -> activity.startActivity(new Intent(activity, SyncActivity.class)));
        activity.findViewById(R.id.app_bar_sync).setOnClickListener(v -> syncNow.run());
        TextView who = activity.findViewById(R.id.app_bar_user);
        who.setText(user.online() ? user.displayName()
                : activity.getString(R.string.app_bar_user_offline, user.displayName()));
        activity.findViewById(R.id.app_bar_sign_out).setOnClickListener(v -> signOut.run());
    }

    public void title(CharSequence title) {
        ((TextView) activity.findViewById(R.id.app_bar_title)).setText(title);
    }

    /** Shows the back arrow, which finishes the screen. */
    public AppBar withBack() {
        back.setVisibility(View.VISIBLE);
        back.setOnClickListener(v -> activity.finish());
        return this;
    }

    /** Hides the sync controls: on the sync screen itself they would only repeat it. */
    public AppBar withoutSyncControls() {
        badge.setVisibility(View.GONE);
        activity.findViewById(R.id.app_bar_sync).setVisibility(View.GONE);
        return this;
    }

    public void badge(int pending, int rejected) {
        badge.setText(SyncBadge.text(pending, rejected));
        badge.setContentDescription(SyncBadge.description(pending, rejected));
        badge.setActivated(rejected > 0);
    }
}
