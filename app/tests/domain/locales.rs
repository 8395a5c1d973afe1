//! Every shipped locale carries every German message; the language list agrees everywhere.

use std::collections::BTreeSet;
use std::path::Path;

use app::error::AppError;
use app::i18n::LANGUAGES;
use app::models::{OrganisationType, Role};

use crate::translations::locales_dir;

/// The ids of a locale's messages, as Fluent's parser reads them.
fn message_ids(locale: &str) -> BTreeSet<String> {
    crate::translations::messages(locale).into_keys().collect()
}

#[test]
fn every_locale_has_every_german_message() {
    let german = message_ids("de");
    assert!(german.len() > 50, "German messages were found");
    let mut gaps = Vec::new();
    for lang in LANGUAGES {
        let ids = message_ids(lang.id);
        let missing: Vec<_> = german.difference(&ids).collect();
        if !missing.is_empty() {
            gaps.push(format!("{}: missing {missing:?}", lang.id));
        }
    }
    assert!(
        gaps.is_empty(),
        "{}\n(Leichte Sprache: run scripts/leichte-sprache-fallback.py)",
        gaps.join("\n")
    );
    let easy = message_ids("de-leicht");
    assert!(
        easy.len() > 100,
        "Leichte Sprache has the portal's messages"
    );
}

#[test]
fn the_shipped_locales_are_exactly_the_listed_languages() {
    let mut folders: Vec<String> = std::fs::read_dir(locales_dir())
        .unwrap()
        .filter_map(|e| e.ok())
        .filter(|e| e.path().is_dir())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    folders.sort();
    let mut listed: Vec<String> = LANGUAGES.iter().map(|l| l.id.to_owned()).collect();
    listed.sort();
    assert_eq!(folders, listed);

    let file: Vec<Vec<String>> = serde_json::from_str(
        &std::fs::read_to_string(locales_dir().join("languages.json")).unwrap(),
    )
    .unwrap();
    for (entry, lang) in file.iter().zip(LANGUAGES) {
        let dir = if lang.rtl { "rtl" } else { "ltr" };
        assert_eq!(
            entry,
            &vec![
                lang.id.to_owned(),
                lang.native_name.to_owned(),
                dir.to_owned()
            ]
        );
    }
    assert_eq!(file.len(), LANGUAGES.len());
}

#[test]
fn every_message_id_the_code_uses_exists_in_german() {
    let german = message_ids("de");
    let mut used: Vec<String> = Vec::new();
    used.extend(Role::ALL.iter().map(|r| r.message_id().to_owned()));
    used.extend(
        OrganisationType::ALL
            .iter()
            .map(|t| t.message_id().to_owned()),
    );
    for error in [
        AppError::Unauthenticated,
        AppError::Forbidden,
        AppError::InvalidCredentials,
        AppError::Throttled { minutes: 1 },
        AppError::NotFound,
        AppError::BadRequest,
        AppError::Conflict {
            changes: Vec::new(),
            version: 1,
        },
        AppError::Internal {
            request_id: String::new(),
        },
    ] {
        used.push(error.message_id().to_owned());
    }
    // Every built-in catalogue entry is a message (plans translate themselves).
    for catalogue in app::models::catalogue::ALL_CATALOGUES {
        for code in app::models::catalogue::builtin(catalogue) {
            used.push(app::models::catalogue::message_id(catalogue, code));
        }
    }
    for compartment in app::models::NoteCompartment::ALL {
        used.push(compartment.message_id().to_owned());
        used.push(compartment.hint_message_id().to_owned());
    }
    for catalogue in app::models::catalogue::EXTENSIBLE {
        used.push(format!("catalogue-name-{catalogue}"));
    }
    // Literal ids in the source: move_tr!("…"), t("…"), t_args("…", …) and "error-…" ids.
    let src = Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/src"));
    let mut stack = vec![src.to_path_buf()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let text = std::fs::read_to_string(&path).unwrap();
                for marker in [
                    "move_tr!(\"",
                    "t(\"",
                    "t_args(\"",
                    "page_title(\"",
                    "\"error-",
                    "message_id: \"",
                    "\"start-intro-",
                    "\"nav-",
                    "\"users-",
                    "label=\"",
                    "\"field-",
                    "\"plan-",
                    "\"assessment-",
                    "\"dashboard-",
                    "\"diff-",
                ] {
                    for (at, _) in text.match_indices(marker) {
                        // `t("` must be the function `t`, not the end of `expect("`.
                        let before = text[..at].chars().next_back().unwrap_or(' ');
                        if marker.starts_with(|c: char| c.is_ascii_alphabetic())
                            && (before.is_alphanumeric() || before == '_')
                        {
                            continue;
                        }
                        // CSS class names are not message ids.
                        if text[..at].ends_with("class=") {
                            continue;
                        }
                        let piece = &text[at + marker.len()..];
                        let rest: String = piece
                            .chars()
                            .take_while(|c| c.is_ascii_alphanumeric() || *c == '-')
                            .collect();
                        // Only complete string literals: the id is followed by its closing quote.
                        if !piece[rest.len()..].starts_with('"') {
                            continue;
                        }
                        let id = match marker.strip_prefix('"') {
                            Some(prefix) if marker != "message_id: \"" => format!("{prefix}{rest}"),
                            _ => rest,
                        };
                        // `label="` also names HTML attributes; only ids with a dash count.
                        if marker == "label=\"" && !id.contains('-') {
                            continue;
                        }
                        if !id.is_empty() {
                            used.push(id);
                        }
                    }
                }
            }
        }
    }
    // An id ending in a dash is a prefix (a page's list of the messages it hands to the
    // browser): some German message must start with it.
    let unknown: BTreeSet<_> = used
        .iter()
        .filter(|id| match id.strip_suffix('-') {
            Some(_) => !german.iter().any(|g| g.starts_with(id.as_str())),
            None => !german.contains(*id),
        })
        .collect();
    assert!(
        unknown.is_empty(),
        "ids without a German message: {unknown:?}"
    );
}
