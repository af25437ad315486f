package io.rotordream.webrtc.server.internal;

import java.io.IOException;
import java.util.Hashtable;

import org.bouncycastle.tls.AlertDescription;
import org.bouncycastle.tls.Certificate;
import org.bouncycastle.tls.CertificateRequest;
import org.bouncycastle.tls.CipherSuite;
import org.bouncycastle.tls.DefaultTlsClient;
import org.bouncycastle.tls.ExporterLabel;
import org.bouncycastle.tls.HashAlgorithm;
import org.bouncycastle.tls.ProtocolVersion;
import org.bouncycastle.tls.SignatureAlgorithm;
import org.bouncycastle.tls.SignatureAndHashAlgorithm;
import org.bouncycastle.tls.TlsAuthentication;
import org.bouncycastle.tls.TlsCredentials;
import org.bouncycastle.tls.TlsFatalAlert;
import org.bouncycastle.tls.TlsSRTPUtils;
import org.bouncycastle.tls.TlsServerCertificate;
import org.bouncycastle.tls.UseSRTPData;
import org.bouncycastle.tls.crypto.TlsCryptoParameters;
import org.bouncycastle.tls.crypto.impl.jcajce.JcaDefaultTlsCredentialedSigner;
import org.bouncycastle.tls.crypto.impl.jcajce.JcaTlsCrypto;

import io.rotordream.webrtc.server.internal.dtls.DtlsCertificate;
import io.rotordream.webrtc.server.internal.srtp.SrtpProfile;

/** The browser's side of DTLS-SRTP, for tests: a DTLS 1.2 client with its own ECDSA certificate. */
final class TestDtlsClient extends DefaultTlsClient {

    private final JcaTlsCrypto crypto;
    private final DtlsCertificate identity;
    private final String serverFingerprint;
    private final int[] profiles;
    SrtpProfile selected;
    byte[] keyingMaterial;

    TestDtlsClient(JcaTlsCrypto crypto, DtlsCertificate identity, String serverFingerprint, int... profiles) {
        super(crypto);
        this.crypto = crypto;
        this.identity = identity;
        this.serverFingerprint = serverFingerprint;
        this.profiles = profiles;
    }

    @Override
    protected ProtocolVersion[] getSupportedVersions() {
        return ProtocolVersion.DTLSv12.only();
    }

    @Override
    protected int[] getSupportedCipherSuites() {
        return new int[] { CipherSuite.TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256 };
    }

    @Override
    @SuppressWarnings({ "rawtypes", "unchecked" })
    public Hashtable getClientExtensions() throws IOException {
        Hashtable ext = super.getClientExtensions();
        TlsSRTPUtils.addUseSRTPExtension(ext, new UseSRTPData(profiles, new byte[0]));
        return ext;
    }

    @Override
    @SuppressWarnings("rawtypes")
    public void processServerExtensions(Hashtable serverExtensions) throws IOException {
        super.processServerExtensions(serverExtensions);
        UseSRTPData d = TlsSRTPUtils.getUseSRTPExtension(serverExtensions);
        selected = d == null ? null : SrtpProfile.byId(d.getProtectionProfiles()[0]);
    }

    @Override
    public TlsAuthentication getAuthentication() {
        return new TlsAuthentication() {
            @Override
            public void notifyServerCertificate(TlsServerCertificate sc) throws IOException {
                String got = DtlsCertificate.fingerprint("sha-256", sc.getCertificate().getCertificateAt(0).getEncoded());
                if (!got.equals(serverFingerprint)) {
                    throw new TlsFatalAlert(AlertDescription.bad_certificate);
                }
            }

            @Override
            public TlsCredentials getClientCredentials(CertificateRequest request) throws IOException {
                try {
                    Certificate chain = new Certificate(new org.bouncycastle.tls.crypto.TlsCertificate[] {
                            crypto.createCertificate(identity.certificate.getEncoded()) });
                    return new JcaDefaultTlsCredentialedSigner(new TlsCryptoParameters(context), crypto,
                            identity.privateKey, chain,
                            new SignatureAndHashAlgorithm(HashAlgorithm.sha256, SignatureAlgorithm.ecdsa));
                } catch (java.security.cert.CertificateEncodingException e) {
                    throw new IOException(e);
                }
            }
        };
    }

    @Override
    public void notifyHandshakeComplete() throws IOException {
        super.notifyHandshakeComplete();
        keyingMaterial = context.exportKeyingMaterial(ExporterLabel.dtls_srtp, null,
                2 * (selected.keyLength + selected.saltLength));
    }
}
