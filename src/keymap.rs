//! The one table of key bindings. Key handling, the status-bar hints and the
//! help overlay are all generated from [`BINDINGS`].

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use crate::app::Action;
use crate::model::Lang;

/// Where a binding applies. A key is looked up in the innermost context
/// first, then in the ones it falls back to (see [`Context::chain`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Context {
    /// Anywhere but while typing a query.
    Global,
    List,
    Detail,
    Search,
    Filter,
    Help,
}

impl Context {
    /// The contexts searched for a key, innermost first.
    pub fn chain(self) -> &'static [Context] {
        match self {
            Context::List => &[Context::List, Context::Global],
            Context::Detail => &[Context::Detail, Context::Global],
            Context::Search => &[Context::Search],
            Context::Filter => &[Context::Filter],
            Context::Help => &[Context::Help],
            Context::Global => &[Context::Global],
        }
    }

    pub fn title(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Context::Global, Lang::Fr) => "Partout",
            (Context::Global, Lang::En) => "Everywhere",
            (Context::List, Lang::Fr) => "Liste",
            (Context::List, Lang::En) => "List",
            (Context::Detail, Lang::Fr) => "Fiche",
            (Context::Detail, Lang::En) => "Detail",
            (Context::Search, Lang::Fr) => "Recherche",
            (Context::Search, Lang::En) => "Search",
            (Context::Filter, Lang::Fr) => "Filtre",
            (Context::Filter, Lang::En) => "Filter",
            (Context::Help, Lang::Fr) => "Aide",
            (Context::Help, Lang::En) => "Help",
        }
    }
}

/// A key with its modifiers. Shift is implied by upper-case characters.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Key {
    pub code: KeyCode,
    pub mods: KeyModifiers,
}

const fn key(code: KeyCode) -> Key {
    Key {
        code,
        mods: KeyModifiers::NONE,
    }
}

const fn ch(c: char) -> Key {
    key(KeyCode::Char(c))
}

const fn ctrl(c: char) -> Key {
    Key {
        code: KeyCode::Char(c),
        mods: KeyModifiers::CONTROL,
    }
}

const fn alt(code: KeyCode) -> Key {
    Key {
        code,
        mods: KeyModifiers::ALT,
    }
}

impl Key {
    /// True when `event` is this key. Shift is ignored for characters (the
    /// character itself carries it) and for Shift-Tab.
    pub fn matches(&self, event: &KeyEvent) -> bool {
        let mods = event.modifiers - KeyModifiers::SHIFT;
        let want = self.mods - KeyModifiers::SHIFT;
        match (self.code, event.code) {
            (KeyCode::Char(a), KeyCode::Char(b)) => a == b && mods == want,
            (a, b) => a == b && mods == want,
        }
    }

    /// How the key is written in hints and help.
    pub fn label(&self) -> String {
        let base = match self.code {
            KeyCode::Char(' ') => "Space".to_string(),
            KeyCode::Char(c) => c.to_string(),
            KeyCode::Enter => "Enter".into(),
            KeyCode::Esc => "Esc".into(),
            KeyCode::Tab => "Tab".into(),
            KeyCode::BackTab => "S-Tab".into(),
            KeyCode::Backspace => "Bksp".into(),
            KeyCode::Up => "↑".into(),
            KeyCode::Down => "↓".into(),
            KeyCode::Left => "←".into(),
            KeyCode::Right => "→".into(),
            KeyCode::Home => "Home".into(),
            KeyCode::End => "End".into(),
            KeyCode::PageUp => "PgUp".into(),
            KeyCode::PageDown => "PgDn".into(),
            other => format!("{other:?}"),
        };
        if self.mods.contains(KeyModifiers::CONTROL) {
            format!("C-{base}")
        } else if self.mods.contains(KeyModifiers::ALT) {
            format!("M-{base}")
        } else {
            base
        }
    }
}

/// One row of the keymap.
pub struct Binding {
    pub context: Context,
    pub keys: &'static [Key],
    pub action: Action,
    /// Shown in the status bar of its context, with this short label.
    pub hint: Option<(&'static str, &'static str)>,
    /// The help line (French, English); `None` hides the row from help
    /// (used for rows that another row already describes, e.g. 2–4).
    pub help: Option<(&'static str, &'static str)>,
    /// Overrides how the keys are written in help ("1–4").
    pub keys_label: Option<&'static str>,
}

