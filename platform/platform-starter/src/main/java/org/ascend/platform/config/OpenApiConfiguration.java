package org.ascend.platform.config;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Names each service's OpenAPI document after the service, with its build version. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI serviceOpenApi(@Value("${spring.application.name}") String name, ObjectProvider<BuildProperties> build) {
        String version = build.getIfAvailable() == null ? "dev" : build.getIfAvailable().getVersion();
        return new OpenAPI().info(new Info().title("Ascend " + name).version(version)
                .description("Errors are RFC 9457 application/problem+json with a stable type, a detail saying "
                        + "what to do, field errors and the correlation id (X-Correlation-Id)."));
    }
}
