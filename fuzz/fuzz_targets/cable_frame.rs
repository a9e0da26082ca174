//! Any text the server (or a proxy posing as one) sends on the socket.
#![no_main]

use headset_core::realtime::frame::{decode, Frame};
use libfuzzer_sys::fuzz_target;

const ID: &str = r#"{"channel":"RoomChannel","pubsub_token":"t"}"#;

fuzz_target!(|text: &str| {
    if let Frame::Event(event) = decode(text, ID, 1) {
        // An event is only ever one of our account's.
        let _ = event.conversation();
    }
});
