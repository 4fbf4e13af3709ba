package uk.graduated.app.feature.wiped;

import android.app.Activity;
import android.os.Bundle;
import android.view.View;
import android.widget.TextView;

import uk.graduated.app.R;
import uk.graduated.app.data.device.WipeNotice;
import uk.graduated.app.feature.enrol.EnrolActivity;
import uk.graduated.app.sync.android.DeviceWipe;
import uk.graduated.app.ui.Screens;
import uk.graduated.app.ui.Services;

/**
 * Screen 8: the school revoked this tablet, its enrolment no longer exists, or the key that opens its
 * tokens is gone, so everything on it was erased. Says which, and offers to enrol again. A lost key
 * is found here first: the erasing happens here, off the main thread.
 */
public class WipedActivity extends Activity {
    private Services services;

    @Override
    protected void onCreate(Bundle savedInstanceState) {
        super.onCreate(savedInstanceState);
        services = Services.get(this);
        services.signOut();
        if (services.credentials.keyLost()) {
            setContentView(R.layout.activity_wiped);
            findViewById(R.id.wiped_content).setVisibility(View.INVISIBLE);
            services.tasks.run(() -> {
                DeviceWipe.wipe(this, services.db, services.credentials, WipeNotice.Reason.KEY_LOST);
                return true;
            }, done -> show(), failed -> show());
            return;
        }
        show();
    }

    private void show() {
        if (isDestroyed()) {
            return;
        }
        WipeNotice notice = new WipeNotice(this);
        if (services.credentials.isEnrolled() || notice.reason() == null) {
            Screens.startFresh(this, Screens.forState(services));
            return;
        }
        if (findViewById(R.id.wiped_content) == null) {
            setContentView(R.layout.activity_wiped);
        }
        findViewById(R.id.wiped_content).setVisibility(View.VISIBLE);
        ((TextView) findViewById(R.id.wiped_title)).setText(title(notice.reason()));
        ((TextView) findViewById(R.id.wiped_reason)).setText(reason(notice.reason()));
        findViewById(R.id.wiped_enrol).setOnClickListener(v -> {
            notice.clear();
            Screens.startFresh(this, EnrolActivity.class);
        });
    }

    private static int title(WipeNotice.Reason reason) {
        switch (reason) {
            case REVOKED:
                return R.string.wiped_revoked_title;
            case KEY_LOST:
                return R.string.wiped_key_lost_title;
            default:
                return R.string.wiped_removed_title;
        }
    }

    private static int reason(WipeNotice.Reason reason) {
        switch (reason) {
            case REVOKED:
                return R.string.wiped_revoked_reason;
            case KEY_LOST:
                return R.string.wiped_key_lost_reason;
            default:
                return R.string.wiped_removed_reason;
        }
    }
}
