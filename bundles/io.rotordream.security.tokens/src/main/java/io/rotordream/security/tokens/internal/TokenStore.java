package io.rotordream.security.tokens.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import io.rotordream.platform.api.AtomicFiles;

/** The token records in one JSON file, replaced atomically on every change, readable by the owner only. */
final class TokenStore {

    private final Path file;
    private final ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    TokenStore(Path file) {
        this.file = file;
    }

    List<TokenRecord> load() throws IOException {
        if (!Files.exists(file)) {
            return new ArrayList<>();
        }
        return mapper.readValue(file.toFile(), new TypeReference<List<TokenRecord>>() {
        });
    }

    void save(List<TokenRecord> records) throws IOException {
        AtomicFiles.write(file, mapper.writerWithDefaultPrettyPrinter().writeValueAsBytes(records),
                AtomicFiles.OWNER_ONLY);
    }
}
