package io.rotordream.rest.app.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

import javax.ws.rs.Consumes;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.MultivaluedMap;
import javax.ws.rs.core.StreamingOutput;
import javax.ws.rs.ext.MessageBodyReader;
import javax.ws.rs.ext.MessageBodyWriter;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsMediaType;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.rotordream.rest.api.ApiException;
import io.rotordream.rest.api.RotorDreamExtension;

/** JSON for the API through Jackson, with errors that name the field. */
@Component(service = { MessageBodyReader.class, MessageBodyWriter.class },
        property = "rotordream.extension=json")
@RotorDreamExtension
@JaxrsMediaType(MediaType.APPLICATION_JSON)
@Consumes({ MediaType.APPLICATION_JSON, "application/*+json" })
@Produces({ MediaType.APPLICATION_JSON, "application/*+json" })
public final class JsonProvider implements MessageBodyReader<Object>, MessageBodyWriter<Object> {

    private final ObjectMapper mapper = ObjectMappers.api().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    private static boolean handled(Class<?> type, MediaType mediaType) {
        boolean json = mediaType == null || mediaType.isWildcardType()
                || (mediaType.getType().equals("application") && (mediaType.getSubtype().equals("json")
                        || mediaType.getSubtype().endsWith("+json")));
        return json && type != String.class && type != byte[].class && !InputStream.class.isAssignableFrom(type)
                && !Reader.class.isAssignableFrom(type) && !StreamingOutput.class.isAssignableFrom(type);
    }

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return handled(type, mediaType);
    }

    @Override
    public Object readFrom(Class<Object> type, Type genericType, Annotation[] annotations, MediaType mediaType,
            MultivaluedMap<String, String> httpHeaders, InputStream entityStream) throws IOException {
        byte[] body = entityStream.readAllBytes();
        if (new String(body, java.nio.charset.StandardCharsets.UTF_8).isBlank()) {
            throw new ApiException(400, "empty_body", null, "a JSON request body is required");
        }
        try {
            return mapper.readerFor(mapper.constructType(genericType)).readValue(body);
        } catch (JsonProcessingException e) {
            throw JsonErrors.translate(e);
        }
    }

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return handled(type, mediaType);
    }

    @Override
    public void writeTo(Object value, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
            MultivaluedMap<String, Object> httpHeaders, OutputStream entityStream) throws IOException {
        mapper.writeValue(entityStream, value);
    }
}
