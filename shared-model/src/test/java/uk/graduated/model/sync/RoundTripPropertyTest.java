package uk.graduated.model.sync;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Every valid message reads back from its own JSON as an equal message. */
class RoundTripPropertyTest {

    @Property
    void pushRequest(@ForAll("pushRequests") PushRequest message) {
        assertThat(PushRequest.fromJson(message.toJson())).isEqualTo(message);
    }

    @Property
    void pushResponse(@ForAll("pushResponses") PushResponse message) {
        assertThat(PushResponse.fromJson(message.toJson())).isEqualTo(message);
    }

    @Property
    void pullRequest(@ForAll("pullRequests") PullRequest message) {
        assertThat(PullRequest.fromJson(message.toJson())).isEqualTo(message);
    }

    @Property
    void pullResponse(@ForAll("pullResponses") PullResponse message) {
        assertThat(PullResponse.fromJson(message.toJson())).isEqualTo(message);
    }

    @Property
    void errorBody(@ForAll("errorBodies") ErrorBody message) {
        assertThat(ErrorBody.fromJson(message.toJson())).isEqualTo(message);
    }

    @Property
    void deviceStatus(@ForAll("deviceStatuses") DeviceStatus message) {
        assertThat(DeviceStatus.fromJson(message.toJson())).isEqualTo(message);
    }

    @Property
    void enrolRequest(@ForAll("enrolRequests") EnrolRequest message) {
        assertThat(EnrolRequest.fromJson(message.toJson())).isEqualTo(message);
    }

    @Property
    void enrolResponse(@ForAll("enrolResponses") EnrolResponse message) {
        assertThat(EnrolResponse.fromJson(message.toJson())).isEqualTo(message);
    }

    @Property
    void pinSignInRequest(@ForAll("pinSignIns") PinSignInRequest message) {
        assertThat(PinSignInRequest.fromJson(message.toJson())).isEqualTo(message);
    }

    @Property
    void sessionResponse(@ForAll("sessionResponses") SessionResponse message) {
        assertThat(SessionResponse.fromJson(message.toJson())).isEqualTo(message);
    }

    @Property
    void photoUploadStatus(@ForAll("photoUploads") PhotoUploadStatus message) {
        assertThat(PhotoUploadStatus.fromJson(message.toJson())).isEqualTo(message);
    }

    @Property
    void mutation_equalsAndHashesLikeItsCopyFromJson(@ForAll("pushRequests") PushRequest request) {
        for (Mutation mutation : request.mutations()) {
            Mutation read = Mutation.fromJson(mutation.toJson());
            assertThat(read).isEqualTo(mutation);
            assertThat(read.hashCode()).isEqualTo(mutation.hashCode());
        }
    }

    @Provide
    Arbitrary<PushRequest> pushRequests() {
        return SyncArbitraries.pushRequests();
    }

    @Provide
    Arbitrary<PushResponse> pushResponses() {
        return SyncArbitraries.pushResponses();
    }

    @Provide
    Arbitrary<PullRequest> pullRequests() {
        return SyncArbitraries.pullRequests();
    }

    @Provide
    Arbitrary<PullResponse> pullResponses() {
        return SyncArbitraries.pullResponses();
    }

    @Provide
    Arbitrary<ErrorBody> errorBodies() {
        return SyncArbitraries.errorBodies();
    }

    @Provide
    Arbitrary<DeviceStatus> deviceStatuses() {
        return SyncArbitraries.deviceStatuses();
    }

    @Provide
    Arbitrary<EnrolRequest> enrolRequests() {
        return SyncArbitraries.enrolRequests();
    }

    @Provide
    Arbitrary<EnrolResponse> enrolResponses() {
        return SyncArbitraries.enrolResponses();
    }

    @Provide
    Arbitrary<PinSignInRequest> pinSignIns() {
        return SyncArbitraries.pinSignIns();
    }

    @Provide
    Arbitrary<SessionResponse> sessionResponses() {
        return SyncArbitraries.sessionResponses();
    }

    @Provide
    Arbitrary<PhotoUploadStatus> photoUploads() {
        return SyncArbitraries.photoUploads();
    }
}
