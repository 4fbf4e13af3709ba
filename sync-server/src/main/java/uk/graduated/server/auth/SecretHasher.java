package uk.graduated.server.auth;

import com.password4j.Argon2Function;
import com.password4j.SaltGenerator;
import com.password4j.types.Argon2;
import java.nio.charset.StandardCharsets;

/**
 * Argon2id for the secrets a person chooses (passwords and PINs), with OWASP's baseline for
 * Argon2id: 19 MiB of memory, 2 passes, 1 lane, a 32-byte hash and a random 16-byte salt. The
 * parameters travel inside each stored hash ({@code $argon2id$v=19$m=19456,t=2,p=1$...}), so raising
 * them later still verifies the older hashes.
 *
 * <p>A PIN has at most a million values, so no hash protects it from someone holding the database;
 * what protects it is the lockout after 5 wrong tries. Hashing it still keeps it out of plain sight.
 */
public final class SecretHasher {
    static final int MEMORY_KIB = 19 * 1024;
    static final int ITERATIONS = 2;
    static final int PARALLELISM = 1;
    static final int HASH_BYTES = 32;
    static final int SALT_BYTES = 16;
    private static final Argon2Function ARGON2ID =
            Argon2Function.getInstance(MEMORY_KIB, ITERATIONS, PARALLELISM, HASH_BYTES, Argon2.ID,
                    Argon2Function.ARGON2_VERSION_13);

    /** Checked when there is no account, so "no such person" takes as long as "wrong password". */
    private final String decoy = hash("decoy secret, never a real one");

    /** The PHC-format hash of {@code secret}, with a fresh salt. */
    public String hash(CharSequence secret) {
        return ARGON2ID.hash(secret.toString().getBytes(StandardCharsets.UTF_8), SaltGenerator.generate(SALT_BYTES))
                .getResult();
    }

    /** Whether {@code secret} matches {@code storedHash}; a null hash (none set) does the same work and fails. */
    public boolean matches(CharSequence secret, String storedHash) {
        if (storedHash == null) {
            ARGON2ID.check(secret, decoy);
            return false;
        }
        return Argon2Function.getInstanceFromHash(storedHash).check(secret, storedHash);
    }
}
