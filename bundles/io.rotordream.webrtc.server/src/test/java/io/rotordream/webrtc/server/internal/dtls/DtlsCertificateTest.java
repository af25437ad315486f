package io.rotordream.webrtc.server.internal.dtls;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class DtlsCertificateTest {

    @Rule
    public final TemporaryFolder tmp = new TemporaryFolder();

    @Test
    public void createdOnceKeptOwnerOnlyAndReloadedWithTheSameFingerprint() throws Exception {
        Path dir = tmp.newFolder().toPath();
        DtlsCertificate first = DtlsCertificate.loadOrCreate(dir);
        assertEquals("EC", first.privateKey.getAlgorithm());
        assertEquals("SHA256withECDSA", first.certificate.getSigAlgName());
        assertTrue(first.fingerprint.matches("([0-9A-F]{2}:){31}[0-9A-F]{2}"));
        assertEquals("rw-------", PosixFilePermissions.toString(
                Files.getPosixFilePermissions(dir.resolve(DtlsCertificate.KEY_FILE))));
        DtlsCertificate again = DtlsCertificate.loadOrCreate(dir);
        assertEquals(first.fingerprint, again.fingerprint);
        Files.write(dir.resolve(DtlsCertificate.KEY_FILE), new byte[] { 1, 2, 3 });
        DtlsCertificate replaced = DtlsCertificate.loadOrCreate(dir);
        assertTrue("an unreadable identity is replaced", !replaced.fingerprint.equals(first.fingerprint));
    }

    @Test
    public void theBackgroundLoadGivesTheKeptIdentityAndAFailureNamesItsCause() throws Exception {
        Path dir = tmp.newFolder().toPath();
        DtlsCertificate kept = DtlsCertificate.loadOrCreate(dir);
        assertEquals(kept.fingerprint, DtlsIdentity.loadOrCreateInBackground(dir).get().fingerprint);
        Path notADirectory = tmp.newFile().toPath();
        IllegalStateException e = org.junit.Assert.assertThrows(IllegalStateException.class,
                () -> DtlsIdentity.loadOrCreateInBackground(notADirectory).get());
        assertTrue(e.getMessage(), e.getMessage().startsWith("the DTLS certificate could not be loaded or created: "));
    }
}
