package org.ascend.platform.config;

import java.util.List;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.security.OAuthFlow;
import io.swagger.v3.oas.models.security.OAuthFlows;
import io.swagger.v3.oas.models.security.Scopes;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Each service's OpenAPI document: named after the service with its build version and licence, signed in
 * through the identity provider, and truthful about errors ({@link ApiResponsesDocumentation}).
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI serviceOpenApi(@Value("${spring.application.name}") String name, ObjectProvider<BuildProperties> build,
            @Value("${spring.security.oauth2.resourceserver.jwt.issuer-uri}") String issuer) {
        String version = build.getIfAvailable() == null ? "dev" : build.getIfAvailable().getVersion();
        // Sign-in at the OpenID Connect provider (authorization code + PKCE); calls go to the gateway ("/").
        var signIn = new SecurityScheme().type(SecurityScheme.Type.OAUTH2).flows(new OAuthFlows()
                .authorizationCode(new OAuthFlow().authorizationUrl(issuer + "/oauth2/authorize")
                        .tokenUrl(issuer + "/oauth2/token").scopes(new Scopes().addString("openid", "sign in"))));
        return new OpenAPI().info(new Info().title("Ascend " + name).version(version)
                        .description("Errors are RFC 9457 application/problem+json with a stable type, a detail saying "
                                + "what to do, field errors and the correlation id (X-Correlation-Id).")
                        .license(new License().name("Apache-2.0")
                                .url("https://www.apache.org/licenses/LICENSE-2.0")))
                .servers(List.of(new Server().url("/").description("the gateway")))
                .components(new Components().addSecuritySchemes("ascend", signIn))
                .addSecurityItem(new SecurityRequirement().addList("ascend"));
    }

    /** Per operation, with its handler and HTTP method known (a write can conflict; a read cannot). */
    @Bean
    GlobalOpenApiCustomizer truthfulResponses(
            @Qualifier("requestMappingHandlerMapping") ObjectProvider<RequestMappingHandlerMapping> handlers) {
        return api -> {
            ApiResponsesDocumentation.addComponents(api);
            handlers.getObject().getHandlerMethods().forEach((info, handler) -> info.getPathPatternsCondition()
                    .getPatternValues().forEach(path -> info.getMethodsCondition().getMethods().forEach(method -> {
                        PathItem item = api.getPaths() == null ? null : api.getPaths().get(path);
                        Operation operation = item == null ? null
                                : item.readOperationsMap().get(PathItem.HttpMethod.valueOf(method.name()));
                        if (operation != null) {
                            ApiResponsesDocumentation.describe(operation, handler, method.name());
                        }
                    })));
            ApiResponsesDocumentation.removeUnusedResponses(api);
        };
    }
}
