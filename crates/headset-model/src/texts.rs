//! Headset's own words (tray menu, notifications, error messages) in the agent's
//! language: the Fluent files in the repository's `locales/`, one per language, the same
//! files the settings window reads. The language is the profile's `ui_settings.locale`,
//! else the computer's, else English — the window chooses the same way — and English
//! stands in for any message a translation lacks. headset-server answers each request in
//! the language it asks for (`Accept-Language`), set for the request's task with
//! [`scoped`].

use std::collections::HashMap;
use std::sync::{LazyLock, RwLock};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};

pub use fluent_bundle::FluentValue;

use crate::settings::LOCALES;

/// `(locale, Fluent source)` for each of [`LOCALES`].
const SOURCES: [(&str, &str); 18] = [
    ("en", include_str!("../../../locales/en.ftl")),
    ("es", include_str!("../../../locales/es.ftl")),
    ("pt", include_str!("../../../locales/pt.ftl")),
    ("ar", include_str!("../../../locales/ar.ftl")),
    ("my", include_str!("../../../locales/my.ftl")),
    ("th", include_str!("../../../locales/th.ftl")),
    ("zh_TW", include_str!("../../../locales/zh_TW.ftl")),
    ("zh_CN", include_str!("../../../locales/zh_CN.ftl")),
    ("it", include_str!("../../../locales/it.ftl")),
    ("de", include_str!("../../../locales/de.ftl")),
    ("ru", include_str!("../../../locales/ru.ftl")),
    ("fr", include_str!("../../../locales/fr.ftl")),
    ("ja", include_str!("../../../locales/ja.ftl")),
    ("id", include_str!("../../../locales/id.ftl")),
    ("tr", include_str!("../../../locales/tr.ftl")),
    ("ko", include_str!("../../../locales/ko.ftl")),
    ("vi", include_str!("../../../locales/vi.ftl")),
    ("he", include_str!("../../../locales/he.ftl")),
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
                    .expect("the shipped .ftl files parse (the UI's tests check them)");
                bundle
                    .add_resource(resource)
                    .expect("message ids are unique (the UI's tests check them)");
                (*code, bundle)
            })
            .collect()
    });

/// The language Headset speaks now.
static CURRENT: RwLock<&'static str> = RwLock::new("en");

tokio::task_local! {
    /// The language of the request a server task answers, over [`CURRENT`].
    static SCOPED: &'static str;
}

/// Runs `task` speaking `locale` (one of [`LOCALES`]): a server request's answer.
pub async fn scoped<F: std::future::Future>(locale: &'static str, task: F) -> F::Output {
    SCOPED.scope(locale, task).await
}

/// Runs blocking `work` speaking `locale`, as [`scoped`] for a blocking thread.
pub fn scoped_blocking<R>(locale: &'static str, work: impl FnOnce() -> R) -> R {
    SCOPED.sync_scope(locale, work)
}

/// The language spoken here and now.
pub fn locale() -> &'static str {
    SCOPED
        .try_with(|locale| *locale)
        .unwrap_or_else(|_| *CURRENT.read().unwrap_or_else(|e| e.into_inner()))
}

/// The first language of an `Accept-Language` header that Headset speaks (the tags in
/// the order given; weights are not weighed), English when none.
pub fn from_accept_language(header: &str) -> &'static str {
    header
        .split(',')
        .filter_map(|part| match_locale(part.split(';').next()?))
        .next()
        .unwrap_or("en")
}

/// The language Headset speaks for a language tag, as the window matches it: the same
/// code (`pt`, `zh_TW`, `zh-tw`), else the same language (`pt_BR.UTF-8` → `pt`,
/// `zh-Hant-HK` → `zh_TW`, `zh` → `zh_CN`).
pub fn match_locale(tag: &str) -> Option<&'static str> {
    let tag = tag.split(['.', '@']).next()?.trim().replace('-', "_");
    let lower = tag.to_lowercase();
    if let Some(code) = LOCALES.iter().find(|c| c.to_lowercase() == lower) {
        return Some(code);
    }
    let mut parts = lower.split('_');
    let language = parts.next()?;
    match language {
        "zh" if parts.any(|p| ["hant", "tw", "hk", "mo"].contains(&p)) => Some("zh_TW"),
        "zh" => Some("zh_CN"),
        "iw" => Some("he"),
        "in" => Some("id"),
        _ => LOCALES.iter().find(|c| **c == language).copied(),
    }
}