impl Binding {
    pub fn keys_text(&self) -> String {
        match self.keys_label {
            Some(l) => l.to_string(),
            None => self
                .keys
                .iter()
                .map(Key::label)
                .collect::<Vec<_>>()
                .join(" "),
        }
    }

    /// The first key, as the status bar writes it.
    pub fn hint_key(&self) -> String {
        match self.keys_label {
            Some(l) => l.to_string(),
            None => self.keys.first().map(Key::label).unwrap_or_default(),
        }
    }
}

macro_rules! bind {
    ($ctx:ident, [$($k:expr),+], $action:expr, hint: $hint:expr, help: $help:expr) => {
        Binding { context: Context::$ctx, keys: &[$($k),+], action: $action, hint: $hint, help: $help, keys_label: None }
    };
    ($ctx:ident, [$($k:expr),+], $action:expr, hint: $hint:expr, help: $help:expr, label: $label:expr) => {
        Binding { context: Context::$ctx, keys: &[$($k),+], action: $action, hint: $hint, help: $help, keys_label: Some($label) }
    };
}

use KeyCode::*;

pub static BINDINGS: &[Binding] = &[
    // Everywhere (list and detail).
    bind!(Global, [ch('q')], Action::Quit, hint: Some(("quitter", "quit")), help: Some(("Quitter", "Quit"))),
    bind!(Global, [ctrl('c')], Action::Quit, hint: None, help: Some(("Quitter (partout)", "Quit (anywhere)"))),
    bind!(Global, [ch('?')], Action::ToggleHelp, hint: Some(("aide", "help")), help: Some(("Aide", "Help"))),
    bind!(Global, [ch('/')], Action::StartSearch, hint: Some(("chercher", "search")), help: Some(("Rechercher (floue, sans accents)", "Search (fuzzy, accent-blind)"))),
    bind!(Global, [ch('f')], Action::OpenFilter, hint: Some(("filtrer", "filter")), help: Some(("Filtrer (domaine, statut, partie, nature…)", "Filter: domain, status, party, kind, date"))),
    bind!(Global, [ch('L')], Action::ToggleLang, hint: Some(("FR/EN", "FR/EN")), help: Some(("Langue de l'interface (FR/EN)", "Interface language (FR/EN)"))),
    bind!(Global, [alt(Left)], Action::Back, hint: None, help: Some(("Page précédente de l'historique", "Back in the history"))),
    bind!(Global, [alt(Right)], Action::Forward, hint: None, help: Some(("Page suivante de l'historique", "Forward in the history"))),
    bind!(Global, [ch('y')], Action::CopyCitation, hint: None, help: Some(("Copier la citation (presse-papiers)", "Copy the citation to the clipboard"))),
    // List.
    bind!(List, [key(Tab)], Action::NextTab, hint: Some(("onglet", "tab")), help: Some(("Onglet suivant", "Next tab"))),
    bind!(List, [key(BackTab)], Action::PrevTab, hint: None, help: Some(("Onglet précédent", "Previous tab"))),
    bind!(List, [ch('1')], Action::GoTab(0), hint: None, help: Some(("Aller à l'onglet 1–4", "Go to tab 1–4")), label: "1–4"),
    bind!(List, [ch('2')], Action::GoTab(1), hint: None, help: None),
    bind!(List, [ch('3')], Action::GoTab(2), hint: None, help: None),
    bind!(List, [ch('4')], Action::GoTab(3), hint: None, help: None),
    bind!(List, [key(Down), ch('j')], Action::Down, hint: None, help: Some(("Ligne suivante", "Next row"))),
    bind!(List, [key(Up), ch('k')], Action::Up, hint: None, help: Some(("Ligne précédente", "Previous row"))),
    bind!(List, [ch('g'), key(Home)], Action::Top, hint: None, help: Some(("Première ligne", "First row"))),
    bind!(List, [ch('G'), key(End)], Action::Bottom, hint: None, help: Some(("Dernière ligne", "Last row"))),
    bind!(List, [ctrl('d'), key(PageDown)], Action::PageDown, hint: None, help: Some(("Page suivante", "Page down"))),
    bind!(List, [ctrl('u'), key(PageUp)], Action::PageUp, hint: None, help: Some(("Page précédente", "Page up"))),
    bind!(List, [key(Enter)], Action::Open, hint: Some(("ouvrir", "open")), help: Some(("Ouvrir la fiche (FR | EN)", "Open the detail (FR | EN)"))),
    bind!(List, [key(Esc)], Action::ClearQuery, hint: None, help: Some(("Effacer la recherche", "Clear the search"))),
    bind!(List, [ch('x')], Action::ClearFilters, hint: None, help: Some(("Retirer tous les filtres", "Clear every filter"))),
    bind!(List, [ch('e')], Action::Export, hint: None, help: Some(("Exporter la vue dans un fichier", "Export the view to a file"))),
    bind!(List, [ch('E')], Action::CycleExportFormat, hint: None, help: Some(("Format d'export suivant (md, csv, json)", "Next export format (md, csv, json)"))),
    // Detail.
    bind!(Detail, [key(Down), ch('j')], Action::Down, hint: Some(("défiler", "scroll")), help: Some(("Descendre", "Scroll down")), label: "j/k ↓/↑"),
    bind!(Detail, [key(Up), ch('k')], Action::Up, hint: None, help: None),
    bind!(Detail, [ch('g'), key(Home)], Action::Top, hint: None, help: Some(("Début", "Top"))),
    bind!(Detail, [ch('G'), key(End)], Action::Bottom, hint: None, help: Some(("Fin", "Bottom"))),
    bind!(Detail, [ctrl('d'), key(PageDown)], Action::PageDown, hint: None, help: Some(("Page suivante", "Page down"))),
    bind!(Detail, [ctrl('u'), key(PageUp)], Action::PageUp, hint: None, help: Some(("Page précédente", "Page up"))),
    bind!(Detail, [key(Tab)], Action::NextLink, hint: Some(("lien", "link")), help: Some(("Lien suivant", "Next related record"))),
    bind!(Detail, [key(BackTab)], Action::PrevLink, hint: None, help: Some(("Lien précédent", "Previous related record"))),
    bind!(Detail, [key(Enter)], Action::Open, hint: Some(("suivre", "follow")), help: Some(("Ouvrir le lien choisi", "Open the selected link"))),
    bind!(Detail, [key(Esc), key(Backspace)], Action::Back, hint: Some(("retour", "back")), help: Some(("Retour", "Back"))),
    // Search line.
    bind!(Search, [key(Enter)], Action::AcceptSearch, hint: Some(("garder", "keep")), help: Some(("Revenir à la liste, garder la requête", "Back to the list, keep the query"))),
    bind!(Search, [key(Esc)], Action::CancelSearch, hint: Some(("effacer", "clear")), help: Some(("Effacer la requête", "Clear the query"))),
    bind!(Search, [key(Backspace)], Action::SearchBackspace, hint: None, help: Some(("Effacer un caractère", "Delete a character"))),
    bind!(Search, [ctrl('w')], Action::SearchDeleteWord, hint: None, help: Some(("Effacer un mot", "Delete a word"))),
    bind!(Search, [ctrl('u')], Action::SearchClearLine, hint: None, help: Some(("Effacer la ligne", "Clear the line"))),
    bind!(Search, [key(Down)], Action::Down, hint: Some(("résultats", "results")), help: Some(("Résultat suivant", "Next result")), label: "↓/↑"),
    bind!(Search, [key(Up)], Action::Up, hint: None, help: None),
    // Filter popup.
    bind!(Filter, [key(Down), ch('j')], Action::Down, hint: None, help: Some(("Ligne suivante", "Next row"))),
    bind!(Filter, [key(Up), ch('k')], Action::Up, hint: None, help: Some(("Ligne précédente", "Previous row"))),
    bind!(Filter, [key(Tab)], Action::NextTab, hint: Some(("section", "section")), help: Some(("Section suivante", "Next section"))),
    bind!(Filter, [key(BackTab)], Action::PrevTab, hint: None, help: Some(("Section précédente", "Previous section"))),
    bind!(Filter, [ch(' '), key(Enter)], Action::ToggleDomain, hint: Some(("cocher", "toggle")), help: Some(("Cocher / décocher (année\u{a0}: tout)", "Toggle (year: reset)"))),
    bind!(Filter, [key(Right), ch('+')], Action::Increase, hint: Some(("année", "year")), help: Some(("Année suivante / précédente", "Next / previous year")), label: "→/+ ←/-"),
    bind!(Filter, [key(Left), ch('-')], Action::Decrease, hint: None, help: None),
    bind!(Filter, [ch('x')], Action::ClearFilters, hint: Some(("tout effacer", "clear all")), help: Some(("Retirer tous les filtres", "Clear every filter"))),
    bind!(Filter, [key(Esc), ch('f'), ch('q')], Action::CloseOverlay, hint: Some(("fermer", "close")), help: Some(("Fermer", "Close"))),
    bind!(Filter, [ctrl('c')], Action::Quit, hint: None, help: None),
    // Help overlay.
    bind!(Help, [key(Down), ch('j')], Action::Down, hint: None, help: Some(("Défiler", "Scroll")), label: "j/k ↓/↑"),
    bind!(Help, [key(Up), ch('k')], Action::Up, hint: None, help: None),
    bind!(Help, [key(Esc), ch('?'), ch('q')], Action::CloseOverlay, hint: Some(("fermer", "close")), help: Some(("Fermer l'aide", "Close help"))),
    bind!(Help, [ctrl('c')], Action::Quit, hint: None, help: None),
];

