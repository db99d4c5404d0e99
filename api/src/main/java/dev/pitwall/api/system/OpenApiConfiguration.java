package dev.pitwall.api.system;

import dev.pitwall.api.web.ProblemTypes;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description at {@code /v3/api-docs} (Swagger UI at {@code /swagger-ui.html}): what Pitwall is,
 * how to authenticate, and the 401/403 problems every secured operation can answer.
 */
@Configuration(proxyBeanMethods = false)
public class OpenApiConfiguration {

    static final String BEARER_SCHEME = "bearer-jwt";
    private static final String PROBLEM_SCHEMA = "#/components/schemas/ProblemDetail";

    @Bean
    OpenAPI pitwallOpenApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("Pitwall API")
                        .version("v1")
                        .description("Connected-vehicle telemetry turned into health scores, predictions and "
                                + "service leads. Every /api endpoint needs a JWT bearer token whose 'roles' claim "
                                + "holds one or more of SUBSCRIBER, SERVICE_ADVISOR, MARKETER, OPERATOR. "
                                + "Errors are RFC 9457 problem details (application/problem+json)."))
                .components(new Components().addSecuritySchemes(BEARER_SCHEME, new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP)
                        .scheme("bearer")
                        .bearerFormat("JWT")
                        .description("A JWT from the identity provider; in development one from DevelopmentTokens "
                                + "(issuer pitwall-dev, HS256).")))
                .addSecurityItem(new SecurityRequirement().addList(BEARER_SCHEME));
    }

    /** Adds the 401 and 403 answers, with problem examples, to every operation. */
    @Bean
    OperationCustomizer securityProblems() {
        return (operation, handlerMethod) -> {
            operation.getResponses().addApiResponse("401", problemResponse(
                    "No bearer token, or one that is expired, badly signed or from another issuer",
                    problem(ProblemTypes.UNAUTHORIZED, "Authentication required", 401,
                            "This request needs a valid bearer token: send 'Authorization: Bearer <JWT>'.")));
            operation.getResponses().addApiResponse("403", problemResponse(
                    "The token is valid but its roles do not allow this operation",
                    problem(ProblemTypes.FORBIDDEN, "Forbidden", 403,
                            "This request needs one of the roles [OPERATOR, SERVICE_ADVISOR]; the token has [SUBSCRIBER].")));
            return operation;
        };
    }

    private static ApiResponse problemResponse(String description, Map<String, Object> example) {
        MediaType problemJson = new MediaType()
                .schema(new Schema<>().$ref(PROBLEM_SCHEMA))
                .addExamples("problem", new Example().value(example));
        return new ApiResponse().description(description)
                .content(new Content().addMediaType("application/problem+json", problemJson));
    }

    private static Map<String, Object> problem(URI type, String title, int status, String detail) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", type.toString());
        problem.put("title", title);
        problem.put("status", status);
        problem.put("detail", detail);
        problem.put("instance", "/api/v1/vehicles");
        return problem;
    }
}
