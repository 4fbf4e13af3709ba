package uk.graduated.model.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import uk.graduated.model.json.JsonFields;
import uk.graduated.model.json.JsonText;
import uk.graduated.model.validation.FieldError;
import uk.graduated.model.validation.ValidationException;

/**
 * Whatever arrives, every parser either returns a message or throws a {@link ValidationException}
 * whose errors each name a field; and those errors survive a trip through {@link ErrorBody}.
 */
class BrokenInputPropertyTest {
    private static final List<Function<String, Object>> PARSERS = List.of(
            PushRequest::fromJson, PushResponse::fromJson, PullRequest::fromJson, PullResponse::fromJson,
            ErrorBody::fromJson, DeviceStatus::fromJson, EnrolRequest::fromJson, EnrolResponse::fromJson,
            PinSignInRequest::fromJson, SessionResponse::fromJson, PhotoUploadStatus::fromJson, Mutation::fromJson);

    @Property
    void randomText_isReadOrRefusedWithNamedFields(@ForAll("randomText") String body) {
        everyParserReadsOrRefuses(body);
    }

    @Property
    void truncatedJson_isRefusedAsInvalidJson(@ForAll("validMessages") String json, @ForAll Random random) {
        String truncated = json.substring(0, random.nextInt(json.length()));

        for (Function<String, Object> parser : PARSERS) {
            assertThat(refusal(parser, truncated)).extracting(FieldError::code).containsOnly(JsonFields.INVALID_JSON);
        }
    }

    @Property(tries = 500)
    void damagedMessages_areReadOrRefusedWithNamedFields(@ForAll("validMessages") String json, @ForAll Random random) {
        JsonObject tree = JsonFields.parseObject(json);
        for (int i = 0; i < 1 + random.nextInt(3); i++) {
            damage(tree, random);
        }

        everyParserReadsOrRefuses(JsonText.compact(tree));
    }

    private static void everyParserReadsOrRefuses(String body) {
        for (Function<String, Object> parser : PARSERS) {
            List<FieldError> errors = refusal(parser, body);
            assertThat(errors).allSatisfy(error -> {
                assertThat(error.field()).isNotBlank();
                assertThat(error.code()).isNotBlank();
                assertThat(error.message()).isNotBlank();
            });
            if (!errors.isEmpty()) {
                survivesErrorBody(errors);
            }
        }
    }

    /** The errors of parsing {@code body}, empty when it parsed; fails on any other exception. */
    private static List<FieldError> refusal(Function<String, Object> parser, String body) {
        try {
            assertThat(parser.apply(body)).isNotNull();
            return List.of();
        } catch (ValidationException e) {
            return e.errors();
        }
    }

    private static void survivesErrorBody(List<FieldError> errors) {
        ErrorBody sent = ErrorBody.of(new ValidationException(errors), "req-1");
        ErrorBody received = ErrorBody.fromJson(sent.toJson());
        List<FieldError> expected = errors.size() > ErrorBody.MAX_ERRORS ? errors.subList(0, ErrorBody.MAX_ERRORS) : errors;
        assertThat(received.errors()).isEqualTo(expected);
        assertThat(received).isEqualTo(sent);
    }

    /** Replaces, removes or adds one member somewhere in the tree, with a value of any type. */
    private static void damage(JsonObject root, Random random) {
        List<JsonObject> objects = new ArrayList<>();
        collectObjects(root, objects);
        JsonObject target = objects.get(random.nextInt(objects.size()));
        List<String> keys = new ArrayList<>(target.keySet());
        int choice = random.nextInt(3);
        if (keys.isEmpty() || choice == 0) {
            target.add(keys.isEmpty() || random.nextBoolean() ? "extra" + random.nextInt(3)
                    : keys.get(random.nextInt(keys.size())), strangeValue(random));
        } else if (choice == 1) {
            target.remove(keys.get(random.nextInt(keys.size())));
        } else {
            target.add(keys.get(random.nextInt(keys.size())), strangeValue(random));
        }
    }

    private static void collectObjects(JsonElement element, List<JsonObject> into) {
        if (element.isJsonObject()) {
            into.add(element.getAsJsonObject());
            for (Map.Entry<String, JsonElement> entry : element.getAsJsonObject().entrySet()) {
                collectObjects(entry.getValue(), into);
            }
        } else if (element.isJsonArray()) {
            for (JsonElement item : element.getAsJsonArray()) {
                collectObjects(item, into);
            }
        }
    }

    private static JsonElement strangeValue(Random random) {
        switch (random.nextInt(12)) {
            case 0: return new JsonPrimitive("");
            case 1: return new JsonPrimitive("not a value");
            case 2: return new JsonPrimitive(new BigDecimal("1e400"));
            case 3: return new JsonPrimitive(new BigDecimal("-99999999999999999999999"));
            case 4: return new JsonPrimitive(new BigDecimal("1.5"));
            case 5: return new JsonPrimitive(0);
            case 6: return new JsonPrimitive(true);
            case 7: return com.google.gson.JsonNull.INSTANCE;
            case 8: return new JsonArray();
            case 9: return new JsonObject();
            case 10: return new JsonPrimitive("2026-13-45T99:99:99Z");
            default: {
                JsonArray array = new JsonArray();
                array.add(new JsonPrimitive(random.nextInt()));
                array.add(new JsonObject());
                return array;
            }
        }
    }

    @Provide
    Arbitrary<String> randomText() {
        return Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(60),
                Arbitraries.strings().withChars("{}[]:,\"0123456789.eE-+truefalsn ").ofMaxLength(60),
                Arbitraries.of("{}", "[]", "null", "{\"protocolVersion\":1e99999}", "{\"mutations\":{}}",
                        "{\"error\":[]}", "{\"outcomes\":[1,2,3]}", "{\"changes\":null,\"hasMore\":\"yes\"}"));
    }

    @Provide
    Arbitrary<String> validMessages() {
        return SyncArbitraries.anyValidMessageJson();
    }
}
