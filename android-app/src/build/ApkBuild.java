import com.android.apksig.ApkSigner;
import com.android.tools.r8.CompilationMode;
import com.android.tools.r8.D8;
import com.android.tools.r8.D8Command;
import com.android.tools.r8.OutputMode;
import com.android.tools.r8.JdkClassFileProvider;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * The two steps of the APK build that Maven has no plugin for (see docs/adr/0001). Run by the
 * android-app pom as a single-file Java program, with r8 and apksig on its class path:
 *
 * <pre>
 * java ApkBuild.java extract-aars AAR_DIR CLASSES_DIR
 * java ApkBuild.java package RES_APK CLASSES_DIR CLASSPATH_FILE ANDROID_JAR KEYSTORE OUT_APK
 * </pre>
 */
public final class ApkBuild {
    private static final int MIN_SDK = 26;
    private static final String KEY_ALIAS = "androiddebugkey";
    private static final char[] KEY_PASSWORD = "android".toCharArray();

    public static void main(String[] args) throws Exception {
        if (args.length == 3 && args[0].equals("extract-aars")) {
            extractAars(Paths.get(args[1]), Paths.get(args[2]));
        } else if (args.length == 7 && args[0].equals("package")) {
            packageApk(Paths.get(args[1]), Paths.get(args[2]), Paths.get(args[3]), Paths.get(args[4]),
                    Paths.get(args[5]), Paths.get(args[6]));
        } else {
            System.err.println("usage: ApkBuild extract-aars AAR_DIR CLASSES_DIR | package RES_APK CLASSES_DIR"
                    + " CLASSPATH_FILE ANDROID_JAR KEYSTORE OUT_APK");
            System.exit(2);
        }
    }

