package uk.graduated.app.feature.enrol;

import android.app.Activity;
import android.os.Bundle;
import android.os.Handler;
import android.os.Looper;
import android.view.View;
import android.widget.Button;
import android.widget.EditText;
import android.widget.TextView;

import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import uk.graduated.app.R;

/** Screen 1: joins this tablet to a school's Graduated server with a one-time enrolment code. */
public class EnrolActivity extends Activity {
    private static final String APP_VERSION = "0.1.0";

    private final ExecutorService network = Executors.newSingleThreadExecutor();
    private final Handler main = new Handler(Looper.getMainLooper());

    private EditText server;
    private EditText code;
    private EditText name;
    private TextView error;
    private Button enrol;

    @Override
    protected void onCreate(Bundle savedInstanceState) {
        super.onCreate(savedInstanceState);
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
        network.execute(() -> {
            EnrolmentClient.Result result = new EnrolmentClient().enrol(form, APP_VERSION);
            main.post(() -> onEnrolResult(result));
        });
    }

    private void onEnrolResult(EnrolmentClient.Result result) {
        enrol.setEnabled(true);
        enrol.setText(R.string.enrol_button);
        if (result.enrolled) {
            error.setVisibility(View.GONE);
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

    @Override
    protected void onDestroy() {
        network.shutdownNow();
        super.onDestroy();
    }
}
