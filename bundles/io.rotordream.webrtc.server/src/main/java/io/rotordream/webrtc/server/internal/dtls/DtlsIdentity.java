package io.rotordream.webrtc.server.internal.dtls;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/**
 * The server's DTLS certificate, loaded or created on a thread of its own. A first start creates
 * it (EC key pair, self-signed certificate: ~0.1 s of CPU here), and the server is activated on
 * the start-level thread that readiness waits for; nothing needs the certificate before the first
 * WHEP offer, which waits for it.
 */
public final class DtlsIdentity {

    private final CompletableFuture<DtlsCertificate> certificate;

    private DtlsIdentity(CompletableFuture<DtlsCertificate> certificate) {
        this.certificate = certificate;
    }

    /** Starts {@link DtlsCertificate#loadOrCreate} on a daemon thread. */
    public static DtlsIdentity loadOrCreateInBackground(Path dir) {
        CompletableFuture<DtlsCertificate> f = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            try {
                f.complete(DtlsCertificate.loadOrCreate(dir));
            } catch (Exception | LinkageError e) {
                f.completeExceptionally(e);
            }
        }, "rotordream-webrtc-identity");
        t.setDaemon(true);
        t.start();
        return new DtlsIdentity(f);
    }

    public static DtlsIdentity of(DtlsCertificate certificate) {
        return new DtlsIdentity(CompletableFuture.completedFuture(certificate));
    }

    /**
     * Waits for the certificate.
     *
     * @throws IllegalStateException naming why it could not be loaded or created
     */
    public DtlsCertificate get() {
        try {
            return certificate.join();
        } catch (CompletionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new IllegalStateException("the DTLS certificate could not be loaded or created: " + cause, cause);
        }
    }

    /** Runs one of the two when the certificate is there or has failed (for the log). */
    public void whenDone(Consumer<DtlsCertificate> ready, Consumer<Throwable> failed) {
        certificate.whenComplete((c, e) -> {
            if (e == null) {
                ready.accept(c);
            } else {
                failed.accept(e);
            }
        });
    }

    /**
     * Waits, bounded, for an unfinished load or creation: a component deactivated during it must
     * not leave it writing the key and certificate files while its successor reads them.
     */
    public void awaitQuietly(long millis) {
        try {
            certificate.get(millis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            // failed: reported by whenDone; still running after the bound: nothing more to do
        }
    }
}