    /**
     * Maven cannot put an aar on a class path, so the classes of every aar (its classes.jar and
     * libs/*.jar) are unpacked into the module's classes folder: javac, Robolectric and D8 all read
     * that folder, and the classes end up in the APK as they must.
     */
    static void extractAars(Path aarDir, Path classesDir) throws IOException {
        List<Path> aars;
        try (Stream<Path> files = Files.list(aarDir)) {
            aars = files.filter(p -> p.toString().endsWith(".aar")).sorted().collect(Collectors.toList());
        }
        int classes = 0;
        for (Path aar : aars) {
            try (ZipFile zip = new ZipFile(aar.toFile())) {
                for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
                    ZipEntry entry = e.nextElement();
                    String name = entry.getName();
                    if (name.equals("classes.jar") || (name.startsWith("libs/") && name.endsWith(".jar"))) {
                        try (ZipInputStream inner = new ZipInputStream(zip.getInputStream(entry))) {
                            classes += unpackClasses(inner, classesDir);
                        }
                    }
                }
            }
        }
        System.out.println("ApkBuild: " + classes + " classes of " + aars.size() + " aars unpacked into " + classesDir);
    }

    private static int unpackClasses(ZipInputStream in, Path classesDir) throws IOException {
        int count = 0;
        for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
            String name = entry.getName();
            if (entry.isDirectory() || !name.endsWith(".class") || name.startsWith("META-INF/")) {
                continue;
            }
            Path target = classesDir.resolve(name).normalize();
            if (!target.startsWith(classesDir)) {
                throw new IOException("aar entry escapes the classes folder: " + name);
            }
            Files.createDirectories(target.getParent());
            Files.copy(in, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            count++;
        }
        return count;
    }

    static void packageApk(Path resApk, Path classesDir, Path classpathFile, Path androidJar,
                           Path keystore, Path outApk) throws Exception {
        Path work = outApk.getParent().resolve("apk-work");
        deleteRecursively(work);
        Path dexDir = Files.createDirectories(work.resolve("dex"));

        List<Path> program = new ArrayList<>();
        program.add(jarDirectory(classesDir, work.resolve("app-classes.jar")));
        for (String entry : Files.readString(classpathFile).trim().split(java.io.File.pathSeparator)) {
            if (entry.isBlank()) {
                continue;
            }
            Path path = Paths.get(entry);
            // Inside a reactor build a sibling module arrives as its classes folder, not a jar.
            program.add(Files.isDirectory(path) ? jarDirectory(path, work.resolve(path.getParent().getParent().getFileName() + ".jar")) : path);
        }
        long start = System.nanoTime();
        D8.run(D8Command.builder()
                .addProgramFiles(program)
                .addLibraryFiles(androidJar)
                .addLibraryResourceProvider(JdkClassFileProvider.fromSystemJdk())
                .setMinApiLevel(MIN_SDK)
                .setMode(CompilationMode.RELEASE)
                .setOutput(dexDir, OutputMode.DexIndexed)
                .build());
        System.out.printf("ApkBuild: dexed %d inputs in %.1f s%n", program.size(), (System.nanoTime() - start) / 1e9);

        Path unsigned = work.resolve("unsigned.apk");
        assemble(resApk, dexDir, unsigned);
        sign(unsigned, keystore, outApk);
        System.out.printf("ApkBuild: signed %s (%.2f MB)%n", outApk, Files.size(outApk) / 1_048_576.0);
    }

    /** D8 takes jars, not directories. */
    private static Path jarDirectory(Path dir, Path jar) throws IOException {
        List<Path> classes;
        try (Stream<Path> files = Files.walk(dir)) {
            classes = files.filter(p -> p.toString().endsWith(".class")).sorted().collect(Collectors.toList());
        }
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(jar))) {
            for (Path file : classes) {
                out.putNextEntry(new ZipEntry(dir.relativize(file).toString().replace('\\', '/')));
                Files.copy(file, out);
                out.closeEntry();
            }
        }
        return jar;
    }

    /** The resources from aapt2 keep their compression (resources.arsc must stay STORED); dex files follow. */
    private static void assemble(Path resApk, Path dexDir, Path outApk) throws IOException {
        try (ZipFile res = new ZipFile(resApk.toFile());
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(outApk))) {
            for (Enumeration<? extends ZipEntry> e = res.entries(); e.hasMoreElements(); ) {
                ZipEntry entry = e.nextElement();
                try (InputStream in = res.getInputStream(entry)) {
                    writeEntry(out, entry.getName(), in.readAllBytes(), entry.getMethod() == ZipEntry.STORED);
                }
            }
            try (DirectoryStream<Path> dexes = Files.newDirectoryStream(dexDir, "classes*.dex")) {
                List<Path> sorted = new ArrayList<>();
                dexes.forEach(sorted::add);
                sorted.sort(null);
                for (Path dex : sorted) {
                    writeEntry(out, dex.getFileName().toString(), Files.readAllBytes(dex), false);
                }
            }
        }
    }

    private static void writeEntry(ZipOutputStream out, String name, byte[] bytes, boolean stored) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        if (stored) {
            CRC32 crc = new CRC32();
            crc.update(bytes);
            entry.setMethod(ZipEntry.STORED);
            entry.setSize(bytes.length);
            entry.setCompressedSize(bytes.length);
            entry.setCrc(crc.getValue());
        }
        out.putNextEntry(entry);
        out.write(bytes);
        out.closeEntry();
    }

    /** Signs with APK signature schemes v2 and v3 (min SDK 26 needs no v1); apksig also aligns. */
    private static void sign(Path unsigned, Path keystore, Path outApk) throws Exception {
        if (!Files.exists(keystore)) {
            createDebugKeystore(keystore);
        }
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keystore)) {
            store.load(in, KEY_PASSWORD);
        }
        PrivateKey key = (PrivateKey) store.getKey(KEY_ALIAS, KEY_PASSWORD);
        X509Certificate cert = (X509Certificate) store.getCertificate(KEY_ALIAS);
        ApkSigner.SignerConfig signer = new ApkSigner.SignerConfig.Builder("graduated", key, List.of(cert)).build();
        Files.deleteIfExists(outApk);
        new ApkSigner.Builder(List.of(signer))
                .setInputApk(unsigned.toFile())
                .setOutputApk(outApk.toFile())
                .setMinSdkVersion(MIN_SDK)
                .setV1SigningEnabled(false)
                .setV2SigningEnabled(true)
                .setV3SigningEnabled(true)
                .build()
                .sign();
    }

    /** Like the Android SDK, a debug key is made on first use; a release key is a deliberate, separate act. */
    private static void createDebugKeystore(Path keystore) throws IOException, InterruptedException {
        Files.createDirectories(keystore.toAbsolutePath().getParent());
        Path keytool = Paths.get(System.getProperty("java.home"), "bin", "keytool");
        Process p = new ProcessBuilder(keytool.toString(), "-genkeypair", "-keystore", keystore.toString(),
                "-storetype", "PKCS12", "-storepass", "android", "-keypass", "android", "-alias", KEY_ALIAS,
                "-keyalg", "RSA", "-keysize", "2048", "-validity", "10000",
                "-dname", "CN=Graduated Debug,O=Graduated,C=GB")
                .redirectErrorStream(true).start();
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        p.getInputStream().transferTo(output);
        if (p.waitFor() != 0) {
            throw new IOException("keytool failed: " + output);
        }
        System.out.println("ApkBuild: created debug signing key " + keystore);
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted((a, b) -> b.compareTo(a)).collect(Collectors.toList())) {
                Files.delete(p);
            }
        }
    }

    private ApkBuild() {
    }
}
