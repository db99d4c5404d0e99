package dev.pitwall.api.notification;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The unsubscribe link of every e-mail, with its OpenAPI description; {@link UnsubscribeController} implements it.
 * Public: the signed token in the link is the credential.
 */
@Tag(name = "Unsubscribe", description = "One-click unsubscribe (RFC 8058) from the link in every e-mail. No bearer "
        + "token: the signed token in the link names the subscriber, channel and purpose.")
@RequestMapping("/api/v1/unsubscribe")
@SecurityRequirements
public interface UnsubscribeApi {

    String TOKEN_DESCRIPTION = "The token of the e-mail's unsubscribe link";
    String TOKEN_EXAMPLE = "MXwxNzY5OTQwMDAwfEVNQUlMfE1BUktFVElOR3xzdWItNDcxMQ.kq3Xc0fJ7u3mQ2Zr9yB6wLhN1tE5vA8sD4gF0jK2pH4";

    String BAD_TOKEN_EXAMPLE = """
            {"type": "https://pitwall.dev/problems/invalid-parameter", "title": "Invalid request parameter",
             "status": 400, "detail": "Invalid 'token': expected the token of an unsubscribe link from a Pitwall e-mail (The unsubscribe token is invalid: its signature does not match (altered, or not issued by Pitwall).), got 'MXwxNzY5OTQwMDAwfEVNQUlM...'.",
             "instance": "/api/v1/unsubscribe", "parameter": "token",
             "expected": "the token of an unsubscribe link from a Pitwall e-mail (The unsubscribe token is invalid: its signature does not match (altered, or not issued by Pitwall).)"}""";

    @Operation(summary = "What an unsubscribe link would do",
            description = "Changes nothing (mail scanners follow links): answers the channel and purpose the link "
                    + "is about and whether the subscriber still receives them. A browser (Accept: text/html) gets a "
                    + "page with a button that POSTs the same URL.")
    @ApiResponse(responseCode = "200", description = "The link's channel and purpose, and the current state",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(implementation = Unsubscription.class)),
                    @Content(mediaType = MediaType.TEXT_HTML_VALUE, schema = @Schema(type = "string"))})
    @ApiResponse(responseCode = "400", description = "The token is malformed, altered or expired",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    schema = @Schema(implementation = ProblemDetail.class),
                    examples = @ExampleObject(value = BAD_TOKEN_EXAMPLE)))
    @GetMapping
    ResponseEntity<Object> preview(
            @Parameter(description = TOKEN_DESCRIPTION, example = TOKEN_EXAMPLE) @RequestParam String token,
            @Parameter(hidden = true) @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept);

    @Operation(summary = "Unsubscribe with one click",
            description = "Opts the token's subscriber out of its purpose on its channel, as a mail client does with "
                    + "List-Unsubscribe-Post (body List-Unsubscribe=One-Click, which is not required). Repeating it "
                    + "changes nothing. The opt-out also stops messages still waiting to be sent.")
    @ApiResponse(responseCode = "200", description = "Unsubscribed",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(implementation = Unsubscription.class)),
                    @Content(mediaType = MediaType.TEXT_HTML_VALUE, schema = @Schema(type = "string"))})
    @ApiResponse(responseCode = "400", description = "The token is malformed, altered or expired",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    schema = @Schema(implementation = ProblemDetail.class),
                    examples = @ExampleObject(value = BAD_TOKEN_EXAMPLE)))
    @PostMapping
    ResponseEntity<Object> unsubscribe(
            @Parameter(description = TOKEN_DESCRIPTION, example = TOKEN_EXAMPLE) @RequestParam String token,
            @Parameter(hidden = true) @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept);
}
