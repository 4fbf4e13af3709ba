package uk.graduated.app.data.intervention;

import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import uk.graduated.app.data.record.RecordTable;
import uk.graduated.model.intervention.Intervention;
import uk.graduated.model.intervention.InterventionJson;
import uk.graduated.model.intervention.Schedule;
import uk.graduated.model.json.JsonFields;
import uk.graduated.model.sync.EntityType;

public final class InterventionTable extends RecordTable<Intervention, InterventionEntity> {
    private final InterventionDao dao;

    public InterventionTable(InterventionDao dao) {
        super(EntityType.INTERVENTION, dao);
        this.dao = dao;
    }

    @Override
    protected Intervention parse(JsonFields fields) {
        return InterventionJson.fromJson(fields);
    }

    @Override
    protected JsonObject toJson(Intervention intervention) {
        return InterventionJson.toJson(intervention);
    }

    @Override
    protected InterventionEntity row(Intervention intervention, String fieldsJson) {
        Schedule schedule = intervention.schedule();
        InterventionEntity row = new InterventionEntity();
        row.id = intervention.id().toString();
        row.schoolId = intervention.schoolId().toString();
        row.name = intervention.name();
        row.status = intervention.status().code();
        row.startDate = schedule.startDate().toString();
        row.endDate = schedule.endDate() == null ? null : schedule.endDate().toString();
        row.daysMask = DayBits.of(schedule.days());
        row.startTime = schedule.startTime() == null ? null : schedule.startTime().toString();
        row.minutesPerSession = schedule.minutesPerSession();
        row.sessionsPerDay = schedule.sessionsPerDay();
        row.fieldsJson = fieldsJson;
        return row;
    }

    @Override
    protected void store(List<Intervention> interventions, List<InterventionEntity> rows) {
        List<InterventionLeadEntity> leads = new ArrayList<>();
        for (Intervention intervention : interventions) {
            for (UUID staffId : intervention.leadStaffIds()) {
                InterventionLeadEntity lead = new InterventionLeadEntity();
                lead.interventionId = intervention.id().toString();
                lead.staffId = staffId.toString();
                leads.add(lead);
            }
        }
        dao.putAll(rows, leads);
    }
}
