package io.taxstream.dashboard;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.taxstream.dashboard.documents.DocumentLookup;
import io.taxstream.dashboard.documents.DocumentSink;
import io.taxstream.dashboard.documents.LocalStores;
import io.taxstream.dashboard.health.Readiness;
import io.taxstream.dashboard.ops.ScalingAdvisor;
import io.taxstream.dashboard.web.LiveEvents;
import io.taxstream.dashboard.web.Overview;
import java.util.Optional;

/**
 * The services the dashboard shows and drives, handed to {@link DashboardServer}.
 *
 * @param overview  builds the overview
 * @param events    live updates for open pages
 * @param documents finds a document's status and result
 * @param local     this process's stores, when a worker runs here (answers other instances)
 * @param sink      where uploads go
 * @param scaling   replica recommendations
 * @param metrics   the Prometheus registry behind {@code /metrics}
 * @param readiness what {@code /ready} checks
 */
public record DashboardServices(Overview overview, LiveEvents events, DocumentLookup documents, Optional<LocalStores> local,
                                DocumentSink sink, ScalingAdvisor scaling, PrometheusMeterRegistry metrics,
                                Readiness readiness) {
}
