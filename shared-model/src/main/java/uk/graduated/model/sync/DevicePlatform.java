package uk.graduated.model.sync;

import java.util.Optional;

/** The kind of device that enrols, for support and for the console's device list. */
public enum DevicePlatform {
    ANDROID("android");

    private final String code;

    DevicePlatform(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<DevicePlatform> fromCode(String code) {
        return Codes.find(values(), DevicePlatform::code, code);
    }

    public static String allowedCodes() {
        return Codes.allowed(values(), DevicePlatform::code);
    }
}
