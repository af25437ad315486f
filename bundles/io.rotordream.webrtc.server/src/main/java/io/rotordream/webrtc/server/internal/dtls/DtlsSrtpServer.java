package io.rotordream.webrtc.server.internal.dtls;

import java.io.IOException;
import java.util.Hashtable;
import java.util.List;
import java.util.Vector;

import org.bouncycastle.tls.AlertDescription;
import org.bouncycastle.tls.Certificate;
import org.bouncycastle.tls.CertificateRequest;
import org.bouncycastle.tls.CipherSuite;
import org.bouncycastle.tls.ClientCertificateType;
import org.bouncycastle.tls.DefaultTlsServer;
import org.bouncycastle.tls.ExporterLabel;
import org.bouncycastle.tls.HashAlgorithm;
import org.bouncycastle.tls.ProtocolVersion;
import org.bouncycastle.tls.SignatureAlgorithm;
import org.bouncycastle.tls.SignatureAndHashAlgorithm;
import org.bouncycastle.tls.TlsCredentialedSigner;
import org.bouncycastle.tls.TlsFatalAlert;
import org.bouncycastle.tls.TlsSRTPUtils;
import org.bouncycastle.tls.TlsUtils;
import org.bouncycastle.tls.UseSRTPData;
import org.bouncycastle.tls.crypto.TlsCryptoParameters;
import org.bouncycastle.tls.crypto.impl.jcajce.JcaDefaultTlsCredentialedSigner;
import org.bouncycastle.tls.crypto.impl.jcajce.JcaTlsCrypto;

import io.rotordream.webrtc.server.internal.srtp.SrtpProfile;

/**
 * The DTLS 1.2 server of DTLS-SRTP (RFC 5764): ECDSA credentials only, so ECDHE_ECDSA suites only
 * (BouncyCastle's default suite choice would pick RSA and fail); a client certificate is required
 * and must match the offer's a=fingerprint (RFC 8827 §6.5); use_srtp picks the first profile of
 * ours the client offers; the SRTP master keys are exported per RFC 5764 §4.2.
 */
public final class DtlsSrtpServer extends DefaultTlsServer {

    private static final int[] SUITES = { CipherSuite.TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256,
            CipherSuite.TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384,
            CipherSuite.TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256,
            CipherSuite.TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256, CipherSuite.TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA };

    private final JcaTlsCrypto crypto;
    private final DtlsCertificate identity;
    private final List<SrtpProfile> preference;
    private final String remoteFingerprintAlgorithm;
    private final String remoteFingerprint;
    private SrtpProfile selected;
    private byte[] keyingMaterial;

    /**
     * @param preference profiles in our order of preference
     * @param remoteFingerprint from the offer, upper-case hex with colons
     */
    public DtlsSrtpServer(JcaTlsCrypto crypto, DtlsCertificate identity, List<SrtpProfile> preference,
            String remoteFingerprintAlgorithm, String remoteFingerprint) {
        super(crypto);
        this.crypto = crypto;
        this.identity = identity;
        this.preference = List.copyOf(preference);
        this.remoteFingerprintAlgorithm = remoteFingerprintAlgorithm;
        this.remoteFingerprint = remoteFingerprint;
    }

    /** A handshake that stalls ends instead of holding its thread (the session times out too). */
    @Override
    public int getHandshakeTimeoutMillis() {
        return 10_000;
    }

    @Override
    protected ProtocolVersion[] getSupportedVersions() {
        return ProtocolVersion.DTLSv12.only();
    }

    @Override
    protected int[] getSupportedCipherSuites() {
        return TlsUtils.getSupportedCipherSuites(crypto, SUITES);
    }

    @Override
    protected TlsCredentialedSigner getECDSASignerCredentials() throws IOException {
        Certificate chain = new Certificate(
                new org.bouncycastle.tls.crypto.TlsCertificate[] { crypto.createCertificate(encoded()) });
        return new JcaDefaultTlsCredentialedSigner(new TlsCryptoParameters(context), crypto, identity.privateKey,
                chain, new SignatureAndHashAlgorithm(HashAlgorithm.sha256, SignatureAlgorithm.ecdsa));
    }

    private byte[] encoded() throws IOException {
        try {
            return identity.certificate.getEncoded();
        } catch (java.security.cert.CertificateEncodingException e) {
            throw new IOException(e);
        }
    }

    @Override
    public CertificateRequest getCertificateRequest() {
        Vector<?> algorithms = TlsUtils.getDefaultSupportedSignatureAlgorithms(context);
        return new CertificateRequest(new short[] { ClientCertificateType.ecdsa_sign, ClientCertificateType.rsa_sign },
                algorithms, null);
    }

    @Override
    public void notifyClientCertificate(Certificate clientCertificate) throws IOException {
        if (clientCertificate == null || clientCertificate.isEmpty()) {
            throw new TlsFatalAlert(AlertDescription.certificate_required);
        }
        String got = DtlsCertificate.fingerprint(remoteFingerprintAlgorithm,
                clientCertificate.getCertificateAt(0).getEncoded());
        if (!got.equalsIgnoreCase(remoteFingerprint)) {
            throw new TlsFatalAlert(AlertDescription.bad_certificate);
        }
    }

    @Override
    @SuppressWarnings("rawtypes")
    public void processClientExtensions(Hashtable clientExtensions) throws IOException {
        super.processClientExtensions(clientExtensions);
        UseSRTPData offered = TlsSRTPUtils.getUseSRTPExtension(clientExtensions);
        if (offered == null) {
            throw new TlsFatalAlert(AlertDescription.handshake_failure);
        }
        for (SrtpProfile p : preference) {
            for (int id : offered.getProtectionProfiles()) {
                if (id == p.id) {
                    selected = p;
                    return;
                }
            }
        }
        throw new TlsFatalAlert(AlertDescription.handshake_failure);
    }

    @Override
    @SuppressWarnings({ "rawtypes", "unchecked" })
    public Hashtable getServerExtensions() throws IOException {
        Hashtable ext = super.getServerExtensions();
        if (ext == null) {
            ext = new Hashtable();
        }
        TlsSRTPUtils.addUseSRTPExtension(ext, new UseSRTPData(new int[] { selected.id }, TlsUtils.EMPTY_BYTES));
        return ext;
    }

    @Override
    public void notifyHandshakeComplete() throws IOException {
        super.notifyHandshakeComplete();
        int n = 2 * (selected.keyLength + selected.saltLength);
        keyingMaterial = context.exportKeyingMaterial(ExporterLabel.dtls_srtp, null, n);
    }

    public SrtpProfile selectedProfile() {
        return selected;
    }

    /** RFC 5764 §4.2: client key, server key, client salt, server salt. */
    public byte[] keyingMaterial() {
        return keyingMaterial;
    }
}
