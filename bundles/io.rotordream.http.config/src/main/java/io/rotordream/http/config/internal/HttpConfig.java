package io.rotordream.http.config.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "RotorDream HTTP",
        description = "Port, bind address, TLS and limits of the HTTP server (REST API, Web Console, player). "
                + "Without this configuration the server listens on the framework property org.osgi.service.http.port (8080).")
public @interface HttpConfig {
    String PID = "rotordream.http";

    @AttributeDefinition(name = "Port", min = "1", max = "65535")
    int port() default 8080;

    @AttributeDefinition(name = "Bind address", description = "0.0.0.0 for every interface, 127.0.0.1 for this host only.")
    String bind__address() default "0.0.0.0";

    @AttributeDefinition(name = "TLS", description = "Serve HTTPS on the port instead of plain HTTP.")
    boolean tls__enabled() default false;

    @AttributeDefinition(name = "Keystore", required = false, description = "PKCS12 or JKS file holding the server key and certificate.")
    String keystore__path() default "";

    @AttributeDefinition(name = "Keystore type", options = { @org.osgi.service.metatype.annotations.Option(value = "PKCS12"),
            @org.osgi.service.metatype.annotations.Option(value = "JKS") })
    String keystore__type() default "PKCS12";

    @AttributeDefinition(name = "Keystore password file", required = false,
            description = "A file (mode 0600) whose first line is the keystore password, so no secret sits in configuration.")
    String keystore__password__file() default "";

    @AttributeDefinition(name = "Idle timeout (ms)", min = "1000", max = "3600000")
    int idle__timeout__ms() default 30000;

    @AttributeDefinition(name = "Largest request header (bytes)", min = "1024", max = "65536")
    int max__header__bytes() default 16384;

    @AttributeDefinition(name = "Worker threads", min = "8", max = "1000",
            description = "Bounds the requests served at once; further connections wait in the accept queue.")
    int max__threads() default 64;
}