/// The action for `event` in `context`, if any. While searching, a plain
/// character is typed into the query.
pub fn action_for(context: Context, event: &KeyEvent) -> Option<Action> {
    if context == Context::Search {
        if let KeyCode::Char(c) = event.code {
            let mods = event.modifiers - KeyModifiers::SHIFT;
            if mods.is_empty() {
                return Some(Action::SearchInput(c));
            }
        }
    }
    if event.code == KeyCode::Char('c') && event.modifiers.contains(KeyModifiers::CONTROL) {
        return Some(Action::Quit);
    }
    context.chain().iter().find_map(|ctx| {
        BINDINGS
            .iter()
            .filter(|b| b.context == *ctx)
            .find(|b| b.keys.iter().any(|k| k.matches(event)))
            .map(|b| b.action)
    })
}

/// The status-bar hints of a context: `(key, label)` pairs.
pub fn hints(context: Context, lang: Lang) -> Vec<(String, &'static str)> {
    context
        .chain()
        .iter()
        .flat_map(|ctx| BINDINGS.iter().filter(move |b| b.context == *ctx))
        .filter_map(|b| {
            b.hint.map(|(fr, en)| {
                (
                    b.hint_key(),
                    match lang {
                        Lang::Fr => fr,
                        Lang::En => en,
                    },
                )
            })
        })
        .collect()
}

