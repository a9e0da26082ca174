//! Any `ui_settings.headset` document, as another client or a hostile server may store it.
#![no_main]

use headset_model::settings::HeadsetSettings;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let Ok(value) = serde_json::from_str::<serde_json::Value>(text) else {
        return;
    };
    if let Ok(settings) = HeadsetSettings::from_value(&value) {
        // What was accepted reads back the same and is still valid.
        let again = serde_json::to_value(&settings).expect("serialises");
        let reread = HeadsetSettings::from_value(&again).expect("stays valid");
        assert_eq!(serde_json::to_value(&reread).unwrap(), again);
    }
});
