//! The password policy: NIST SP 800-63B by default (length and a blocklist, no
//! composition rules), or the seed products' composition rule on request. Served to
//! clients so the UI shows the live rules; a refusal names the rule broken.

use headset_model::texts;
use serde::Serialize;

/// Passwords too common to allow whatever the policy (NIST: "values known to be
/// commonly-used, expected, or compromised").
const COMMON: &[&str] = &[
    "password",
    "password1",
    "password123",
    "passw0rd",
    "12345678",
    "123456789",
    "1234567890",
    "qwerty123",
    "qwertyuiop",
    "11111111",
    "00000000",
    "iloveyou",
    "sunshine",
    "princess",
    "football",
    "baseball",
    "welcome1",
    "welcome123",
    "letmein1",
    "abc12345",
    "admin123",
    "trustno1",
    "monkey123",
    "dragon123",
    "starwars",
    "superman",
    "whatever",
    "changeme",
    "1q2w3e4r",
    "1qaz2wsx",
    "zaq12wsx",
    "asdfghjkl",
    "p@ssw0rd",
    "p@ssword",
    "qwerty12",
    "chatwoot",
    "headset1",
    "support1",
    "helpdesk",
];

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Kind {
    /// NIST SP 800-63B: at least 8 characters, not common or about the user.
    Nist,
    /// NIST plus one uppercase letter, one digit and one special character.
    Composition,
}

#[derive(Debug, Clone, Serialize)]
pub struct PasswordPolicy {
    pub min_length: usize,
    pub max_length: usize,
    pub blocklist: Vec<&'static str>,
    pub require_uppercase: bool,
    pub require_digit: bool,
    pub require_special: bool,
}

/// Why a password was refused: `rule` is machine-readable, `message` says what to do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Refusal {
    pub rule: &'static str,
    pub message: String,
}

impl PasswordPolicy {
    pub fn new(kind: Kind) -> Self {
        let composition = kind == Kind::Composition;
        PasswordPolicy {
            min_length: 8,
            max_length: 128,
            blocklist: COMMON.to_vec(),
            require_uppercase: composition,
            require_digit: composition,
            require_special: composition,
        }
    }

    /// Checks `password` for a user with `context` words (email, name).
    pub fn check(&self, password: &str, context: &[&str]) -> Result<(), Refusal> {
        let refuse = |rule, message: String| Err(Refusal { rule, message });
        let length = password.chars().count();
        if length < self.min_length {
            return refuse(
                "min_length",
                texts::text("server-password-min", &[("min", self.min_length.into())]),
            );
        }
        if length > self.max_length {
            return refuse(
                "max_length",
                texts::text("server-password-max", &[("max", self.max_length.into())]),
            );
        }
        let lower = password.to_lowercase();
        if self.blocklist.contains(&lower.as_str()) {
            return refuse("blocklist", texts::plain("server-password-common"));
        }
        for word in context_words(context) {
            if lower.contains(&word) {
                return refuse("context", texts::plain("server-password-personal"));
            }
        }
        if self.require_uppercase && !password.chars().any(char::is_uppercase) {
            return refuse(
                "require_uppercase",
                texts::plain("server-password-uppercase"),
            );
        }
        if self.require_digit && !password.chars().any(|c| c.is_ascii_digit()) {
            return refuse("require_digit", texts::plain("server-password-digit"));
        }
        if self.require_special
            && !password
                .chars()
                .any(|c| !c.is_alphanumeric() && !c.is_whitespace())
        {
            return refuse("require_special", texts::plain("server-password-special"));
        }
        Ok(())
    }
}

/// The user's own words worth refusing: name parts and the email's local part,
/// lower-cased, at least 4 characters (shorter ones match too much by chance).
fn context_words(context: &[&str]) -> Vec<String> {
    context
        .iter()
        .map(|c| c.split('@').next().unwrap_or_default())
        .flat_map(|c| c.split(|ch: char| !ch.is_alphanumeric()))
        .map(str::to_lowercase)
        .filter(|w| w.chars().count() >= 4)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nist_policy_names_the_rule_broken() {
        let p = PasswordPolicy::new(Kind::Nist);
        let rule = |pw: &str| {
            p.check(pw, &["ada.lovelace@example.com", "Ada Lovelace"])
                .err()
                .map(|r| r.rule)
        };
        assert_eq!(rule("short"), Some("min_length"));
        assert_eq!(rule(&"x".repeat(129)), Some("max_length"));
        assert_eq!(rule("Password123"), Some("blocklist"));
        assert_eq!(rule("my lovelace secret"), Some("context"));
        assert_eq!(rule("correct horse battery staple"), None);
        assert_eq!(rule("alllowercase"), None);
        assert_eq!(rule("example domain words are fine"), None);
    }

    #[test]
    fn composition_adds_character_classes() {
        let p = PasswordPolicy::new(Kind::Composition);
        let rule = |pw: &str| p.check(pw, &[]).err().map(|r| r.rule);
        assert_eq!(rule("alllowercase"), Some("require_uppercase"));
        assert_eq!(rule("NoDigitsHere"), Some("require_digit"));
        assert_eq!(rule("NoSpecial123"), Some("require_special"));
        assert_eq!(rule("Good-pass123"), None);
    }
}
