package uk.graduated.app.data.observation;

import androidx.annotation.NonNull;
import androidx.room.ColumnInfo;
import androidx.room.Entity;
import androidx.room.Index;

/** A photo an observation refers to, by the SHA-256 of its bytes. */
@Entity(tableName = "observation_photo", primaryKeys = {"observation_id", "sha256"},
        indices = {@Index(value = {"sha256"})})
public class ObservationPhotoEntity {
    @NonNull
    @ColumnInfo(name = "observation_id")
    public String observationId = "";

    @NonNull
    @ColumnInfo(name = "sha256")
    public String sha256 = "";

    /** Order within the observation, from 0. */
    @ColumnInfo(name = "position")
    public int position;

    @NonNull
    @ColumnInfo(name = "media_type")
    public String mediaType = "";
}
