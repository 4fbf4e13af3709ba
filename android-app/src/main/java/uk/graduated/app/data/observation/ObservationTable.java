package uk.graduated.app.data.observation;

import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import uk.graduated.app.data.record.RecordTable;
import uk.graduated.model.json.JsonFields;
import uk.graduated.model.observation.Observation;
import uk.graduated.model.observation.ObservationJson;
import uk.graduated.model.observation.PhotoRef;
import uk.graduated.model.sync.EntityType;

public final class ObservationTable extends RecordTable<Observation> {
    private final ObservationDao dao;

    public ObservationTable(ObservationDao dao) {
        super(EntityType.OBSERVATION, dao);
        this.dao = dao;
    }

    @Override
    protected Observation parse(JsonFields fields) {
        return ObservationJson.fromJson(fields);
    }

    @Override
    protected JsonObject toJson(Observation observation) {
        return ObservationJson.toJson(observation);
    }

    @Override
    protected void write(Observation observation, String fieldsJson, Long serverVersion) {
        ObservationEntity row = new ObservationEntity();
        row.id = observation.id().toString();
        row.serverVersion = serverVersion;
        row.schoolId = observation.schoolId().toString();
        row.observedAt = observation.observedAt().toEpochMilli();
        row.observedBy = observation.observedBy().toString();
        row.text = observation.text();
        row.room = observation.room();
        row.photoCount = observation.photos().size();
        row.fieldsJson = fieldsJson;
        List<ObservationChildEntity> children = new ArrayList<>();
        for (UUID childId : observation.childIds()) {
            ObservationChildEntity child = new ObservationChildEntity();
            child.observationId = row.id;
            child.childId = childId.toString();
            children.add(child);
        }
        List<ObservationPhotoEntity> photos = new ArrayList<>();
        List<PhotoRef> refs = observation.photos();
        for (int i = 0; i < refs.size(); i++) {
            ObservationPhotoEntity photo = new ObservationPhotoEntity();
            photo.observationId = row.id;
            photo.sha256 = refs.get(i).sha256();
            photo.position = i;
            photo.mediaType = refs.get(i).mediaType().mimeType();
            photos.add(photo);
        }
        dao.put(row, children, photos);
    }
}