/// The help overlay's sections: a title and `(keys, description)` rows.
pub fn help_sections(lang: Lang) -> Vec<(&'static str, Vec<(String, &'static str)>)> {
    [
        Context::Global,
        Context::List,
        Context::Detail,
        Context::Search,
        Context::Filter,
        Context::Help,
    ]
    .into_iter()
    .map(|ctx| {
        let rows = BINDINGS
            .iter()
            .filter(|b| b.context == ctx)
            .filter_map(|b| {
                b.help.map(|(fr, en)| {
                    (
                        b.keys_text(),
                        match lang {
                            Lang::Fr => fr,
                            Lang::En => en,
                        },
                    )
                })
            })
            .collect();
        (ctx.title(lang), rows)
    })
    .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ev(code: KeyCode, mods: KeyModifiers) -> KeyEvent {
        KeyEvent::new(code, mods)
    }

    #[test]
    fn lookups_follow_context() {
        let tab = ev(KeyCode::Tab, KeyModifiers::NONE);
        assert_eq!(action_for(Context::List, &tab), Some(Action::NextTab));
        assert_eq!(action_for(Context::Detail, &tab), Some(Action::NextLink));
        let q = ev(KeyCode::Char('q'), KeyModifiers::NONE);
        assert_eq!(action_for(Context::Detail, &q), Some(Action::Quit));
        assert_eq!(
            action_for(Context::Search, &q),
            Some(Action::SearchInput('q'))
        );
        let shift_l = ev(KeyCode::Char('L'), KeyModifiers::SHIFT);
        assert_eq!(
            action_for(Context::List, &shift_l),
            Some(Action::ToggleLang)
        );
        let back = ev(KeyCode::BackTab, KeyModifiers::SHIFT);
        assert_eq!(action_for(Context::List, &back), Some(Action::PrevTab));
        let cc = ev(KeyCode::Char('c'), KeyModifiers::CONTROL);
        for ctx in [
            Context::List,
            Context::Search,
            Context::Filter,
            Context::Help,
        ] {
            assert_eq!(action_for(ctx, &cc), Some(Action::Quit));
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
        let help = help_sections(Lang::En);
        let list = &help.iter().find(|(t, _)| *t == "List").unwrap().1;
        assert!(list.iter().any(|(k, d)| k == "1–4" && d.contains("tab")));
        let hints = hints(Context::List, Lang::Fr);
        assert!(hints.iter().any(|(k, l)| k == "/" && *l == "chercher"));
        assert!(hints.iter().any(|(k, l)| k == "Tab" && *l == "onglet"));
    }
}
