package io.rotordream.alerts.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.DefaultValue;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.sse.Sse;
import javax.ws.rs.sse.SseEventSink;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;

import io.rotordream.config.api.ConfigService;
import io.rotordream.rest.api.ApiException;
import io.rotordream.rest.api.Roles;
import io.rotordream.rest.api.RotorDreamResource;

/** Alerts: the active ones, the history, the seed's thresholds, custom rules, notification channels. */
@Component(service = AlertsResource.class, scope = ServiceScope.PROTOTYPE)
@RotorDreamResource
@Path("performance/alerts")
@Produces(MediaType.APPLICATION_JSON)
public final class AlertsResource {

    private static final Pattern RULE_NAME = Pattern.compile("[a-z0-9][a-z0-9_-]{0,39}");
    private static final ObjectMapper FIELDS = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .setSerializationInclusion(JsonInclude.Include.NON_NULL);

    private final AlertsComponent alerts;
    private final ConfigService config;

    @Activate
    public AlertsResource(@Reference AlertsComponent alerts, @Reference ConfigService config) {
        this.alerts = alerts;
        this.config = config;
    }

    /** Pending and firing alerts. */
    @GET
    @RolesAllowed(Roles.VIEWER)
    public Map<String, Object> active() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("timestamp", alerts.now().toString());
        out.put("alerts", alerts.active());
        return out;
    }

    /** State changes, newest first, from the persisted history. */
    @GET
    @Path("history")
    @RolesAllowed(Roles.VIEWER)
    public List<Map<String, Object>> history(@QueryParam("limit") @DefaultValue("100") String limit) {
        int n;
        try {
            n = Integer.parseInt(limit.trim());
        } catch (NumberFormatException e) {
            n = -1;
        }
        if (n < 1 || n > 100_000) {
            throw ApiException.badRequest("limit", "limit must be an integer from 1 to 100000");
        }
        return alerts.history(n);
    }

    @GET
    @Path("config")
    @RolesAllowed(Roles.VIEWER)
    public Map<String, Object> config() {
        return config.effective(ThresholdsConfig.PID);
    }

    /** The seed's thresholds and cooldown; validated, then applied to the built-in rules at once. */
    @PUT
    @Path("config")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.OPERATOR)
    public Map<String, Object> putConfig(AlertRequests.Thresholds body) {
        return config.update(ThresholdsConfig.PID, changes(body));
    }

    /** Every rule, built-in and custom, with its state. */
    @GET
    @Path("rules")
    @RolesAllowed(Roles.VIEWER)
    public List<Map<String, Object>> rules() {
        return alerts.rules();
    }

    /** Creates or changes the custom rule rotordream.alert.rule~{name}. */
    @PUT
    @Path("rules/{name}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.OPERATOR)
    public Map<String, Object> putRule(@PathParam("name") String name, AlertRequests.RuleBody body) {
        return config.update(rulePid(name), changes(body));
    }

    @DELETE
    @Path("rules/{name}")
    @RolesAllowed(Roles.OPERATOR)
    public Response deleteRule(@PathParam("name") String name) {
        if (!config.delete(rulePid(name))) {
            throw ApiException.notFound("no custom alert rule " + name);
        }
        alerts.forget(name);
        return Response.noContent().build();
    }

    /** Webhook settings and each channel's delivery status. */
    @GET
    @Path("notifications")
    @RolesAllowed(Roles.VIEWER)
    public Map<String, Object> notifications() {
        Map<String, Object> out = new LinkedHashMap<>();
        Map<String, Object> settings = new LinkedHashMap<>(config.effective(NotifyConfig.PID));
        Object urls = settings.get("webhook_urls");
        if (urls instanceof String[] all) {
            settings.put("webhook_urls", java.util.Arrays.stream(all).filter(u -> !u.isBlank())
                    .map(WebhookDispatcher::redact).toList());
        }
        out.put("configuration", settings);
        out.putAll(alerts.deliveries());
        return out;
    }

    @PUT
    @Path("notifications")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.OPERATOR)
    public Map<String, Object> putNotifications(AlertRequests.Notify body) {
        config.update(NotifyConfig.PID, changes(body));
        return notifications();
    }

    /** Sends a test notification through every channel. */
    @POST
    @Path("notifications/test")
    @RolesAllowed(Roles.OPERATOR)
    public Response test() {
        return Response.accepted(alerts.test()).build();
    }

    /** Alert notifications as Server-Sent Events ("alert"). */
    @GET
    @Path("stream")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RolesAllowed(Roles.VIEWER)
    public void stream(@Context SseEventSink sink, @Context Sse sse) {
        if (!alerts.openStream(sink, sse)) {
            sink.close(); // a race with the limit filter: the stream ends at once
        }
    }

    private static String rulePid(String name) {
        if (!RULE_NAME.matcher(name).matches()) {
            throw ApiException.badRequest("name", "a rule name is 1 to 40 of a-z, 0-9, _ and -, starting with a letter or digit");
        }
        return RuleConfig.FACTORY_PID + "~" + name;
    }

    private static Map<String, Object> changes(Object body) {
        if (body == null) {
            throw new ApiException(400, "empty_body", null, "a JSON body is required");
        }
        Map<String, Object> m = FIELDS.convertValue(body, new TypeReference<Map<String, Object>>() {
        });
        if (m.isEmpty()) {
            throw new ApiException(400, "empty_body", null, "no field to change");
        }
        return m;
    }
}
