package io.rotordream.webrtc.server.internal.dtls;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HexFormat;
import java.util.Locale;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

import io.rotordream.platform.api.AtomicFiles;

/**
 * The server's DTLS identity: an ECDSA P-256 key and a self-signed certificate, created on first
 * start and kept in the state directory (the key owner-only) so the fingerprint stays the same
 * across restarts. WebRTC authenticates it by the fingerprint in the SDP (RFC 8122), not by a CA.
 */
public final class DtlsCertificate {

    static final String KEY_FILE = "dtls-key.der";
    static final String CERT_FILE = "dtls-cert.der";
    private static final Duration VALIDITY = Duration.ofDays(365);

    public final PrivateKey privateKey;
    public final X509Certificate certificate;
    /** SHA-256 of the DER certificate, upper-case hex pairs joined by colons. */
    public final String fingerprint;

    private DtlsCertificate(PrivateKey privateKey, X509Certificate certificate) {
        this.privateKey = privateKey;
        this.certificate = certificate;
        try {
            this.fingerprint = fingerprint("sha-256", certificate.getEncoded());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Loads the persisted identity, or creates and persists one when missing, unreadable or expiring. */
    public static DtlsCertificate loadOrCreate(Path dir) throws IOException {
        Path keyFile = dir.resolve(KEY_FILE);
        Path certFile = dir.resolve(CERT_FILE);
        if (Files.isRegularFile(keyFile) && Files.isRegularFile(certFile)) {
            try {
                PrivateKey key = KeyFactory.getInstance("EC")
                        .generatePrivate(new PKCS8EncodedKeySpec(Files.readAllBytes(keyFile)));
                X509Certificate cert = (X509Certificate) CertificateFactory.getInstance("X.509")
                        .generateCertificate(new ByteArrayInputStream(Files.readAllBytes(certFile)));
                if (cert.getNotAfter().toInstant().isAfter(Instant.now().plus(Duration.ofDays(7)))) {
                    return new DtlsCertificate(key, cert);
                }
            } catch (GeneralSecurityException | RuntimeException e) {
                // unreadable: make a new one below
            }
        }
        DtlsCertificate created = create();
        try {
            AtomicFiles.write(keyFile, created.privateKey.getEncoded(), AtomicFiles.OWNER_ONLY);
            AtomicFiles.write(certFile, created.certificate.getEncoded());
        } catch (GeneralSecurityException e) {
            throw new IOException(e);
        }
        return created;
    }

    public static DtlsCertificate create() {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
            g.initialize(new ECGenParameterSpec("secp256r1"), new SecureRandom());
            KeyPair pair = g.generateKeyPair();
            Instant now = Instant.now();
            X500Name name = new X500Name("CN=rotordream-webrtc");
            X509v3CertificateBuilder b = new JcaX509v3CertificateBuilder(name,
                    new BigInteger(63, new SecureRandom()), Date.from(now.minus(Duration.ofDays(1))),
                    Date.from(now.plus(VALIDITY)), name, pair.getPublic());
            byte[] der = b.build(new JcaContentSignerBuilder("SHA256withECDSA").build(pair.getPrivate())).getEncoded();
            X509Certificate cert = (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(der));
            return new DtlsCertificate(pair.getPrivate(), cert);
        } catch (GeneralSecurityException | OperatorCreationException | IOException e) {
            throw new IllegalStateException("cannot create the DTLS certificate", e);
        }
    }

    /** RFC 8122 §5: hash of the DER certificate as upper-case hex pairs joined by colons. */
    public static String fingerprint(String algorithm, byte[] der) {
        String jca = switch (algorithm.toLowerCase(Locale.ROOT)) {
            case "sha-1" -> "SHA-1";
            case "sha-256" -> "SHA-256";
            case "sha-384" -> "SHA-384";
            case "sha-512" -> "SHA-512";
            default -> throw new IllegalArgumentException("unsupported fingerprint hash " + algorithm);
        };
        try {
            byte[] h = MessageDigest.getInstance(jca).digest(der);
            return HexFormat.ofDelimiter(":").withUpperCase().formatHex(h);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
