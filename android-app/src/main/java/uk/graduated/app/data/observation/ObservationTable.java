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

public final class ObservationTable extends RecordTable<Observation, ObservationEntity> {
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
    protected ObservationEntity row(Observation observation, String fieldsJson) {
        ObservationEntity row = new ObservationEntity();
        row.id = observation.id().toString();
        row.schoolId = observation.schoolId().toString();
        row.observedAt = observation.observedAt().toEpochMilli();
        row.observedBy = observation.observedBy().toString();
        row.text = observation.text();
        row.room = observation.room();
        row.photoCount = observation.photos().size();
        row.fieldsJson = fieldsJson;
        return row;
    }

    @Override
    protected void store(List<Observation> observations, List<ObservationEntity> rows) {
        List<ObservationChildEntity> children = new ArrayList<>();
        List<ObservationPhotoEntity> photos = new ArrayList<>();
        for (Observation observation : observations) {
            String observationId = observation.id().toString();
            for (UUID childId : observation.childIds()) {
                ObservationChildEntity child = new ObservationChildEntity();
                child.observationId = observationId;
                child.childId = childId.toString();
                children.add(child);
            }
            List<PhotoRef> refs = observation.photos();
            for (int i = 0; i < refs.size(); i++) {
                ObservationPhotoEntity photo = new ObservationPhotoEntity();
                photo.observationId = observationId;
                photo.sha256 = refs.get(i).sha256();
                photo.position = i;
                photo.mediaType = refs.get(i).mediaType().mimeType();
                photos.add(photo);
            }
        }
        dao.putAll(rows, children, photos);
    }
}
