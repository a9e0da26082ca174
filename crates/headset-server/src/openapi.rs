//! The OpenAPI document of every route, served at `/api-docs/openapi.json`. It is made
//! from the same list as the router (`routes::routes`), so the two cannot drift apart.

use utoipa::openapi::path::{OperationBuilder, ParameterBuilder, ParameterIn, PathItemBuilder};
use utoipa::openapi::security::{ApiKey, ApiKeyValue, SecurityRequirement, SecurityScheme};
use utoipa::openapi::{
    ComponentsBuilder, InfoBuilder, OpenApi, OpenApiBuilder, PathsBuilder, Required,
    ResponseBuilder,
};

use crate::routes::routes;

/// `{name}` segments of a path.
fn path_parameters(path: &str) -> impl Iterator<Item = &str> {
    path.split('/')
        .filter_map(|segment| segment.strip_prefix('{')?.strip_suffix('}'))
}

pub fn document() -> OpenApi {
    let mut paths = PathsBuilder::new();
    for route in routes() {
        let mut item = PathItemBuilder::new();
        for (method, summary) in route.docs {
            let mut operation = OperationBuilder::new()
                .summary(Some(*summary))
                .tag(route.tag)
                .response("200", ResponseBuilder::new().description("Success"))
                .response("401", ResponseBuilder::new().description("Not signed in"))
                .response(
                    "422",
                    ResponseBuilder::new()
                        .description("Refused: `{error, field?, rule?}` names what to fix"),
                );
            for name in path_parameters(&route.path) {
                operation = operation.parameter(
                    ParameterBuilder::new()
                        .name(name)
                        .parameter_in(ParameterIn::Path)
                        .required(Required::True),
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
