package uk.graduated.model.sync;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import uk.graduated.model.school.Role;
import uk.graduated.model.validation.FieldError;

/** Generators of valid protocol messages, for the property tests. */
final class SyncArbitraries {
    /** No text member carries U+0000: the wire format refuses it (PostgreSQL could not store it). */
    private static final char NUL = '\u0000';
    private SyncArbitraries() {
    }

    static Arbitrary<UUID> uuids() {
        return Arbitraries.longs().tuple2().map(t -> new UUID(t.get1(), t.get2()));
    }

    /** Instants from 1970 to 2200, with whole seconds, milliseconds or nanoseconds. */
    static Arbitrary<Instant> instants() {
        Arbitrary<Long> seconds = Arbitraries.longs().between(0, 7_258_118_400L);
        Arbitrary<Integer> nanos = Arbitraries.oneOf(Arbitraries.just(0),
                Arbitraries.integers().between(0, 999).map(ms -> ms * 1_000_000),
                Arbitraries.integers().between(0, 999_999_999));
        return Combinators.combine(seconds, nanos).as(Instant::ofEpochSecond);
    }

    static Arbitrary<Long> versions() {
        return Arbitraries.longs().between(1, Long.MAX_VALUE);
    }

    /** Any text, including non-Latin letters, emoji, quotes and control characters. */
    static Arbitrary<String> anyText() {
        return Arbitraries.strings().all().excludeChars(NUL).ofMaxLength(40);
    }

    static Arbitrary<String> sentences(int maxLength) {
        return Arbitraries.strings().all().excludeChars(NUL).ofMinLength(1).ofMaxLength(maxLength).filter(s -> !s.isBlank());
    }

    static Arbitrary<String> opaque(int min, int max) {
        return Arbitraries.strings().withCharRange('!', '~').ofMinLength(min).ofMaxLength(max);
    }

    static Arbitrary<String> fieldNames() {
        return Combinators.combine(Arbitraries.chars().range('a', 'z'),
                Arbitraries.strings().alpha().numeric().ofMaxLength(20)).as((first, rest) -> first + rest);
    }

    static Arbitrary<JsonElement> jsonValues() {
        Arbitrary<JsonElement> numbers = Combinators.combine(Arbitraries.bigIntegers()
                        .between(BigInteger.TEN.pow(30).negate(), BigInteger.TEN.pow(30)),
                Arbitraries.integers().between(-6, 12)).as((unscaled, scale) -> new JsonPrimitive(new BigDecimal(unscaled, scale)));
        Arbitrary<JsonElement> leaves = Arbitraries.oneOf(
                anyText().map(JsonPrimitive::new),
                numbers,
                Arbitraries.of(true, false).map(JsonPrimitive::new),
                Arbitraries.just(JsonNull.INSTANCE));
        return Arbitraries.recursive(() -> leaves, inner -> Arbitraries.oneOf(leaves,
                inner.list().ofMaxSize(4).map(SyncArbitraries::array),
                Arbitraries.maps(fieldNames(), inner).ofMaxSize(4).map(SyncArbitraries::object)), 0, 3);
    }

    static Arbitrary<JsonObject> fieldObjects(int minSize) {
        return Arbitraries.maps(fieldNames(), jsonValues()).ofMinSize(minSize).ofMaxSize(6).map(SyncArbitraries::object);
    }

