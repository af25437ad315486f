package io.rotordream.system.rest.internal;

import java.util.List;

/** What {@code GET /api/health} answers. */
public final class HealthReport {
    /** {@code UP} or {@code DOWN}. */
    public final String status;
    public final int components;
    public final int resources;
    /** Why the appliance is not ready; empty when up. */
    public final List<String> problems;

    HealthReport(int components, int resources, List<String> problems) {
        this.status = problems.isEmpty() ? "UP" : "DOWN";
        this.components = components;
        this.resources = resources;
        this.problems = List.copyOf(problems);
    }

    boolean up() {
        return problems.isEmpty();
    }
}
