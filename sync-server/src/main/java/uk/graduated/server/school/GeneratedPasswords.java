package uk.graduated.server.school;

import java.security.SecureRandom;

/**
 * A first password for a new SENCO, easy to copy from a terminal: 20 characters from an alphabet
 * without look-alikes (about 99 bits), in groups of five such as {@code k7qfm-9zd2t-xwr4h-bn6pc}.
 */
final class GeneratedPasswords {
    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
    private static final int GROUPS = 4;
    private static final int GROUP_LENGTH = 5;
    private static final SecureRandom RANDOM = new SecureRandom();

    private GeneratedPasswords() {
    }

    static String generate() {
        StringBuilder password = new StringBuilder();
        for (int group = 0; group < GROUPS; group++) {
            if (group > 0) {
                password.append('-');
            }
            for (int i = 0; i < GROUP_LENGTH; i++) {
                password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
            }
        }
        return password.toString();
    }
}