    static Arbitrary<Mutation> mutations(UUID deviceId) {
        Arbitrary<Mutation> upserts = Combinators.combine(uuids(), Arbitraries.of(EntityType.class), uuids(),
                versions().injectNull(0.4), fieldObjects(1), instants())
                .as((id, type, entityId, base, fields, at) ->
                        Mutation.upsert(id, deviceId, type, entityId, type.editable() ? base : null, fields, at));
        Arbitrary<Mutation> deletes = Combinators.combine(uuids(), Arbitraries.of(EntityType.class), uuids(),
                versions().injectNull(0.2), instants())
                .as((id, type, entityId, base, at) -> Mutation.delete(id, deviceId, type, entityId, base, at));
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(4, upserts), net.jqwik.api.Tuple.of(1, deletes));
    }

    static Arbitrary<PushRequest> pushRequests() {
        return uuids().flatMap(deviceId -> mutations(deviceId).list().ofMinSize(1).ofMaxSize(8)
                .uniqueElements(Mutation::mutationId)
                .map(list -> new PushRequest(1, deviceId, list)));
    }

    static Arbitrary<FieldError> fieldErrors() {
        return Combinators.combine(anyText(), sentences(30), sentences(80)).as(FieldError::new);
    }

    static Arbitrary<MutationOutcome> outcomes() {
        Arbitrary<MutationOutcome> applied = Combinators.combine(uuids(), versions()).as(MutationOutcome.Applied::new);
        Arbitrary<MutationOutcome> rejected = Combinators.combine(uuids(), Arbitraries.of(RejectionCode.class),
                        sentences(40).injectNull(0.5), sentences(120), fieldErrors().list().ofMaxSize(3))
                .as(MutationOutcome.Rejected::new);
        Arbitrary<FieldResolution> resolutions = Combinators.combine(fieldNames(),
                Arbitraries.of(FieldResolution.Resolution.class), jsonValues()).as(FieldResolution::new);
        Arbitrary<MutationOutcome> merged = Combinators.combine(uuids(), versions(),
                        resolutions.list().ofMinSize(1).ofMaxSize(3).uniqueElements(FieldResolution::field))
                .as(MutationOutcome.Merged::new);
        return Arbitraries.oneOf(applied, rejected, merged);
    }

    static Arbitrary<PushResponse> pushResponses() {
        return outcomes().list().ofMinSize(1).ofMaxSize(8).uniqueElements(MutationOutcome::mutationId)
                .map(PushResponse::new);
    }

    static Arbitrary<PullRequest> pullRequests() {
        return Combinators.combine(opaque(1, 60).injectNull(0.3),
                Arbitraries.integers().between(SyncLimits.MIN_PULL_LIMIT, SyncLimits.MAX_PULL_LIMIT))
                .as(PullRequest::new);
    }

    static Arbitrary<Change> changes() {
        Arbitrary<Change> live = Combinators.combine(Arbitraries.of(EntityType.class), uuids(), versions(),
                fieldObjects(1)).as((type, id, version, fields) -> new Change(type, id, version, false, fields));
        Arbitrary<Change> tombstones = Combinators.combine(Arbitraries.of(EntityType.class), uuids(), versions())
                .as(Change::tombstone);
        return Arbitraries.oneOf(live, tombstones);
    }

    static Arbitrary<PullResponse> pullResponses() {
        Arbitrary<List<Change>> pages = changes().list().ofMaxSize(6).uniqueElements(Change::entityId)
                .map(list -> list.stream().sorted((a, b) -> Long.compare(a.version(), b.version()))
                        .collect(Collectors.toList()));
        Arbitrary<List<Removal>> removals = Combinators.combine(Arbitraries.of(EntityType.class), uuids(),
                Arbitraries.of(RemovalReason.class)).as(Removal::new).list().ofMaxSize(3).uniqueElements(Removal::entityId);
        Arbitrary<PullResponse> pagesWithCursor = Combinators.combine(pages, removals, opaque(1, 60),
                        Arbitraries.of(true, false))
                .filter((c, r, cursor, more) -> r.stream().noneMatch(
                        removal -> c.stream().anyMatch(change -> change.entityId().equals(removal.entityId()))))
                .as((c, r, cursor, more) -> new PullResponse(c, r, cursor, more, false, null));
        return Arbitraries.oneOf(pagesWithCursor, Arbitraries.of(ResyncReason.class).map(PullResponse::resync));
    }

    static Arbitrary<DeviceStatus> deviceStatuses() {
        return Combinators.combine(uuids(), Arbitraries.of(DeviceState.class), instants()).as(DeviceStatus::of);
    }

    static Arbitrary<ErrorBody> errorBodies() {
        Arbitrary<String> codes = Arbitraries.strings().withCharRange('a', 'z').withChars('_').ofMinLength(1)
                .ofMaxLength(30).filter(c -> Character.isLetter(c.charAt(0)));
        Arbitrary<ErrorBody> plain = Combinators.combine(codes.filter(c -> !c.startsWith("device_")), sentences(200),
                        sentences(60).injectNull(0.5), fieldErrors().list().ofMaxSize(5), opaque(1, 40))
                .as((code, message, field, errors, requestId) -> new ErrorBody(code, message, field, errors, requestId, null));
        Arbitrary<ErrorBody> aboutDevice = Combinators.combine(deviceStatuses()
                        .filter(s -> s.state() != DeviceState.ACTIVE), opaque(1, 40)).as(ErrorBody::of);
        return Arbitraries.oneOf(plain, aboutDevice);
    }

    static Arbitrary<EnrolRequest> enrolRequests() {
        return Combinators.combine(sentences(EnrolRequest.MAX_CODE_LENGTH), sentences(EnrolRequest.MAX_DEVICE_NAME_LENGTH),
                Arbitraries.of(DevicePlatform.class), sentences(EnrolRequest.MAX_APP_VERSION_LENGTH)).as(EnrolRequest::new);
    }

    static Arbitrary<EnrolResponse> enrolResponses() {
        return Combinators.combine(uuids(), opaque(EnrolResponse.MIN_TOKEN_LENGTH, 100), uuids(), sentences(80))
                .as(EnrolResponse::new);
    }

    static Arbitrary<PinSignInRequest> pinSignIns() {
        return Combinators.combine(uuids(), Arbitraries.strings().numeric().ofMinLength(4).ofMaxLength(8))
                .as(PinSignInRequest::new);
    }

    static Arbitrary<SessionResponse> sessionResponses() {
        Arbitrary<StaffSummary> staff = Combinators.combine(uuids(), sentences(StaffSummary.MAX_DISPLAY_NAME_LENGTH),
                Arbitraries.of(Role.class).set().ofMinSize(1)).as((id, name, roles) -> new StaffSummary(id, name,
                EnumSet.copyOf(roles)));
        return Combinators.combine(opaque(EnrolResponse.MIN_TOKEN_LENGTH, 100), instants(), staff)
                .as(SessionResponse::new);
    }

    static Arbitrary<PhotoUploadStatus> photoUploads() {
        Arbitrary<String> hashes = Arbitraries.strings().withChars("0123456789abcdef").ofLength(64);
        return Combinators.combine(hashes, Arbitraries.longs().between(1, SyncLimits.MAX_PHOTO_BYTES),
                Arbitraries.doubles().between(0, 1)).as((hash, size, part) -> {
                    long received = Math.round(size * part);
                    return new PhotoUploadStatus(hash, size, received, received == size);
                });
    }

    private static JsonArray array(List<JsonElement> items) {
        JsonArray array = new JsonArray();
        items.forEach(array::add);
        return array;
    }

    private static JsonObject object(Map<String, JsonElement> members) {
        JsonObject object = new JsonObject();
        new LinkedHashMap<>(members).forEach(object::add);
        return object;
    }

    /** Every valid-message generator, as JSON text, for the broken-input properties to start from. */
    static Arbitrary<String> anyValidMessageJson() {
        List<Arbitrary<String>> all = new ArrayList<>();
        all.add(pushRequests().map(PushRequest::toJson));
        all.add(pushResponses().map(PushResponse::toJson));
        all.add(pullRequests().map(PullRequest::toJson));
        all.add(pullResponses().map(PullResponse::toJson));
        all.add(errorBodies().map(ErrorBody::toJson));
        all.add(deviceStatuses().map(DeviceStatus::toJson));
        all.add(enrolRequests().map(EnrolRequest::toJson));
        all.add(enrolResponses().map(EnrolResponse::toJson));
        all.add(pinSignIns().map(PinSignInRequest::toJson));
        all.add(sessionResponses().map(SessionResponse::toJson));
        all.add(photoUploads().map(PhotoUploadStatus::toJson));
        return Arbitraries.oneOf(all);
    }
}
