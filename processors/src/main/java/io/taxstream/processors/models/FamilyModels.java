package io.taxstream.processors.models;

import io.taxstream.processors.llm.Family;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Each family's models, largest first: the primary, then a smaller, faster secondary. */
public final class FamilyModels {

    private final Map<Family, List<String>> models = new EnumMap<>(Family.class);

    public FamilyModels(Map<Family, List<String>> models) {
        for (Family f : Family.values()) {
            List<String> list = models.getOrDefault(f, List.of());
            this.models.put(f, List.copyOf(new LinkedHashSet<>(list.stream().filter(m -> !m.isBlank()).toList())));
        }
    }

    /** A family's models, primary first. */
    public List<String> of(Family family) {
        return models.get(family);
    }

    /** Every configured model once. */
    public Set<String> all() {
        Set<String> out = new LinkedHashSet<>();
        models.values().forEach(out::addAll);
        return out;
    }

    /** The role of a model for the dashboard: {@code form16 primary}, {@code general secondary}, ... */
    public List<String> roles(String model) {
        List<String> out = new ArrayList<>();
        models.forEach((family, list) -> {
            int i = list.indexOf(model);
            if (i >= 0) {
                out.add(family.slug() + (i == 0 ? " primary" : " secondary"));
            }
        });
        return out;
    }
}