/// Switches the language: the profile's (`None`: the account's default, that is the
/// computer's language). True when it changed.
pub fn set_locale(profile: Option<&str>) -> bool {
    let wanted = profile
        .and_then(match_locale)
        .or_else(|| sys_locale::get_locales().find_map(|tag| match_locale(&tag)))
        .unwrap_or("en");
    let mut current = CURRENT.write().unwrap_or_else(|e| e.into_inner());
    let changed = *current != wanted;
    *current = wanted;
    changed
}

/// Message `id` in the current language, with its arguments.
pub fn text(id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
    let args = FluentArgs::from_iter(args.iter().cloned());
    for code in [locale(), "en"] {
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

/// Message `id` without arguments.
pub fn plain(id: &str) -> String {
    text(id, &[])
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The message ids the Rust sources under `dir` pass to `text` and `plain` (this
    /// file's own test names a missing one on purpose, and is left out).
    fn ids_used(dir: &std::path::Path, found: &mut Vec<(String, String)>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                ids_used(&path, found);
            } else if path.extension().is_some_and(|e| e == "rs") && !path.ends_with("texts.rs") {
                let source = std::fs::read_to_string(&path).unwrap();
                for call in ["text(\"", "plain(\""] {
                    for (at, _) in source.match_indices(call) {
                        // `context("` is no call of ours.
                        let before = source[..at].chars().next_back();
                        if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                            continue;
                        }
                        let rest = &source[at + call.len()..];
                        let id = &rest[..rest.find('"').unwrap()];
                        found.push((id.to_owned(), path.display().to_string()));
                    }
                }
            }
        }
    }

    #[test]
    fn every_message_the_code_names_is_in_english() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
        let mut used = Vec::new();
        ids_used(&root.join("crates/headset-model/src"), &mut used);
        ids_used(&root.join("crates/headset-core/src"), &mut used);
        ids_used(&root.join("src-tauri/src"), &mut used);
        ids_used(&root.join("crates/headset-server/src"), &mut used);
        assert!(used.len() > 50, "the scan finds the calls: {}", used.len());
        let english = &BUNDLES["en"];
        let missing: Vec<_> = used
            .iter()
            .filter(|(id, _)| !english.has_message(id))
            .collect();
        assert!(missing.is_empty(), "not in locales/en.ftl: {missing:?}");
    }

    #[test]
    fn tags_match_the_languages_headset_speaks() {
        for (tag, code) in [
            ("pt_BR.UTF-8", Some("pt")),
            ("de-AT", Some("de")),
            ("zh-Hant-HK", Some("zh_TW")),
            ("zh_CN.UTF-8", Some("zh_CN")),
            ("zh", Some("zh_CN")),
            ("iw", Some("he")),
            ("C", None),
            ("POSIX", None),
            ("nl_NL", None),
        ] {
            assert_eq!(match_locale(tag), code, "{tag}");
        }
    }

    #[tokio::test]
    async fn a_request_is_answered_in_its_own_language() {
        assert_eq!(from_accept_language("de-CH, fr;q=0.8"), "de");
        assert_eq!(from_accept_language("nl, pt-BR;q=0.5"), "pt");
        assert_eq!(from_accept_language(""), "en");
        let german = scoped("de", async { plain("status-busy") }).await;
        assert_eq!(german, "Beschäftigt");
        assert_eq!(scoped_blocking("ja", || plain("status-busy")), "取り込み中");
    }

    #[test]
    fn messages_take_plurals_and_fall_back_to_english() {
        // Each language for this thread only (`scoped_blocking`): tests running beside
        // this one keep speaking English.
        let unread = |n: i64| text("tray-unread", &[("count", n.into())]);
        let summary = |c: i64, m: i64| {
            text(
                "alert-summary",
                &[("conversations", c.into()), ("mentions", m.into())],
            )
        };
        scoped_blocking("en", || {
            assert_eq!(unread(0), "No unread notifications");
            assert_eq!(unread(1), "1 unread notification");
            assert_eq!(unread(3), "3 unread notifications");
            assert_eq!(summary(3, 0), "3 conversations");
            assert_eq!(summary(1, 2), "1 conversation, 2 mentions");
            assert_eq!(plain("no-such-message"), "no-such-message");
        });
        scoped_blocking("ru", || {
            assert_eq!(unread(21), "21 непрочитанное уведомление");
            assert_eq!(plain("status-busy"), "Занят");
        });
        scoped_blocking("ja", || {
            assert_eq!(plain("quit"), "Headset を終了");
            assert_eq!(
                text("alert-assigned", &[("id", 7.into())]),
                "あなたに割り当てられました: 会話 #7"
            );
        });
    }
}
