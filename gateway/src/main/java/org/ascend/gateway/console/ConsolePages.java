package org.ascend.gateway.console;

import static org.springframework.web.reactive.function.server.RequestPredicates.GET;
import static org.springframework.web.reactive.function.server.RequestPredicates.HEAD;
import static org.springframework.web.reactive.function.server.RequestPredicates.accept;

import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.RequestPredicate;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * The web console (module web-console) is a single page: its files are static resources on the classpath, and each
 * of its own addresses, opened or reloaded in a browser, gets its index page, which then shows that address's page
 * (docs/adr/0018-web-console-served-by-the-gateway.md). Only the console's own address space: the API, its docs and
 * the gateway's sign-in keep theirs.
 */
@Configuration(proxyBeanMethods = false)
public class ConsolePages {

    /** The console's pages: the start page, the sign-in return, and each role's area. */
    public static final List<String> PAGES = List.of("/", "/callback", "/signed-out", "/applicant/**", "/participant/**",
            "/sponsor/**", "/coach/**", "/assessor/**", "/manage/**", "/dashboards/**", "/account/**");

    /** The console's files and its settings, as well as its pages: nothing in them is personal or secret. */
    public static final List<String> PUBLIC = List.of("/assets/**", "/favicon.ico", "/config.json");

    @Bean
    RouterFunction<ServerResponse> consoleRoutes(@Value("${spring.security.oauth2.resourceserver.jwt.issuer-uri}") String issuer) {
        var index = new ClassPathResource("static/index.html");
        RequestPredicate pages = PAGES.stream().map(page -> GET(page).or(HEAD(page))).reduce(RequestPredicate::or).orElseThrow()
                .and(accept(MediaType.TEXT_HTML));
        // Where the console signs people in, read at run time so one build serves every deployment.
        Map<String, String> settings = Map.of("issuer", issuer, "clientId", "ascend-web");
        return RouterFunctions.route(pages, request -> ServerResponse.ok().contentType(MediaType.TEXT_HTML).bodyValue(index))
                .andRoute(GET("/config.json"), request -> ServerResponse.ok().contentType(MediaType.APPLICATION_JSON)
                        .bodyValue(settings));
    }
}
