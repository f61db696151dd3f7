//! The keymap's tests: lookups, patches, conflicts, hints and help.

use super::key::{alt, ctrl, key};
use super::*;
use KeyCode::*;

fn ev(code: KeyCode, mods: KeyModifiers) -> KeyEvent {
    KeyEvent::new(code, mods)
}

#[test]
fn lookups_follow_context() {
    let km = Keymap::default();
    let tab = ev(KeyCode::Tab, KeyModifiers::NONE);
    assert_eq!(km.action_for(Context::List, &tab), Some(Action::NextTab));
    assert_eq!(km.action_for(Context::Detail, &tab), Some(Action::NextLink));
    let q = ev(KeyCode::Char('q'), KeyModifiers::NONE);
    assert_eq!(km.action_for(Context::Detail, &q), Some(Action::Quit));
    assert_eq!(
        km.action_for(Context::Search, &q),
        Some(Action::SearchInput('q'))
    );
    let shift_l = ev(KeyCode::Char('L'), KeyModifiers::SHIFT);
    assert_eq!(
        km.action_for(Context::List, &shift_l),
        Some(Action::ToggleLang)
    );
    let back = ev(KeyCode::BackTab, KeyModifiers::SHIFT);
    assert_eq!(km.action_for(Context::List, &back), Some(Action::PrevTab));
    let cc = ev(KeyCode::Char('c'), KeyModifiers::CONTROL);
    for ctx in [
        Context::List,
        Context::Search,
        Context::Filter,
        Context::Help,
    ] {
        assert_eq!(km.action_for(ctx, &cc), Some(Action::Quit));
    }
}

#[test]
fn no_key_is_bound_twice_in_one_context_chain() {
    for ctx in [
        Context::List,
        Context::Detail,
        Context::Search,
        Context::Filter,
        Context::Help,
    ] {
        let mut seen: Vec<(Key, Context)> = Vec::new();
        for c in ctx.chain() {
            for b in BINDINGS.iter().filter(|b| b.context == *c) {
                for k in b.keys {
                    // An inner context may shadow an outer one on purpose
                    // (Tab in detail); within one context a key is unique.
                    assert!(
                        !seen.iter().any(|(s, sc)| s == k && sc == c),
                        "{:?} bound twice in {c:?}",
                        k.label()
                    );
                    seen.push((*k, *c));
                }
            }
        }
    }
}

#[test]
fn help_and_hints_come_from_the_table() {
    let km = Keymap::default();
    let help = km.help_sections(Lang::En);
    let list = &help.iter().find(|(t, _)| *t == "List").unwrap().1;
    assert!(list.iter().any(|(k, d)| k == "1–4" && d.contains("tab")));
    let hints = km.hints(Context::List, Lang::Fr);
    assert!(hints.iter().any(|(k, l)| k == "/" && *l == "chercher"));
    assert!(hints.iter().any(|(k, l)| k == "Tab" && *l == "onglet"));
}

#[test]
fn every_key_reads_back_from_its_config_name() {
    for b in BINDINGS {
        for k in b.keys {
            assert_eq!(Key::parse(&k.config_name()).as_ref(), Ok(k), "{}", b.name);
        }
    }
    assert_eq!(Key::parse("ctrl-o"), Ok(ctrl('o')));
    assert_eq!(Key::parse("C-N"), Ok(ctrl('n')));
    assert_eq!(Key::parse("Alt+Left"), Ok(alt(Left)));
    assert_eq!(Key::parse("pgdn"), Ok(key(PageDown)));
    assert_eq!(Key::parse("F5"), Ok(key(F(5))));
    assert!(Key::parse("F13").is_err());
    assert!(
        Key::parse("Entr")
            .unwrap_err()
            .contains("\"Entr\" is not a key")
    );
    assert!(Key::parse("").is_err());
}

#[test]
fn names_are_unique_and_findable() {
    for (i, b) in BINDINGS.iter().enumerate() {
        let name = format!("{}.{}", b.context.name(), b.name);
        assert_eq!(find_binding(&name), Some(i), "{name}");
    }
}

fn patch(pairs: &[(&str, &[&str])]) -> (Keymap, Vec<String>) {
    let owned: Vec<(String, Vec<String>)> = pairs
        .iter()
        .map(|(n, ks)| (n.to_string(), ks.iter().map(|k| k.to_string()).collect()))
        .collect();
    Keymap::patched(owned.iter().map(|(n, ks)| (n.as_str(), ks.as_slice())))
}

#[test]
fn a_patch_rebinds_and_help_and_hints_follow() {
    let (km, problems) = patch(&[("list.open", &["O", "Enter"])]);
    assert!(problems.is_empty(), "{problems:?}");
    let o = ev(KeyCode::Char('O'), KeyModifiers::NONE);
    assert_eq!(km.action_for(Context::List, &o), Some(Action::Open));
    assert_eq!(km.action_for(Context::Detail, &o), None);
    let help = km.help_sections(Lang::En);
    let list = &help.iter().find(|(t, _)| *t == "List").unwrap().1;
    assert!(
        list.iter()
            .any(|(k, d)| k == "O Enter" && d.starts_with("Open"))
    );
    assert!(
        km.hints(Context::List, Lang::En)
            .contains(&("O".into(), "open"))
    );
}

