//! The rules for the profile's own fields, shared by the server (which refuses with 422)
//! and the client (which checks before it queues an edit, for servers that do not).

use crate::texts::{plain, text};
use crate::{Invalid, Result};

pub const NAME_MAX: usize = 255;
pub const SIGNATURE_MAX: usize = 10_000;

fn check_length(field: &str, value: &str, max: usize) -> Result<()> {
    if value.chars().count() > max {
        return Err(Invalid::new(
            field,
            text("error-too-long", &[("max", max.into())]),
        ));
    }
    Ok(())
}

/// The full name: required, trimmed.
pub fn name(input: &str) -> Result<String> {
    let name = input.trim();
    if name.is_empty() {
        return Err(Invalid::new("name", plain("error-name-empty")));
    }
    check_length("name", name, NAME_MAX)?;
    Ok(name.to_owned())
}

/// The name shown to customers; empty means none.
pub fn display_name(input: Option<&str>) -> Result<Option<String>> {
    let display = input.map(str::trim).filter(|d| !d.is_empty());
    check_length("display_name", display.unwrap_or(""), NAME_MAX)?;
    Ok(display.map(str::to_owned))
}

pub fn message_signature(input: Option<&str>) -> Result<Option<String>> {
    check_length("message_signature", input.unwrap_or(""), SIGNATURE_MAX)?;
    Ok(input.filter(|s| !s.trim().is_empty()).map(str::to_owned))
}

/// International format: `+`, then 7 to 15 digits (spaces, dots, dashes and brackets
/// allowed while typing, dropped when stored). Empty removes the number.
pub fn phone_number(input: Option<&str>) -> Result<Option<String>> {
    let Some(trimmed) = input.map(str::trim).filter(|p| !p.is_empty()) else {
        return Ok(None);
    };
    let digits: String = trimmed.chars().filter(char::is_ascii_digit).collect();
    let allowed = trimmed
        .chars()
        .all(|c| c.is_ascii_digit() || " .-()+".contains(c));
    if !trimmed.starts_with('+') || !allowed || !(7..=15).contains(&digits.len()) {
        return Err(Invalid::new("phone_number", plain("error-phone-format")));
    }
    Ok(Some(format!("+{digits}")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phone_numbers_are_normalized_or_refused() {
        assert_eq!(
            phone_number(Some("+48 600-700 (800)")).unwrap().as_deref(),
            Some("+48600700800")
        );
        assert_eq!(phone_number(Some("  ")).unwrap(), None);
        assert!(phone_number(Some("600700800")).is_err());
        assert!(phone_number(Some("+12")).is_err());
        assert!(phone_number(Some("+48 600 700 800 ext")).is_err());
    }

    #[test]
    fn names_are_trimmed_and_bounded() {
        assert_eq!(name("  Ada ").unwrap(), "Ada");
        assert!(name(" ").is_err());
        assert!(name(&"x".repeat(256)).is_err());
        assert_eq!(display_name(Some("  ")).unwrap(), None);
    }
}
