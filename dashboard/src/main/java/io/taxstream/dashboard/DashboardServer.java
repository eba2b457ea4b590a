package io.taxstream.dashboard;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.config.SizeUnit;
import io.javalin.http.Context;
import io.javalin.json.JavalinJackson;
import io.taxstream.dashboard.access.AccessControl;
import io.taxstream.dashboard.access.ApiError;
import io.taxstream.dashboard.documents.UploadHandler;
import io.taxstream.dashboard.documents.UploadLimits;
import io.taxstream.dashboard.web.DocumentsHandler;
import io.taxstream.dashboard.web.HealthHandler;
import io.taxstream.dashboard.web.OpsHandler;
import io.taxstream.dashboard.web.Pages;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The dashboard and REST API (Javalin). It receives the services it shows in its constructor;
 * starting it does no work beyond binding the port.
 *
 * <pre>
 * GET  /                      overview page (live over SSE)     GET  /health   liveness
 * GET  /documents/{id}        a document's page                 GET  /ready    readiness
 * GET  /api/overview          the overview as JSON              GET  /metrics  Prometheus
 * GET  /api/events            server-sent events                GET  /api/scaling[/{group}]
 * GET  /api/documents/{id}    status and result as JSON         POST /api/documents (token)
 * GET  /internal/stores/{store}/{id}   this instance's stores, for the other instances
 * </pre>
 */
public final class DashboardServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(DashboardServer.class);

    private final Javalin app;

    public DashboardServer(DashboardServices services, DashboardSettings settings) {
        AccessControl access = new AccessControl(settings.tokens(), settings.openNetworks());
        HealthHandler health = new HealthHandler(services.readiness());
        Pages pages = new Pages(services.overview());
        DocumentsHandler documents = new DocumentsHandler(services.documents(), services.local());
        UploadHandler uploads = new UploadHandler(services.sink(),
                new UploadLimits(settings.maxFileBytes(), settings.maxRequestBytes(), settings.maxFiles()));
        OpsHandler ops = new OpsHandler(services.scaling(), services.metrics());
        this.app = Javalin.create(config -> {
            configure(config, settings);
            config.routes.before(access::check);
            config.routes.exception(ApiError.class, DashboardServer::refuse);
            config.routes.exception(Exception.class, DashboardServer::fail);

            config.routes.get("/health", health::live);
            config.routes.get("/ready", health::ready);

            config.routes.get("/", pages::index);
            config.routes.get("/assets/{file}", pages::asset);
            config.routes.get("/api/overview", pages::overviewJson);
            config.routes.sse("/api/events", services.events()::subscribe);

            config.routes.get("/documents/<id>", documents::page);
            config.routes.get("/api/documents/<id>", documents::json);
            config.routes.post("/api/documents", uploads::upload);
            config.routes.get("/internal/stores/{store}/<id>", documents::internal);

            config.routes.get("/api/scaling", ops::scaling);
            config.routes.get("/api/scaling/{group}", ops::scalingOfGroup);
            config.routes.get("/metrics", ops::metrics);
        });
    }

    private static void configure(JavalinConfig config, DashboardSettings settings) {
        config.startup.showJavalinBanner = false;
        config.jsonMapper(new JavalinJackson(Json.MAPPER, false));
        // uploads stay in memory up to the file limit: tax documents are not left in a temp folder.
        // Jetty enforces only the request limit; the per-file limit is checked by the upload
        // handler, which can name the file and the limit in its 413.
        config.jetty.multipartConfig.maxFileSize(settings.maxRequestBytes(), SizeUnit.BYTES);
        config.jetty.multipartConfig.maxTotalRequestSize(settings.maxRequestBytes(), SizeUnit.BYTES);
        config.jetty.multipartConfig.maxInMemoryFileSize((int) Math.min(Integer.MAX_VALUE, settings.maxFileBytes()), SizeUnit.BYTES);
    }

    /** Javalin itself, for {@code JavalinTest}. */
    public Javalin app() {
        return app;
    }

    public DashboardServer start(int port) {
        app.start(port);
        return this;
    }

    public int port() {
        return app.port();
    }

    private static void refuse(ApiError e, Context ctx) {
        if (e.challenge() != null) {
            ctx.header("WWW-Authenticate", e.challenge());
        }
        ctx.status(e.status()).json(Map.of("error", e.getMessage()));
    }

    private static void fail(Exception e, Context ctx) {
        // the path may hold a document id and the message may quote input: both are redacted
        log.error("{} {} failed: {}", ctx.method(), SafeText.text(ctx.path()), SafeText.text(e.toString()));
        ctx.status(500).json(Map.of("error", "internal error"));
    }

    @Override
    public void close() {
        app.stop();
    }
}
