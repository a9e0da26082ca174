//! RFC 6238 TOTP (SHA-1, 6 digits, 30 s steps), as authenticator apps expect it.

use hmac::{Hmac, Mac};
use sha1::Sha1;

pub const STEP_SECONDS: u64 = 30;
const DIGITS: u32 = 6;

/// The code for time step `step`.
pub fn code(secret: &[u8], step: u64) -> String {
    let mut mac = Hmac::<Sha1>::new_from_slice(secret).expect("HMAC takes any key length");
    mac.update(&step.to_be_bytes());
    let digest = mac.finalize().into_bytes();
    let offset = (digest[19] & 0x0f) as usize;
    let binary = u32::from_be_bytes([
        digest[offset] & 0x7f,
        digest[offset + 1],
        digest[offset + 2],
        digest[offset + 3],
    ]);
    format!(
        "{:0width$}",
        binary % 10u32.pow(DIGITS),
        width = DIGITS as usize
    )
}

pub fn step_at(unix_seconds: u64) -> u64 {
    unix_seconds / STEP_SECONDS
}

/// The step `given` matches, within one step of `now` either way (clock drift), if any.
pub fn matching_step(secret: &[u8], given: &str, now: u64) -> Option<u64> {
    let given = given.trim().replace(' ', "");
    if given.len() != DIGITS as usize || !given.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let current = step_at(now);
    [current.saturating_sub(1), current, current + 1]
        .into_iter()
        .find(|step| {
            let expected = code(secret, *step);
            subtle::ConstantTimeEq::ct_eq(expected.as_bytes(), given.as_bytes()).into()
        })
}

/// `otpauth://` for authenticator apps (QR code content).
pub fn provisioning_url(secret_base32: &str, account: &str, issuer: &str) -> String {
    let enc = |s: &str| url_escape(s);
    format!(
        "otpauth://totp/{}:{}?secret={secret_base32}&issuer={}&algorithm=SHA1&digits=6&period=30",
        enc(issuer),
        enc(account),
        enc(issuer)
    )
}

fn url_escape(s: &str) -> String {
    s.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' | b'@' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    // RFC 6238 appendix B, SHA-1, truncated to 6 digits.
    #[test]
    fn matches_the_rfc_test_vectors() {
        let secret = b"12345678901234567890";
        for (time, expected) in [
            (59, "287082"),
            (1111111109, "081804"),
            (1234567890, "005924"),
            (2000000000, "279037"),
        ] {
            assert_eq!(code(secret, step_at(time)), expected);
        }
    }

    #[test]
    fn accepts_one_step_of_drift_and_nothing_else() {
        let secret = b"12345678901234567890";
        let now = 1111111109;
        let step = step_at(now);
        assert_eq!(
            matching_step(secret, &code(secret, step - 1), now),
            Some(step - 1)
        );
        assert_eq!(
            matching_step(secret, &code(secret, step + 1), now),
            Some(step + 1)
        );
        assert_eq!(matching_step(secret, &code(secret, step + 2), now), None);
        assert_eq!(matching_step(secret, "12345", now), None);
        assert_eq!(matching_step(secret, "abcdef", now), None);
    }
}
