package uk.graduated.app.data.observation;

import java.io.File;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import uk.graduated.app.core.Clock;
import uk.graduated.app.data.db.AppDatabase;
import uk.graduated.app.data.outbox.LocalWriter;
import uk.graduated.app.data.photo.LocalPhoto;
import uk.graduated.app.data.photo.PhotoQueueEntity;
import uk.graduated.model.observation.Observation;
import uk.graduated.model.observation.ObservationJson;
import uk.graduated.model.observation.PhotoRef;
import uk.graduated.model.sync.EntityType;
import uk.graduated.model.validation.Violations;

/** Early-years observations: what the observation screen writes and the child screen reads. */
public final class ObservationRepository {
    private final AppDatabase db;
    private final ObservationTable table;
    private final LocalWriter writer;
    private final Clock clock;

    public ObservationRepository(AppDatabase db, LocalWriter writer, Clock clock) {
        this.db = db;
        this.table = new ObservationTable(db.observations());
        this.writer = writer;
        this.clock = clock;
    }

    /**
     * Saves an observation, queues it for the server and queues its photos for upload, in one
     * transaction. Every photo the observation refers to must be among {@code photos}, as the file
     * that was hashed.
     *
     * @throws uk.graduated.model.validation.ValidationException naming the field: a photo with no
     *         file on this tablet or whose file has another size, an id already saved, or any rule
     *         the record's codec enforces
     */
    public void record(Observation observation, List<LocalPhoto> photos) {
        Map<String, LocalPhoto> bySha = checkPhotos(observation, photos);
        db.runInTransaction(() -> {
            writer.create(EntityType.OBSERVATION, observation.id(), ObservationJson.toJson(observation));
            for (PhotoRef ref : observation.photos()) {
                db.photoQueue().enqueue(queued(ref, bySha.get(ref.sha256()).localPath()));
            }
        });
    }

    /** The observation, or null when it is not on this tablet. */
    public Observation find(UUID observationId) {
        return table.find(observationId);
    }

    /** A child's latest observations, newest first, group observations included. */
    public List<ObservationEntity> recentForChild(UUID childId, int limit) {
        return db.observations().recentForChild(childId.toString(), limit);
    }

    /** A nursery room's latest observations, newest first. */
    public List<ObservationEntity> recentInRoom(String room, int limit) {
        return db.observations().recentInRoom(room, limit);
    }

    /** The photos an observation refers to, in order. */
    public List<ObservationPhotoEntity> photosOf(UUID observationId) {
        return db.observations().photosOf(observationId.toString());
    }

    /** Where this tablet keeps a photo's bytes, or null when it has none (taken on another tablet). */
    public String localPhotoPath(String sha256) {
        PhotoQueueEntity photo = db.photoQueue().find(sha256);
        return photo == null ? null : photo.localPath;
    }

    /** Photos that cannot be uploaded (their file is gone or changed), with the reason, for the person. */
    public List<PhotoQueueEntity> failedPhotos() {
        return db.photoQueue().failed();
    }

    private static Map<String, LocalPhoto> checkPhotos(Observation observation, List<LocalPhoto> photos) {
        Map<String, LocalPhoto> bySha = new HashMap<>();
        for (LocalPhoto photo : photos) {
            bySha.put(photo.ref().sha256(), photo);
        }
        Violations v = new Violations();
        List<PhotoRef> refs = observation.photos();
        for (int i = 0; i < refs.size(); i++) {
            LocalPhoto local = bySha.get(refs.get(i).sha256());
            String field = "photos[" + i + "]";
            if (local == null) {
                v.add(field, "not_on_device", "this photo's file is not on the tablet");
            } else if (new File(local.localPath()).length() != refs.get(i).sizeBytes()) {
                v.add(field + ".sizeBytes", "size_mismatch", "the photo's file is not the size recorded for it");
            }
        }
        v.throwIfAny();
        return bySha;
    }

    private PhotoQueueEntity queued(PhotoRef ref, String localPath) {
        PhotoQueueEntity row = new PhotoQueueEntity();
        row.sha256 = ref.sha256();
        row.localPath = localPath;
        row.sizeBytes = ref.sizeBytes();
        row.mediaType = ref.mediaType().mimeType();
        row.queuedAt = clock.now().toEpochMilli();
        return row;
    }
}
