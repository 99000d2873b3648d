package org.ascend.e2e;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.zip.GZIPInputStream;

import com.sun.net.httpserver.HttpServer;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;

/**
 * Every span the platform's processes export while the e2e tests run, kept in memory: a minimal OTLP/HTTP receiver
 * ({@code POST /v1/traces}, protobuf) the services are pointed at through the standard exporter setting, as a
 * deployment points them at its collector.
 */
final class TraceCollector {

    /** One exported span: the process that made it (its service.name), its trace, and what it was. */
    record ExportedSpan(String service, String traceId, String spanId, String parentSpanId, String name, String kind) {
    }

    static final int PORT = 14318;
    static final String ENDPOINT = "http://127.0.0.1:" + PORT + "/v1/traces";
    static final List<ExportedSpan> SPANS = new CopyOnWriteArrayList<>();
    private static HttpServer server;

    private TraceCollector() {
    }

    static synchronized void start() {
        if (server != null) {
            return;
        }
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", PORT), 0);
        } catch (IOException e) {
            throw new IllegalStateException("Port " + PORT + " is taken: the trace collector of the e2e tests needs it", e);
        }
        server.createContext("/v1/traces", exchange -> {
            try (InputStream body = "gzip".equals(exchange.getRequestHeaders().getFirst("Content-Encoding"))
                    ? new GZIPInputStream(exchange.getRequestBody()) : exchange.getRequestBody()) {
                collect(ExportTraceServiceRequest.parseFrom(body));
                exchange.getResponseHeaders().set("Content-Type", "application/x-protobuf");
                exchange.sendResponseHeaders(200, -1);
            } catch (IOException | RuntimeException e) {
                exchange.sendResponseHeaders(400, -1);
            } finally {
                exchange.close();
            }
        });
        server.start();
    }

    private static void collect(ExportTraceServiceRequest request) {
        HexFormat hex = HexFormat.of();
        for (var resourceSpans : request.getResourceSpansList()) {
            String service = resourceSpans.getResource().getAttributesList().stream()
                    .filter(attribute -> attribute.getKey().equals("service.name"))
                    .map(attribute -> attribute.getValue().getStringValue()).findFirst().orElse("?");
            for (var scopeSpans : resourceSpans.getScopeSpansList()) {
                for (var span : scopeSpans.getSpansList()) {
                    SPANS.add(new ExportedSpan(service, hex.formatHex(span.getTraceId().toByteArray()),
                            hex.formatHex(span.getSpanId().toByteArray()), hex.formatHex(span.getParentSpanId().toByteArray()),
                            span.getName(), span.getKind().name()));
                }
            }
        }
    }
}
