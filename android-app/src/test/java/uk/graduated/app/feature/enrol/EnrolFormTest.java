package uk.graduated.app.feature.enrol;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import org.junit.Test;

public class EnrolFormTest {

    @Test
    public void validForm_isNormalised() {
        EnrolForm form = EnrolForm.check(" graduated.school.example/ ", "abcd 2345", "  Room 4 tablet ");

        assertTrue(form.errors().toString(), form.isValid());
        assertEquals("https://graduated.school.example", form.serverAddress());
        assertEquals("ABCD2345", form.enrolmentCode());
        assertEquals("Room 4 tablet", form.deviceName());
    }

    @Test
    public void plainHttp_isAllowedOnlyForThisMachine() {
        assertTrue(EnrolForm.check("http://localhost:7070", "ABCD-2345", "Dev").isValid());
        assertTrue(EnrolForm.check("http://10.0.2.2:7070", "ABCD-2345", "Emulator").isValid());
        EnrolForm remote = EnrolForm.check("http://graduated.school.example", "ABCD-2345", "Room 4");
        assertFalse(remote.isValid());
        assertTrue(remote.errors().get(EnrolForm.FIELD_SERVER).contains("https://"));
    }

    @Test
    public void code_withAmbiguousCharacter_namesIt() {
        EnrolForm form = EnrolForm.check("https://s.example", "ABCD-0345", "Room 4");

        assertEquals("Enrolment codes never contain 0: check the code on the console.",
                form.errors().get(EnrolForm.FIELD_CODE));
    }

    @Test
    public void code_withWrongLength_isRejected() {
        assertFalse(EnrolForm.check("https://s.example", "ABC-234", "Room 4").isValid());
    }

    @Test
    public void emptyForm_reportsEveryFieldInScreenOrder() {
        EnrolForm form = EnrolForm.check("", "", "");

        assertEquals(java.util.List.of(EnrolForm.FIELD_SERVER, EnrolForm.FIELD_CODE, EnrolForm.FIELD_NAME),
                java.util.List.copyOf(form.errors().keySet()));
    }

    @Test
    public void overlongName_isRejected() {
        assertFalse(EnrolForm.check("https://s.example", "ABCD2345", "x".repeat(61)).isValid());
    }
}
