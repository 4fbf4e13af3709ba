package uk.graduated.server.device;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.Locale;

/**
 * One-time enrolment codes: 8 characters from an alphabet without look-alikes (no 0/O, 1/I/L),
 * about 40 bits, shown as {@code ABCD-2345}. Valid for 15 minutes and for one enrolment; stored only
 * as the SHA-256 of the normalised code. Guessing is held back by the per-address limit on wrong
 * codes, which leaves an attacker a vanishing chance within a code's 15 minutes.
 */
public final class EnrolmentCodes {
    static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    static final int LENGTH = 8;
    public static final Duration LIFETIME = Duration.ofMinutes(15);
    private static final SecureRandom RANDOM = new SecureRandom();

    private EnrolmentCodes() {
    }

    /** A new code, normalised (no dash). */
    static String generate() {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** As a person reads and types it: {@code ABCD-2345}. */
    static String display(String code) {
        return code.substring(0, LENGTH / 2) + "-" + code.substring(LENGTH / 2);
    }

    /** What was typed, with case, spaces and dashes ignored as the protocol says. */
    static String normalise(String typed) {
        return typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    }
}
