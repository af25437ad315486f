package io.rotordream.rtsp.server.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.osgi.service.metatype.annotations.Option;

/**
 * One RTSP viewer, a factory configuration rotordream.streaming.rtsp.user~NAME holding only the
 * digest hashes HA1 = H(NAME:REALM:PASSWORD), never the password.
 */
@ObjectClassDefinition(name = "RotorDream RTSP user",
        description = "A viewer of the RTSP streams. Set the password with PUT /api/streaming/rtsp/users/NAME.")
public @interface RtspUserConfig {
    String FACTORY_PID = "rotordream.streaming.rtsp.user";

    @AttributeDefinition(options = { @Option(value = "viewer"), @Option(value = "operator"), @Option(value = "admin") })
    String role() default "viewer";

    @AttributeDefinition(required = false, description = "Hex MD5 of NAME:REALM:PASSWORD (RFC 2617 HA1).")
    String ha1__md5() default "";

    @AttributeDefinition(required = false, description = "Hex SHA-256 of NAME:REALM:PASSWORD (RFC 7616 HA1).")
    String ha1__sha256() default "";
}
