package io.rotordream.alerts.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Where alert notifications go besides the event stream, Event Admin and the log. */
@ObjectClassDefinition(name = "RotorDream alert notifications", description = "Webhooks, their retries, and the alert history's size.")
public @interface NotifyConfig {
    String PID = "rotordream.alert.notify";

    @AttributeDefinition(required = false, description = "http(s) URLs that receive each notification as a JSON POST.")
    String[] webhook__urls() default {};

    @AttributeDefinition(min = "1", max = "50", description = "Attempts per notification before it is given up.")
    int webhook__max__attempts() default 6;

    @AttributeDefinition(min = "10", max = "600000", description = "Wait before the first retry; doubled after each failure.")
    int webhook__backoff__initial__ms() default 1000;

    @AttributeDefinition(min = "10", max = "3600000", description = "Longest wait between retries.")
    int webhook__backoff__max__ms() default 60000;

    @AttributeDefinition(min = "100", max = "60000")
    int webhook__timeout__ms() default 5000;

    @AttributeDefinition(min = "1", max = "10000", description = "Undelivered notifications kept; the oldest are dropped (and counted) beyond.")
    int webhook__queue__size() default 100;

    @AttributeDefinition(min = "10", max = "100000", description = "Alert history entries kept.")
    int history__max__entries() default 1000;

    @AttributeDefinition(min = "0", max = "256", description = "Alert event streams open at once.")
    int sse__max__clients() default 8;
}
