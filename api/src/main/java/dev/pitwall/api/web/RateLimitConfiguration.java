package dev.pitwall.api.web;

import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The per-caller rate limit's limiter and its OpenAPI description. The filter itself is built by the security
 * configuration, which places it after token verification (a {@code Filter} bean would also run outside it).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RateLimitProperties.class)
public class RateLimitConfiguration {

    @Bean
    RateLimiter rateLimiter(RateLimitProperties limits) {
        return new RateLimiter(limits);
    }

    /** Adds the 429 answer to every operation while the limit is on. */
    @Bean
    OperationCustomizer rateLimitProblem(RateLimitProperties limits) {
        return (operation, handlerMethod) -> {
            if (!limits.enabled()) {
                return operation;
            }
            Map<String, Object> example = new LinkedHashMap<>();
            example.put("type", ProblemTypes.TOO_MANY_REQUESTS.toString());
            example.put("title", "Too many requests");
            example.put("status", 429);
            example.put("detail", new RateLimitExceededException(limits, 12).getMessage());
            example.put("instance", "/api/v1/vehicles");
            MediaType problemJson = new MediaType()
                    .schema(new Schema<>().$ref("#/components/schemas/ProblemDetail"))
                    .addExamples("problem", new Example().value(example));
            operation.getResponses().addApiResponse("429", new ApiResponse()
                    .description("This caller (token subject, or IP address without a token) used up its requests; "
                            + "pitwall.api.rate-limit allows " + limits.capacity() + " at once and "
                            + limits.refillTokens() + " per " + limits.refillPeriod())
                    .addHeaderObject("Retry-After", new Header()
                            .description("Seconds until the next request will be accepted")
                            .schema(new IntegerSchema()))
                    .content(new Content().addMediaType("application/problem+json", problemJson)));
            return operation;
        };
    }
}
