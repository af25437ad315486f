package io.rotordream.streaming.api;

import java.util.List;

import org.osgi.annotation.versioning.ConsumerType;

/** A stream server, registered as a service with the {@link #PROTOCOL} property. */
@ConsumerType
public interface StreamingEndpoint {

    /** Service property: {@code rtsp} or {@code webrtc}. */
    String PROTOCOL = "rotordream.streaming.protocol";

    String protocol();

    /** The mounts served, with the URL a client uses. */
    List<MountInfo> mounts();

    /** Every client session now. */
    List<ClientInfo> clients();

    /**
     * Ends one session at once (its transport closes cleanly).
     *
     * @return whether this server had the session
     */
    boolean endSession(String id);
}
