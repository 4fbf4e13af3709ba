package uk.graduated.app.feature.enrol;

import android.app.Activity;
import android.os.Bundle;
import android.view.View;
import android.widget.Button;
import android.widget.EditText;
import android.widget.TextView;

import java.util.Map;
import java.util.UUID;

import uk.graduated.app.R;
import uk.graduated.app.data.device.WipeNotice;
import uk.graduated.app.feature.signin.SignInActivity;
import uk.graduated.app.sync.android.SyncScheduler;
import uk.graduated.app.ui.Screens;
import uk.graduated.app.ui.Services;

/**
 * Screen 1, the launcher: joins this tablet to a school's Graduated server with a one-time
 * enrolment code, then hands over to the sign-in screen. An enrolled tablet goes straight on.
 */
public class EnrolActivity extends Activity {
    private Services services;
    private EditText server;
    private EditText code;
    private EditText name;
    private TextView error;
    private Button enrol;

    @Override
    protected void onCreate(Bundle savedInstanceState) {
        super.onCreate(savedInstanceState);
        services = Services.get(this);
        Class<? extends Activity> belongs = Screens.forState(services);
        if (belongs != EnrolActivity.class) {
            Screens.startFresh(this, belongs);
            return;
        }
        setContentView(R.layout.activity_enrol);
        server = findViewById(R.id.server_address);
        code = findViewById(R.id.enrolment_code);
        name = findViewById(R.id.device_name);
        error = findViewById(R.id.enrol_error);
        enrol = findViewById(R.id.enrol_button);
        enrol.setOnClickListener(v -> submit());
    }

    private void submit() {
        EnrolForm form = EnrolForm.check(server.getText().toString(), code.getText().toString(), name.getText().toString());
        showErrors(form.errors());
        if (!form.isValid()) {
            return;
        }
        enrol.setEnabled(false);
        enrol.setText(R.string.enrol_in_progress);
        services.tasks.run(() -> {
            EnrolmentClient.Result result = new EnrolmentClient().enrol(form, services.appVersion());
            if (result.enrolled) {
                services.credentials.saveEnrolment(form.serverAddress(), UUID.fromString(result.deviceId), result.deviceToken);
                new WipeNotice(this).clear();
            }
            return result;
        }, this::onEnrolResult, e -> onEnrolResult(EnrolmentClient.Result.failed(
                getString(R.string.problem_reading, e.getClass().getSimpleName()), null)));
    }

    private void onEnrolResult(EnrolmentClient.Result result) {
        if (isDestroyed()) {
            return;
        }
        enrol.setEnabled(true);
        enrol.setText(R.string.enrol_button);
        if (result.enrolled) {
            error.setVisibility(View.GONE);
            // The device scope brings the staff list for the sign-in screen; then sync keeps itself going.
            SyncScheduler.schedulePeriodic(this);
            SyncScheduler.syncNow(this);
            Screens.startFresh(this, SignInActivity.class);
            return;
        }
        error.setText(result.message);
        error.setVisibility(View.VISIBLE);
        EditText target = fieldView(result.field);
        if (target != null) {
            target.setError(result.message);
        }
    }

    private void showErrors(Map<String, String> errors) {
        server.setError(errors.get(EnrolForm.FIELD_SERVER));
        code.setError(errors.get(EnrolForm.FIELD_CODE));
        name.setError(errors.get(EnrolForm.FIELD_NAME));
        if (errors.isEmpty()) {
            error.setVisibility(View.GONE);
        } else {
            error.setText(errors.values().iterator().next());
            error.setVisibility(View.VISIBLE);
        }
    }

    private EditText fieldView(String field) {
        if (field == null) {
            return null;
        }
        switch (field) {
            case EnrolForm.FIELD_SERVER:
                return server;
            case EnrolForm.FIELD_CODE:
                return code;
            case EnrolForm.FIELD_NAME:
                return name;
            default:
                return null;
        }
    }
}
