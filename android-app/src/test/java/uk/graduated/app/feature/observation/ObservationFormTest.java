package uk.graduated.app.feature.observation;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.Test;
import uk.graduated.model.eyfs.AreaOfLearning;
import uk.graduated.model.eyfs.DevelopmentMattersBand;
import uk.graduated.model.eyfs.EarlyLearningGoal;
import uk.graduated.model.observation.Observation;
import uk.graduated.model.observation.PhotoMediaType;
import uk.graduated.model.observation.PhotoRef;

public class ObservationFormTest {
    private final Instant now = Instant.parse("2026-11-23T10:30:00Z");
    private final UUID ava = UUID.randomUUID();
    private final UUID kai = UUID.randomUUID();

    private ObservationForm form() {
        return new ObservationForm(UUID.randomUUID(), UUID.randomUUID(), "Acorns");
    }

    @Test
    public void groupObservation_withAGoal_alsoTagsItsArea() {
        ObservationForm form = form();
        form.toggleChild(ava);
        form.toggleChild(kai);
        form.setText("Took turns on the bikes without an adult.");
        form.toggleGoal(EarlyLearningGoal.BUILDING_RELATIONSHIPS);

        Observation saved = form.save(UUID.randomUUID(), now).observation();

        assertEquals(List.of(ava, kai), saved.childIds());
        assertEquals(Set.of(AreaOfLearning.PERSONAL_SOCIAL_AND_EMOTIONAL), saved.areas());
        assertEquals(Set.of(EarlyLearningGoal.BUILDING_RELATIONSHIPS), saved.goals());
        assertNull(saved.band());
    }

    @Test
    public void removingAnArea_removesItsGoals() {
        ObservationForm form = form();
        form.toggleGoal(EarlyLearningGoal.NUMBER);

        form.toggleArea(AreaOfLearning.MATHEMATICS);

        assertFalse(form.hasGoal(EarlyLearningGoal.NUMBER));
        assertFalse(form.hasArea(AreaOfLearning.MATHEMATICS));
    }

    @Test
    public void photoAlone_isEnough_withoutText() {
        ObservationForm form = form();
        form.toggleChild(ava);
        form.addPhoto(new PhotoRef("a".repeat(64), 412_000, PhotoMediaType.JPEG, 1600, 1200));

        ObservationForm.Result result = form.save(UUID.randomUUID(), now);

        assertTrue(result.errors().toString(), result.saved());
        assertEquals(1, result.observation().photos().size());
    }

    @Test
    public void emptyForm_asksForChildrenAndWhatWasSeen() {
        ObservationForm.Result result = form().save(UUID.randomUUID(), now);

        assertEquals("Choose the child or children you observed.", result.errors().get(ObservationForm.FIELD_CHILDREN));
        assertEquals("Write what you saw, or add a photo.", result.errors().get(ObservationForm.FIELD_TEXT));
    }

    @Test
    public void tappingTheChosenBandAgain_clearsIt() {
        ObservationForm form = form();
        form.chooseBand(DevelopmentMattersBand.THREE_AND_FOUR_YEAR_OLDS);
        form.chooseBand(DevelopmentMattersBand.THREE_AND_FOUR_YEAR_OLDS);

        assertNull(form.band());
    }
}
