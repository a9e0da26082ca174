//! The agent's own words (tray menu, desktop notifications) in the agent's language:
//! Fluent files in `src-tauri/locales/`, one per language Headset ships, chosen by the
//! profile's `ui_settings.locale` (English when absent or unknown, and for any message
//! a translation lacks).

use std::collections::HashMap;
use std::sync::{LazyLock, RwLock};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

/// `(locale, Fluent source)` for each of `headset_core::settings::LOCALES`.
const SOURCES: [(&str, &str); 18] = [
    ("en", include_str!("../locales/en.ftl")),
    ("es", include_str!("../locales/es.ftl")),
    ("pt", include_str!("../locales/pt.ftl")),
    ("ar", include_str!("../locales/ar.ftl")),
    ("my", include_str!("../locales/my.ftl")),
    ("th", include_str!("../locales/th.ftl")),
    ("zh_TW", include_str!("../locales/zh_TW.ftl")),
    ("zh_CN", include_str!("../locales/zh_CN.ftl")),
    ("it", include_str!("../locales/it.ftl")),
    ("de", include_str!("../locales/de.ftl")),
    ("ru", include_str!("../locales/ru.ftl")),
    ("fr", include_str!("../locales/fr.ftl")),
    ("ja", include_str!("../locales/ja.ftl")),
    ("id", include_str!("../locales/id.ftl")),
    ("tr", include_str!("../locales/tr.ftl")),
    ("ko", include_str!("../locales/ko.ftl")),
    ("vi", include_str!("../locales/vi.ftl")),
    ("he", include_str!("../locales/he.ftl")),
];

static BUNDLES: LazyLock<HashMap<&'static str, FluentBundle<FluentResource>>> =
    LazyLock::new(|| {
        SOURCES
            .iter()
            .map(|(code, source)| {
                let tag = code.replace('_', "-").parse().expect("a language tag");
                let mut bundle = FluentBundle::new_concurrent(vec![tag]);
                // No bidi isolation marks: notification daemons show them as boxes.
                bundle.set_use_isolating(false);
                let resource = FluentResource::try_new((*source).to_owned())
                    .expect("the shipped .ftl files parse (a test checks them)");
                bundle
                    .add_resource(resource)
                    .expect("message ids are unique (a test checks them)");
                (*code, bundle)
            })
            .collect()
    });

/// The language the agent speaks now.
static CURRENT: RwLock<String> = RwLock::new(String::new());

/// Switches the agent's language (`None` or an unknown code: English). True when it changed.
pub fn set_locale(locale: Option<&str>) -> bool {
    let wanted = locale.filter(|l| BUNDLES.contains_key(l)).unwrap_or("en");
    let mut current = CURRENT.write().unwrap();
    let changed = *current != wanted;
    *current = wanted.to_owned();
    changed
}

/// A message in the current language, with its arguments.
pub fn text(id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
    let current = CURRENT.read().unwrap().clone();
    let args = FluentArgs::from_iter(args.iter().cloned());
    for code in [current.as_str(), "en"] {
        let Some(bundle) = BUNDLES.get(code) else {
            continue;
        };
        if let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) {
            let mut errors = Vec::new();
            let out = bundle.format_pattern(pattern, Some(&args), &mut errors);
            if errors.is_empty() {
                return out.into_owned();
            }
        }
    }
    id.to_owned()
}

/// A message without arguments.
pub fn plain(id: &str) -> String {
    text(id, &[])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_language_has_every_message_and_plurals_work() {
        let ids = |source: &str| -> Vec<String> {
            let resource = FluentResource::try_new(source.to_owned()).expect("parses");
            let mut ids: Vec<String> = resource
                .entries()
                .filter_map(|e| match e {
                    fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_owned()),
                    _ => None,
                })
                .collect();
            ids.sort();
            ids
        };
        let english = ids(SOURCES[0].1);
        for (code, source) in SOURCES {
            assert_eq!(ids(source), english, "{code}");
            assert!(BUNDLES.contains_key(code));
        }
        let codes: Vec<&str> = SOURCES.iter().map(|(c, _)| *c).collect();
        assert_eq!(codes, headset_core::settings::LOCALES);

        // One test changes the global language, so all checks live here.
        set_locale(Some("en"));
        let unread = |n: i64| text("tray-unread", &[("count", n.into())]);
        assert_eq!(unread(0), "No unread notifications");
        assert_eq!(unread(1), "1 unread notification");
        assert_eq!(unread(3), "3 unread notifications");
        let summary = |c: i64, m: i64| {
            text(
                "alert-summary",
                &[("conversations", c.into()), ("mentions", m.into())],
            )
        };
        assert_eq!(summary(3, 0), "3 conversations");
        assert_eq!(summary(1, 2), "1 conversation, 2 mentions");
        assert!(set_locale(Some("ru")));
        assert_eq!(unread(21), "21 непрочитанное уведомление");
        assert_eq!(plain("status-busy"), "Занят");
        set_locale(Some("ja"));
        assert_eq!(plain("quit"), "Headset を終了");
        assert_eq!(
            text("alert-assigned", &[("id", 7.into())]),
            "あなたに割り当てられました: 会話 #7"
        );
        set_locale(Some("xx"));
        assert_eq!(plain("quit"), "Quit Headset", "unknown: English");
    }
}
