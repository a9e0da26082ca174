//! Any file uploaded as an avatar: refused or made into two clean pictures, never a
//! panic, a hang or an allocation the header did not justify.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    if let Ok(avatar) = headset_server::avatar::process(bytes) {
        assert!(!avatar.large.is_empty() && !avatar.small.is_empty());
    }
});
