package com.secutix.payments.checkout.boxoffice;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import io.swagger.v3.oas.models.tags.Tag;
import java.util.List;
import org.springdoc.core.models.GroupedOpenApi;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The box-office API's OpenAPI document, {@code GET /v3/api-docs/box-office} (springdoc, group {@code box-office},
 * {@code /box-office/**} only): the bearer token every operation needs, the problem+json members every refusal
 * carries, and the {@code Idempotency-Key} of a payment. {@code BoxOfficeApiIT} writes it to
 * {@code target/openapi/box-office.json}, which CI lints with Redocly's CLI.
 */
@Configuration(proxyBeanMethods = false)
class BoxOfficeApiDocumentation {

    static final String GROUP = "box-office";
    static final String BEARER = "bearer";

    @Bean
    GroupedOpenApi boxOfficeApi() {
        return GroupedOpenApi.builder()
                .group(GROUP)
                .displayName("Box-office API")
                .pathsToMatch("/box-office/**")
                .addOpenApiCustomizer(BoxOfficeApiDocumentation::describe)
                .build();
    }

    private static void describe(OpenAPI api) {
        api.info(new Info()
                        .title("SecuTix payments: box-office API")
                        .version("v1")
                        .description("Box-office terminals (machine clients with the box_office role, one per tenant) list a"
                                + " customer's usable saved cards and charge one at the counter, by its id. The tenant is"
                                + " always the token's. Card numbers and security codes are never accepted: a request"
                                + " carrying one is refused (400); when the tenant's policy asks for a saved card's security"
                                + " code, the customer types it into a form the terminal posts straight to the PSP."
                                + " Every refusal is problem+json (RFC 9457).")
                        .license(new License().name("Proprietary").identifier("LicenseRef-SecuTix-Proprietary")))
                .servers(List.of(new Server().url("/").description("The BFF serving this document (http://localhost:8080 in"
                        + " the local stack)")))
                .tags(List.of(
                        new Tag().name("Saved cards").description("A customer's saved cards at the counter, and their"
                                + " security code when the tenant's card policy asks for it"),
                        new Tag().name("Payments").description("Paying at the counter with a customer's saved card")))
                .addSecurityItem(new SecurityRequirement().addList(BEARER));
        Components components = api.getComponents() == null ? new Components() : api.getComponents();
        components.addSecuritySchemes(BEARER, new SecurityScheme()
                .type(SecurityScheme.Type.HTTP)
                .scheme("bearer")
                .bearerFormat("JWT")
                .description("An access token of the identity provider for the terminal's client (client credentials):"
                        + " tenant_id, roles [box_office], and an aud naming checkout-bff, payment-gateway-service and"
                        + " card-vault-service, since the BFF relays it to both."));
        components.addSchemas("Problem", problem());
        api.components(components);
    }

    /** RFC 9457 problem details as the platform writes them. */
    @SuppressWarnings({"rawtypes", "unchecked"})
    private static Schema problem() {
        Schema fieldProblem = new ObjectSchema()
                .addProperty("field", new StringSchema().description("The field, by its path (lines[0].price)"))
                .addProperty("message", new StringSchema().description("What is wrong with it, never its value"));
        Schema problem = new ObjectSchema()
                .description("RFC 9457 problem details: a precise detail that never echoes a card number or a value sent")
                .addProperty("type", new StringSchema().format("uri").description("about:blank, or a type of ours such as"
                        + " https://payments.secutix.com/problems/cvv-required or .../payment-declined"))
                .addProperty("title", new StringSchema())
                .addProperty("status", new IntegerSchema().format("int32"))
                .addProperty("detail", new StringSchema())
                .addProperty("instance", new StringSchema().format("uri-reference").description("The request's path"))
                .addProperty("errors", new Schema<>().type("array").items(fieldProblem).description("Each invalid field (400)"))
                .addProperty("securityCodeForms", new StringSchema().description("cvv-required: where to ask for the"
                        + " security-code form of the card"))
                .addProperty("fieldsInError", new Schema<>().type("array").items(new StringSchema())
                        .description("security-code-refused: the form fields the PSP named in error"))
                .addProperty("payment", new ObjectSchema().description("payment-declined: the payment, as"
                        + " GET /box-office/payments/{paymentId} shows it"));
        problem.setRequired(List.of("type", "title", "status", "detail"));
        return problem;
    }
}
