package uk.graduated.server.web;

import com.google.gson.Gson;
import io.javalin.json.JsonMapper;
import java.lang.reflect.Type;

/** Javalin speaks JSON through Gson, the same library the shared model and the app use. */
final class GsonJsonMapper implements JsonMapper {
    private final Gson gson;

    GsonJsonMapper(Gson gson) {
        this.gson = gson;
    }

    @Override
    public String toJsonString(Object obj, Type type) {
        return gson.toJson(obj, type);
    }

    @Override
    public <T> T fromJsonString(String json, Type targetType) {
        return gson.fromJson(json, targetType);
    }
}
