//! The OpenAPI document of every route, served at `/api-docs/openapi.json`. It is made
//! from the same list as the router (`routes::routes`), so the two cannot drift apart;
//! the JSON bodies of the main operations come from `bodies.rs`.

mod bodies;

use utoipa::openapi::path::{OperationBuilder, ParameterBuilder, ParameterIn, PathItemBuilder};
use utoipa::openapi::request_body::RequestBodyBuilder;
use utoipa::openapi::schema::Schema;
use utoipa::openapi::schema::{ObjectBuilder, Type};
use utoipa::openapi::security::{ApiKey, ApiKeyValue, SecurityRequirement, SecurityScheme};
use utoipa::openapi::{
    ComponentsBuilder, Content, InfoBuilder, OpenApi, OpenApiBuilder, PathsBuilder, RefOr,
    Required, ResponseBuilder,
};

use crate::routes::routes;

/// `{name}` segments of a path.
fn path_parameters(path: &str) -> impl Iterator<Item = &str> {
    path.split('/')
        .filter_map(|segment| segment.strip_prefix('{')?.strip_suffix('}'))
}

/// What any route may answer besides success: the error shapes of `error.rs`, and the
/// extractors' own refusals of a malformed request (400, 413, 415).
const REFUSALS: [(&str, &str); 10] = [
    (
        "400",
        "A malformed request or a wrong two-factor code: `{error}`",
    ),
    ("401", "Not signed in, or the sign-in is wrong or expired"),
    (
        "403",
        "Not allowed: not a member of the account, or not an administrator",
    ),
    ("404", "No such resource"),
    ("412", "`If-Match` names an older version of the profile"),
    ("413", "The body is larger than allowed"),
    ("415", "The body is not of the expected content type"),
    ("422", "Refused: `{error, field?, rule?}` names what to fix"),
    (
        "429",
        "Too many attempts: `Retry-After` says when to try again",
    ),
    ("507", "The server's disk is full: nothing was saved"),
];

/// A JSON body of the schema `schema` (JSON Schema, as `bodies.rs` writes it).
fn json_content(schema: serde_json::Value) -> Content {
    let schema: RefOr<Schema> = serde_json::from_value(schema).expect("bodies.rs holds schemas");
    Content::new(Some(schema))
}

pub fn document() -> OpenApi {
    let mut paths = PathsBuilder::new();
    for route in routes() {
        let mut item = PathItemBuilder::new();
        for (method, summary) in route.docs {
            // "get", "post", … as the document spells them.
            let method_name = serde_json::to_value(method).expect("a method serialises");
            let bodies = bodies::of(&route.path, method_name.as_str().unwrap_or_default());
            let mut success = ResponseBuilder::new().description("Success");
            if let Some(schema) = bodies.response {
                success = success.content("application/json", json_content(schema));
            }
            let mut operation = OperationBuilder::new()
                .summary(Some(*summary))
                .tag(route.tag)
                .response("200", success);
            if let Some(schema) = bodies.request {
                operation = operation.request_body(Some(
                    RequestBodyBuilder::new()
                        .content("application/json", json_content(schema))
                        .required(Some(Required::True))
                        .build(),
                ));
            }
            if route.path == "/auth/sign_in" {
                operation = operation.response(
                    "206",
                    ResponseBuilder::new()
                        .description("The password is right: now the second factor"),
                );
            }
            for (status, description) in REFUSALS {
                operation =
                    operation.response(status, ResponseBuilder::new().description(description));
            }
            for name in path_parameters(&route.path) {
                // Ids are integers; anything else (an avatar's file name) is text.
                let kind = if name == "id" || name.ends_with("_id") {
                    Type::Integer
                } else {
                    Type::String
                };
                operation = operation.parameter(
                    ParameterBuilder::new()
                        .name(name)
                        .parameter_in(ParameterIn::Path)
                        .required(Required::True)
                        .schema(Some(ObjectBuilder::new().schema_type(kind))),
                );
            }
            item = item.operation(method.clone(), operation);
        }
        paths = paths.path(route.path, item.build());
    }
    let header = |name: &str| SecurityScheme::ApiKey(ApiKey::Header(ApiKeyValue::new(name)));
    OpenApiBuilder::new()
        .info(
            InfoBuilder::new()
                .title("headset-server")
                .version(env!("CARGO_PKG_VERSION"))
                .description(Some(
                    "Chatwoot's agent API (PROTOCOL.md) with Headset's additions: two-factor, \
                     sessions, password policy, avatars, segments and auto-assignment.",
                )),
        )
        .paths(paths.build())
        .components(Some(
            ComponentsBuilder::new()
                .security_scheme("api_access_token", header("api_access_token"))
                .security_scheme("access-token", header("access-token"))
                .build(),
        ))
        .security(Some([
            SecurityRequirement::new("api_access_token", Vec::<String>::new()),
            SecurityRequirement::new("access-token", Vec::<String>::new()),
        ]))
        .build()
}
