package uk.graduated.app.feature.wiped;

import android.app.Activity;
import android.os.Bundle;
import android.widget.TextView;

import uk.graduated.app.R;
import uk.graduated.app.data.device.WipeNotice;
import uk.graduated.app.feature.enrol.EnrolActivity;
import uk.graduated.app.ui.Screens;
import uk.graduated.app.ui.Services;

/**
 * Screen 8: the school revoked this tablet, or its enrolment no longer exists, so everything on it
 * was erased. Says which, and offers to enrol again.
 */
public class WipedActivity extends Activity {
    @Override
    protected void onCreate(Bundle savedInstanceState) {
        super.onCreate(savedInstanceState);
        Services services = Services.get(this);
        services.lock();
        WipeNotice notice = new WipeNotice(this);
        if (services.credentials.isEnrolled() || notice.reason() == null) {
            Screens.startFresh(this, Screens.forState(services));
            return;
        }
        setContentView(R.layout.activity_wiped);
        boolean revoked = notice.reason() == WipeNotice.Reason.REVOKED;
        ((TextView) findViewById(R.id.wiped_title)).setText(revoked ? R.string.wiped_revoked_title : R.string.wiped_removed_title);
        ((TextView) findViewById(R.id.wiped_reason)).setText(revoked ? R.string.wiped_revoked_reason : R.string.wiped_removed_reason);
        findViewById(R.id.wiped_enrol).setOnClickListener(v -> {
            notice.clear();
            Screens.startFresh(this, EnrolActivity.class);
        });
    }
}
