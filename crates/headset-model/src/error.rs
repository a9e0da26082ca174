//! The one error of the shared rules: a value refused, naming its field.

/// A refused value: the field it belongs to (`name`, `ui_settings.headset.timezone`) and
/// what is wrong with it, in Headset's current language (`texts`). The server answers it
/// with 422 naming the field; the client shows the message under the field.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{field}: {message}")]
pub struct Invalid {
    pub field: String,
    pub message: String,
}

impl Invalid {
    pub fn new(field: impl Into<String>, message: impl Into<String>) -> Self {
        Invalid {
            field: field.into(),
            message: message.into(),
        }
    }
}

pub type Result<T> = std::result::Result<T, Invalid>;