#[test]
fn conflicts_are_reported_and_the_user_wins() {
    // q quits everywhere by default; given to list.open, it opens in
    // the list and still quits in the detail view.
    let (km, problems) = patch(&[("list.open", &["q"])]);
    let q = ev(KeyCode::Char('q'), KeyModifiers::NONE);
    assert_eq!(km.action_for(Context::List, &q), Some(Action::Open));
    assert_eq!(km.action_for(Context::Detail, &q), Some(Action::Quit));
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert!(
        problems[0].contains(
            "\"q\" runs list.open in the list context; elsewhere it still runs global.quit"
        ),
        "{problems:?}"
    );
    // A key given to a global binding is taken from an inner default,
    // which would otherwise shadow it.
    let (km, problems) = patch(&[("global.filter", &["j"])]);
    let j = ev(KeyCode::Char('j'), KeyModifiers::NONE);
    assert_eq!(km.action_for(Context::List, &j), Some(Action::OpenFilter));
    assert_eq!(km.action_for(Context::Detail, &j), Some(Action::OpenFilter));
    assert!(
        problems
            .iter()
            .any(|p| p.contains("\"j\" now runs global.filter instead of list.down"))
    );
    // Same context: the default loses the key, and says when none is left.
    let (_, problems) = patch(&[("list.top", &["G", "End"])]);
    assert!(
        problems
            .iter()
            .any(|p| p.contains("instead of list.bottom, which has no key left"))
    );
    // Two overrides claiming one key: the first by name keeps it.
    let (km, problems) = patch(&[("list.top", &["o"]), ("list.open", &["o"])]);
    let o = ev(KeyCode::Char('o'), KeyModifiers::NONE);
    assert_eq!(km.action_for(Context::List, &o), Some(Action::Open));
    assert!(
        problems
            .iter()
            .any(|p| p.contains("both list.open and list.top"))
    );
    // Keys in unrelated contexts do not conflict.
    let (_, problems) = patch(&[("filter.toggle", &["o"]), ("list.open", &["o"])]);
    assert!(problems.is_empty(), "{problems:?}");
}

#[test]
fn bad_overrides_are_reported_and_ignored() {
    let (km, problems) = patch(&[
        ("list.opne", &["o"]),
        ("list.top", &["Hme"]),
        ("search.accept", &["a"]),
    ]);
    assert_eq!(problems.len(), 4, "{problems:?}");
    assert!(problems[0].contains("unknown binding \"list.opne\""));
    assert!(problems[1].contains("\"Hme\" is not a key"));
    assert!(problems[2].contains("typed into the query"));
    assert!(problems[3].contains("search.accept has no usable key; it keeps its default"));
    let enter = ev(KeyCode::Enter, KeyModifiers::NONE);
    assert_eq!(
        km.action_for(Context::Search, &enter),
        Some(Action::AcceptSearch)
    );
    // list.top keeps its defaults.
    let g = ev(KeyCode::Char('g'), KeyModifiers::NONE);
    assert_eq!(km.action_for(Context::List, &g), Some(Action::Top));
}

#[test]
fn ctrl_c_stays_quit_and_a_key_given_twice_counts_once() {
    let (km, problems) = patch(&[("list.open", &["C-c", "o"])]);
    assert!(problems[0].contains("C-c always quits"), "{problems:?}");
    let cc = ev(KeyCode::Char('c'), KeyModifiers::CONTROL);
    assert_eq!(km.action_for(Context::List, &cc), Some(Action::Quit));
    assert!(
        !km.hints(Context::List, Lang::En)
            .iter()
            .any(|(k, _)| k == "C-c")
    );
    let (_, problems) = patch(&[("list.down", &["ctrl-n", "C-n"])]);
    assert!(problems.is_empty(), "{problems:?}");
    // Two overrides claiming one key: the other keeps its defaults.
    let (km, problems) = patch(&[("list.open", &["o"]), ("list.down", &["o"])]);
    assert!(
        problems
            .iter()
            .any(|p| p.contains("list.open has no usable key; it keeps its default keys"))
    );
    let enter = ev(KeyCode::Enter, KeyModifiers::NONE);
    assert_eq!(km.action_for(Context::List, &enter), Some(Action::Open));
    // A popup can never be left without a way out.
    let (km, _) = patch(&[("filter.close", &["C-c"])]);
    let esc = ev(KeyCode::Esc, KeyModifiers::NONE);
    assert_eq!(
        km.action_for(Context::Filter, &esc),
        Some(Action::CloseOverlay)
    );
}

#[test]
fn a_shared_label_gives_way_to_the_keys_once_one_of_its_rows_changes() {
    let rows = |km: &Keymap, ctx: &str| -> Vec<(String, &'static str)> {
        km.help_sections(Lang::En)
            .into_iter()
            .find(|(t, _)| *t == ctx)
            .unwrap()
            .1
    };
    let (km, _) = patch(&[("list.tab-2", &["F2"])]);
    assert!(
        rows(&km, "List")
            .iter()
            .any(|(k, d)| k == "1 F2 3 4" && d.contains("tab"))
    );
    let (km, _) = patch(&[("detail.up", &["K"])]);
    assert!(rows(&km, "Detail").iter().any(|(k, _)| k == "↓ j K"));
    assert!(
        km.hints(Context::Detail, Lang::En)
            .iter()
            .any(|(k, _)| k == "↓")
    );
    // A key taken by a conflict counts as a change too.
    let (km, _) = patch(&[("global.filter", &["j"])]);
    assert!(rows(&km, "Detail").iter().any(|(k, _)| k == "↓ ↑ k"));
    // Untouched groups keep their label.
    assert!(rows(&km, "List").iter().any(|(k, _)| k == "1–4"));
}

#[test]
fn an_empty_list_unbinds_and_hides_the_help_row() {
    let (km, problems) = patch(&[("list.export", &[])]);
    assert!(problems.is_empty());
    let e = ev(KeyCode::Char('e'), KeyModifiers::NONE);
    assert_eq!(km.action_for(Context::List, &e), None);
    let help = km.help_sections(Lang::En);
    let list = &help.iter().find(|(t, _)| *t == "List").unwrap().1;
    assert!(!list.iter().any(|(_, d)| d.starts_with("Export the view")));
}
