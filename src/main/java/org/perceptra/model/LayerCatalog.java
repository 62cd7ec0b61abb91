package org.perceptra.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.perceptra.model.layers.StandardLayers;

/** All layer kinds the product offers, by id. The palette, the loader and the CLI all look kinds up here. */
public final class LayerCatalog {
    private static final LayerCatalog STANDARD = new LayerCatalog(StandardLayers.all());

    private final Map<String, LayerKind> byId = new LinkedHashMap<>();

    public LayerCatalog(List<LayerKind> kinds) {
        for (LayerKind k : kinds) {
            if (byId.put(k.id(), k) != null) {
                throw new IllegalArgumentException("two layer kinds with id " + k.id());
            }
        }
    }

    public static LayerCatalog standard() {
        return STANDARD;
    }

    public Optional<LayerKind> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** @throws IllegalArgumentException naming the known kinds if there is none with this id */
    public LayerKind get(String id) {
        return find(id).orElseThrow(() -> new IllegalArgumentException(
                "unknown layer kind '" + id + "'; known kinds: " + String.join(", ", byId.keySet())));
    }

    public List<LayerKind> all() {
        return List.copyOf(byId.values());
    }

    public List<String> ids() {
        return List.copyOf(byId.keySet());
    }

    public Map<LayerFamily, List<LayerKind>> byFamily() {
        Map<LayerFamily, List<LayerKind>> out = new java.util.EnumMap<>(LayerFamily.class);
        for (LayerKind k : byId.values()) {
            out.computeIfAbsent(k.family(), f -> new ArrayList<>()).add(k);
        }
        out.replaceAll((f, l) -> Collections.unmodifiableList(l));
        return Collections.unmodifiableMap(out);
    }
}
