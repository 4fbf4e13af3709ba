package uk.graduated.app.e2e;

import org.junit.runners.model.FrameworkMethod;
import org.junit.runners.model.InitializationError;
import org.robolectric.RobolectricTestRunner;
import org.robolectric.internal.bytecode.InstrumentationConfiguration;

/**
 * Robolectric with embedded PostgreSQL loaded outside the sandbox: the sandbox's class loader sees
 * the test class path a second time, and the library refuses to start when it finds its binaries twice.
 */
public final class ServerInJvmTestRunner extends RobolectricTestRunner {
    public ServerInJvmTestRunner(Class<?> testClass) throws InitializationError {
        super(testClass);
    }

    @Override
    protected InstrumentationConfiguration createClassLoaderConfig(FrameworkMethod method) {
        return new InstrumentationConfiguration.Builder(super.createClassLoaderConfig(method))
                .doNotAcquirePackage("io.zonky.")
                // Sandboxes are reused by configuration, and packages do not count in its equality; a class does.
                .doNotAcquireClass("io.zonky.test.db.postgres.embedded.EmbeddedPostgres")
                .build();
    }
}
