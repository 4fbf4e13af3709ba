package uk.graduated.app.feature.observation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.Test;

public class PhotoSizeTest {
    @Test
    public void aTwelveMegapixelPhoto_isScaledToALongEdgeOf1600_keepingItsShape() {
        assertThat(PhotoSize.scaled(4000, 3000)).containsExactly(1600, 1200);
        assertThat(PhotoSize.scaled(3000, 4000)).containsExactly(1200, 1600);
    }

    @Test
    public void aPhotoAlreadySmallEnough_keepsItsSize() {
        assertThat(PhotoSize.scaled(1600, 900)).containsExactly(1600, 900);
        assertThat(PhotoSize.scaled(640, 480)).containsExactly(640, 480);
    }

    @Test
    public void decodingSkipsWholeStepsButNeverBelowTheLongEdge() {
        assertThat(PhotoSize.sampleSize(4000, 3000)).isEqualTo(2);
        assertThat(PhotoSize.sampleSize(8000, 6000)).isEqualTo(4);
        assertThat(PhotoSize.sampleSize(3199, 2000)).isEqualTo(1);
        assertThat(PhotoSize.sampleSize(1200, 900)).isEqualTo(1);
    }
}
