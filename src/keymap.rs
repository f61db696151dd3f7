//! The one table of key bindings. Key handling, the status-bar hints and the
//! help overlay are all generated from [`BINDINGS`], as patched by the
//! user's configuration into a [`Keymap`].

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use crate::app::action::Action;
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
    /// Typing a word to find in the detail page.
    Find,
    Filter,
    Help,
}

impl Context {
    pub const ALL: [Context; 7] = [
        Context::Global,
        Context::List,
        Context::Detail,
        Context::Search,
        Context::Find,
        Context::Filter,
        Context::Help,
    ];

    /// The name used in the configuration file (`"list.open"`).
    pub fn name(self) -> &'static str {
        match self {
            Context::Global => "global",
            Context::List => "list",
            Context::Detail => "detail",
            Context::Search => "search",
            Context::Find => "find",
            Context::Filter => "filter",
            Context::Help => "help",
        }
    }

    /// True when a key bound in both contexts would be ambiguous: the same
    /// context, or one the other falls back to.
    fn overlaps(self, other: Context) -> bool {
        self.chain().contains(&other) || other.chain().contains(&self)
    }

    /// The contexts searched for a key, innermost first.
    pub fn chain(self) -> &'static [Context] {
        match self {
            Context::List => &[Context::List, Context::Global],
            Context::Detail => &[Context::Detail, Context::Global],
            Context::Search => &[Context::Search],
            Context::Find => &[Context::Find],
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
            (Context::Find, Lang::Fr) => "Chercher dans la fiche",
            (Context::Find, Lang::En) => "Find in the page",
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

    /// True for a character without Control or Alt (typed, while searching).
    pub fn is_plain_char(&self) -> bool {
        matches!(self.code, KeyCode::Char(_)) && (self.mods - KeyModifiers::SHIFT).is_empty()
    }

    /// Reads a key as the configuration file writes it: a character (`"o"`,
    /// `"O"`), a named key (`"Enter"`, `"Esc"`, `"Tab"`, `"S-Tab"`,
    /// `"Backspace"`, `"Space"`, `"Up"`, `"Down"`, `"Left"`, `"Right"`,
    /// `"Home"`, `"End"`, `"PageUp"`, `"PageDown"`, `"Delete"`, `"Insert"`,
    /// `"F1"`…`"F12"`), each optionally after `C-` (Control) or `M-` (Alt).
    /// Names are case-blind; `ctrl-`/`alt-` and the arrows ←↑→↓ work too.
    pub fn parse(text: &str) -> Result<Key, String> {
        let mut mods = KeyModifiers::NONE;
        let mut rest = text;
        loop {
            let lower = rest.to_ascii_lowercase();
            let prefix = ["c-", "ctrl-", "ctrl+", "m-", "alt-", "alt+"]
                .into_iter()
                .find(|p| lower.starts_with(p) && rest.len() > p.len());
            match prefix {
                Some(p) => {
                    mods |= if p.starts_with('c') {
                        KeyModifiers::CONTROL
                    } else {
                        KeyModifiers::ALT
                    };
                    rest = &rest[p.len()..];
                }
                None => break,
            }
        }
        let mut chars = rest.chars();
        let code = match (chars.next(), chars.next()) {
            (Some(c), None) if !c.is_control() => match c {
                '←' => KeyCode::Left,
                '→' => KeyCode::Right,
                '↑' => KeyCode::Up,
                '↓' => KeyCode::Down,
                c => KeyCode::Char(c),
            },
            _ => match rest.to_ascii_lowercase().as_str() {
                "enter" | "return" => KeyCode::Enter,
                "esc" | "escape" => KeyCode::Esc,
                "tab" => KeyCode::Tab,
                "s-tab" | "shift-tab" | "backtab" => KeyCode::BackTab,
                "backspace" | "bksp" => KeyCode::Backspace,
                "space" => KeyCode::Char(' '),
                "up" => KeyCode::Up,
                "down" => KeyCode::Down,
                "left" => KeyCode::Left,
                "right" => KeyCode::Right,
                "home" => KeyCode::Home,
                "end" => KeyCode::End,
                "pageup" | "pgup" => KeyCode::PageUp,
                "pagedown" | "pgdn" => KeyCode::PageDown,
                "delete" | "del" => KeyCode::Delete,
                "insert" | "ins" => KeyCode::Insert,
                f if f.len() >= 2
                    && f.starts_with('f')
                    && f[1..].parse::<u8>().is_ok_and(|n| (1..=12).contains(&n)) =>
                {
                    KeyCode::F(f[1..].parse().unwrap_or(1))
                }
                _ => {
                    return Err(format!(
                        "\"{text}\" is not a key (e.g. \"o\", \"C-o\", \"Enter\", \"M-Left\", \"F2\")"
                    ));
                }
            },
        };
        // Terminals send Control with a letter as the lower-case letter:
        // "C-N" means C-n (Shift is not seen with Control).
        let code = match code {
            KeyCode::Char(c) if mods.contains(KeyModifiers::CONTROL) => {
                KeyCode::Char(c.to_ascii_lowercase())
            }
            other => other,
        };
        Ok(Key { code, mods })
    }

    /// How the configuration file writes the key; [`Key::parse`] reads it back.
    pub fn config_name(&self) -> String {
        let base = match self.code {
            KeyCode::Char(' ') => "Space".to_string(),
            KeyCode::Char(c) => c.to_string(),
            KeyCode::BackTab => "S-Tab".into(),
            KeyCode::F(n) => format!("F{n}"),
            other => format!("{other:?}"),
        };
        let mut out = String::new();
        if self.mods.contains(KeyModifiers::CONTROL) {
            out.push_str("C-");
        }
        if self.mods.contains(KeyModifiers::ALT) {
            out.push_str("M-");
        }
        out + &base
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
            KeyCode::F(n) => format!("F{n}"),
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
    /// The binding's name in the configuration file, after its context's
    /// (`"list.open"`).
    pub name: &'static str,
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

macro_rules! bind {
    ($ctx:ident $name:literal, [$($k:expr),+], $action:expr, hint: $hint:expr, help: $help:expr) => {
        Binding { name: $name, context: Context::$ctx, keys: &[$($k),+], action: $action, hint: $hint, help: $help, keys_label: None }
    };
    ($ctx:ident $name:literal, [$($k:expr),+], $action:expr, hint: $hint:expr, help: $help:expr, label: $label:expr) => {
        Binding { name: $name, context: Context::$ctx, keys: &[$($k),+], action: $action, hint: $hint, help: $help, keys_label: Some($label) }
    };
}

use KeyCode::*;

pub static BINDINGS: &[Binding] = &[
    // Everywhere (list and detail).
    bind!(Global "quit", [ch('q')], Action::Quit, hint: Some(("quitter", "quit")), help: Some(("Quitter", "Quit"))),
    bind!(Global "quit-anywhere", [ctrl('c')], Action::Quit, hint: None, help: Some(("Quitter (partout)", "Quit (anywhere)"))),
    bind!(Global "suspend", [ctrl('z')], Action::Suspend, hint: None, help: Some(("Suspendre (fg pour revenir)", "Suspend (fg to come back)"))),
    bind!(Global "help", [ch('?')], Action::ToggleHelp, hint: Some(("aide", "help")), help: Some(("Aide", "Help"))),
    bind!(List "search", [ch('/')], Action::StartSearch, hint: Some(("chercher", "search")), help: Some(("Rechercher dans les fiches (floue, sans accents)", "Search the records (fuzzy, accent-blind)"))),
    bind!(Global "filter", [ch('f')], Action::OpenFilter, hint: Some(("filtrer", "filter")), help: Some(("Filtrer (domaine, statut, partie, nature…)", "Filter: domain, status, party, kind, date"))),
    bind!(Global "language", [ch('L')], Action::ToggleLang, hint: Some(("FR/EN", "FR/EN")), help: Some(("Langue de l'interface (FR/EN)", "Interface language (FR/EN)"))),
    bind!(Global "back", [alt(Left)], Action::Back, hint: None, help: Some(("Page précédente de l'historique", "Back in the history"))),
    bind!(Global "forward", [alt(Right)], Action::Forward, hint: None, help: Some(("Page suivante de l'historique", "Forward in the history"))),
    bind!(Global "copy-citation", [ch('y')], Action::CopyCitation, hint: Some(("citer", "cite")), help: Some(("Copier la citation (presse-papiers)", "Copy the citation to the clipboard"))),
    // List.
    bind!(List "next-tab", [key(Tab)], Action::NextTab, hint: Some(("onglet", "tab")), help: Some(("Onglet suivant", "Next tab"))),
    bind!(List "previous-tab", [key(BackTab)], Action::PrevTab, hint: None, help: Some(("Onglet précédent", "Previous tab"))),
    bind!(List "tab-1", [ch('1')], Action::GoTab(0), hint: None, help: Some(("Aller à l'onglet 1–4", "Go to tab 1–4")), label: "1–4"),
    bind!(List "tab-2", [ch('2')], Action::GoTab(1), hint: None, help: None),
    bind!(List "tab-3", [ch('3')], Action::GoTab(2), hint: None, help: None),
    bind!(List "tab-4", [ch('4')], Action::GoTab(3), hint: None, help: None),
    bind!(List "down", [key(Down), ch('j')], Action::Down, hint: None, help: Some(("Ligne suivante", "Next row"))),
    bind!(List "up", [key(Up), ch('k')], Action::Up, hint: None, help: Some(("Ligne précédente", "Previous row"))),
    bind!(List "top", [ch('g'), key(Home)], Action::Top, hint: None, help: Some(("Première ligne", "First row"))),
    bind!(List "bottom", [ch('G'), key(End)], Action::Bottom, hint: None, help: Some(("Dernière ligne", "Last row"))),
    bind!(List "page-down", [ctrl('d'), key(PageDown)], Action::PageDown, hint: None, help: Some(("Demi-page suivante", "Half a page down"))),
    bind!(List "page-up", [ctrl('u'), key(PageUp)], Action::PageUp, hint: None, help: Some(("Demi-page précédente", "Half a page up"))),
    bind!(List "open", [key(Enter)], Action::Open, hint: Some(("ouvrir", "open")), help: Some(("Ouvrir la fiche (FR | EN)", "Open the detail (FR | EN)"))),
    bind!(List "clear-search", [key(Esc)], Action::ClearQuery, hint: None, help: Some(("Effacer la recherche", "Clear the search"))),
    bind!(List "clear-filters", [ch('x')], Action::ClearFilters, hint: Some(("sans filtres", "no filters")), help: Some(("Retirer tous les filtres", "Clear every filter"))),
    bind!(List "export", [ch('e')], Action::Export, hint: Some(("exporter", "export")), help: Some(("Exporter la vue dans un fichier", "Export the view to a file"))),
    bind!(List "sort", [ch('s')], Action::CycleSort, hint: Some(("trier", "sort")), help: Some(("Trier par la colonne suivante (pertinence, titre, date, statut, signature, en vigueur)", "Sort by the next column (relevance, title, date, status, signed, in force)"))),
    bind!(List "reverse-sort", [ch('S')], Action::ReverseSort, hint: None, help: Some(("Inverser le tri", "Reverse the sort"))),
    bind!(List "toggle-preview", [ch('p')], Action::TogglePreview, hint: Some(("aperçu", "preview")), help: Some(("Afficher / masquer l'aperçu", "Show / hide the preview"))),
    bind!(List "export-format", [ch('E')], Action::CycleExportFormat, hint: None, help: Some(("Format d'export suivant (md, csv, json)", "Next export format (md, csv, json)"))),
    // Detail.
    bind!(Detail "down", [key(Down), ch('j')], Action::Down, hint: Some(("défiler", "scroll")), help: Some(("Descendre / monter", "Scroll down / up")), label: "j/k ↓/↑"),
    bind!(Detail "up", [key(Up), ch('k')], Action::Up, hint: None, help: None),
    bind!(Detail "top", [ch('g'), key(Home)], Action::Top, hint: None, help: Some(("Début", "Top"))),
    bind!(Detail "bottom", [ch('G'), key(End)], Action::Bottom, hint: None, help: Some(("Fin", "Bottom"))),
    bind!(Detail "page-down", [ctrl('d'), key(PageDown)], Action::PageDown, hint: None, help: Some(("Demi-page suivante", "Half a page down"))),
    bind!(Detail "page-up", [ctrl('u'), key(PageUp)], Action::PageUp, hint: None, help: Some(("Demi-page précédente", "Half a page up"))),
    bind!(Detail "next-link", [key(Tab)], Action::NextLink, hint: Some(("choisir", "select")), help: Some(("Lien ou source suivant", "Next related record or source"))),
    bind!(Detail "previous-link", [key(BackTab)], Action::PrevLink, hint: None, help: Some(("Lien ou source précédent", "Previous related record or source"))),
    bind!(Detail "follow", [key(Enter)], Action::Open, hint: Some(("suivre", "follow")), help: Some(("Suivre le lien choisi, ouvrir la source choisie", "Follow the selected link, open the selected source"))),
    bind!(Detail "find", [ch('/')], Action::StartFind, hint: Some(("chercher ici", "find")), help: Some(("Chercher dans la fiche (n, N : suivant, précédent)", "Find in the page (n, N: next, previous)"))),
    bind!(Detail "next-match", [ch('n')], Action::NextMatch, hint: None, help: Some(("Occurrence suivante", "Next match"))),
    bind!(Detail "previous-match", [ch('N')], Action::PrevMatch, hint: None, help: Some(("Occurrence précédente", "Previous match"))),
    bind!(Detail "open-source", [ch('o')], Action::OpenSource, hint: Some(("ouvrir la source", "open source")), help: Some(("Ouvrir la source choisie (sinon la première) dans le navigateur", "Open the selected source (else the first) in the browser"))),
    bind!(Detail "copy-source-url", [ch('Y')], Action::CopySourceUrl, hint: None, help: Some(("Copier l'adresse de cette source", "Copy that source's URL"))),
    bind!(Detail "back", [key(Esc), key(Backspace)], Action::Back, hint: Some(("retour", "back")), help: Some(("Retour", "Back"))),
    // Search line.
    bind!(Search "accept", [key(Enter)], Action::AcceptSearch, hint: Some(("garder", "keep")), help: Some(("Revenir à la liste, garder la requête", "Back to the list, keep the query"))),
    bind!(Search "cancel", [key(Esc)], Action::CancelSearch, hint: Some(("effacer", "clear")), help: Some(("Effacer la requête", "Clear the query"))),
    bind!(Search "delete-char", [key(Backspace)], Action::SearchBackspace, hint: None, help: Some(("Effacer un caractère", "Delete a character"))),
    bind!(Search "delete-word", [ctrl('w')], Action::SearchDeleteWord, hint: None, help: Some(("Effacer un mot", "Delete a word"))),
    bind!(Search "clear-line", [ctrl('u')], Action::SearchClearLine, hint: None, help: Some(("Effacer la ligne", "Clear the line"))),
    bind!(Search "down", [key(Down), ctrl('n'), ctrl('j')], Action::Down, hint: Some(("résultats", "results")), help: Some(("Résultat suivant / précédent (aussi C-n/C-p, C-j/C-k)", "Next / previous result (also C-n/C-p, C-j/C-k)")), label: "↓/↑"),
    bind!(Search "up", [key(Up), ctrl('p'), ctrl('k')], Action::Up, hint: None, help: None),
    // Find line (detail page).
    bind!(Find "accept", [key(Enter)], Action::AcceptSearch, hint: Some(("garder", "keep")), help: Some(("Garder les occurrences (n, N pour y aller)", "Keep the matches (n, N to go through them)"))),
    bind!(Find "cancel", [key(Esc)], Action::CancelSearch, hint: Some(("effacer", "clear")), help: Some(("Effacer la recherche dans la fiche", "Clear the find"))),
    bind!(Find "delete-char", [key(Backspace)], Action::SearchBackspace, hint: None, help: Some(("Effacer un caractère", "Delete a character"))),
    bind!(Find "delete-word", [ctrl('w')], Action::SearchDeleteWord, hint: None, help: Some(("Effacer un mot", "Delete a word"))),
    bind!(Find "clear-line", [ctrl('u')], Action::SearchClearLine, hint: None, help: Some(("Effacer la ligne", "Clear the line"))),
    // Filter popup.
    bind!(Filter "down", [key(Down), ch('j')], Action::Down, hint: None, help: Some(("Ligne suivante", "Next row"))),
    bind!(Filter "up", [key(Up), ch('k')], Action::Up, hint: None, help: Some(("Ligne précédente", "Previous row"))),
    bind!(Filter "next-section", [key(Tab)], Action::NextTab, hint: Some(("section", "section")), help: Some(("Section suivante", "Next section"))),
    bind!(Filter "previous-section", [key(BackTab)], Action::PrevTab, hint: None, help: Some(("Section précédente", "Previous section"))),
    bind!(Filter "toggle", [ch(' '), key(Enter)], Action::ToggleFilter, hint: Some(("cocher", "toggle")), help: Some(("Cocher / décocher (année\u{a0}: tout)", "Toggle (year: reset)"))),
    bind!(Filter "next-year", [key(Right), ch('+')], Action::Increase, hint: Some(("année", "year")), help: Some(("Année suivante / précédente", "Next / previous year")), label: "→/+ ←/-"),
    bind!(Filter "previous-year", [key(Left), ch('-')], Action::Decrease, hint: None, help: None),
    bind!(Filter "clear", [ch('x')], Action::ClearFilters, hint: Some(("tout effacer", "clear all")), help: Some(("Retirer tous les filtres", "Clear every filter"))),
    bind!(Filter "close", [key(Esc), ch('f'), ch('q')], Action::CloseOverlay, hint: Some(("fermer", "close")), help: Some(("Fermer", "Close"))),
    bind!(Filter "quit", [ctrl('c')], Action::Quit, hint: None, help: None),
    // Help overlay.
    bind!(Help "down", [key(Down), ch('j')], Action::Down, hint: None, help: Some(("Défiler", "Scroll")), label: "j/k ↓/↑"),
    bind!(Help "up", [key(Up), ch('k')], Action::Up, hint: None, help: None),
    bind!(Help "page-down", [ctrl('d'), key(PageDown), ch(' ')], Action::PageDown, hint: None, help: Some(("Page suivante", "Page down"))),
    bind!(Help "page-up", [ctrl('u'), key(PageUp)], Action::PageUp, hint: None, help: Some(("Page précédente", "Page up"))),
    bind!(Help "top", [ch('g'), key(Home)], Action::Top, hint: None, help: Some(("Début", "Top"))),
    bind!(Help "bottom", [ch('G'), key(End)], Action::Bottom, hint: None, help: Some(("Fin", "Bottom"))),
    bind!(Help "close", [key(Esc), ch('?'), ch('q')], Action::CloseOverlay, hint: Some(("fermer", "close")), help: Some(("Fermer l'aide", "Close help"))),
    bind!(Help "quit", [ctrl('c')], Action::Quit, hint: None, help: None),
];

/// The keys that act the same in every context and on every screen, and
/// cannot be rebound: Ctrl-C quits, Ctrl-Z suspends (as in a shell, since
/// raw mode turns them into keys).
pub fn fixed_action(event: &KeyEvent) -> Option<Action> {
    if !event.modifiers.contains(KeyModifiers::CONTROL) {
        return None;
    }
    match event.code {
        KeyCode::Char('c') => Some(Action::Quit),
        KeyCode::Char('z') => Some(Action::Suspend),
        _ => None,
    }
}

/// Bindings whose hint comes after the others in the status bar.
const SECONDARY_HINTS: &[&str] = &[
    "open-source",
    "sort",
    "export",
    "copy-citation",
    "toggle-preview",
    "clear-filters",
];

/// The live key bindings: [`BINDINGS`] with the user's overrides applied.
/// Lookups, status-bar hints and the help overlay all read this.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Keymap {
    /// The keys of each row of [`BINDINGS`], in the same order.
    keys: Vec<Vec<Key>>,
    /// Rows whose keys the user changed (their `keys_label` no longer applies).
    changed: Vec<bool>,
}

impl Default for Keymap {
    fn default() -> Keymap {
        Keymap {
            keys: BINDINGS.iter().map(|b| b.keys.to_vec()).collect(),
            changed: vec![false; BINDINGS.len()],
        }
    }
}

/// The row of [`BINDINGS`] a configuration name (`"list.open"`) designates.
pub fn find_binding(name: &str) -> Option<usize> {
    let (ctx, rest) = name.split_once('.')?;
    BINDINGS
        .iter()
        .position(|b| b.context.name() == ctx && b.name == rest)
}

impl Keymap {
    /// The default keymap patched with `overrides` (binding name → keys; an
    /// empty list unbinds). Returns the keymap and one message per problem:
    /// unknown names, unreadable keys, and conflicts. A key the user gives
    /// wins over a default binding of the same key, which loses it; when two
    /// overrides claim one key, the first in name order keeps it.
    pub fn patched<'a>(
        overrides: impl IntoIterator<Item = (&'a str, &'a [String])>,
    ) -> (Keymap, Vec<String>) {
        let mut map = Keymap::default();
        let mut problems = Vec::new();
        let mut claimed: Vec<(usize, Key)> = Vec::new();
        // Rows the user set (their keys are never taken away).
        let mut user = vec![false; BINDINGS.len()];
        let mut overrides: Vec<(&str, &[String])> = overrides.into_iter().collect();
        overrides.sort_by_key(|(n, _)| *n);
        for (name, keys) in overrides {
            let Some(row) = find_binding(name) else {
                problems.push(format!(
                    "keys: unknown binding \"{name}\" (`accords config --default` lists them)"
                ));
                continue;
            };
            let mut parsed = Vec::new();
            let mut bad = false;
            for k in keys {
                match Key::parse(k) {
                    Ok(key) => parsed.push(key),
                    Err(e) => {
                        problems.push(format!("keys: \"{name}\": {e}"));
                        bad = true;
                    }
                }
            }
            if bad {
                continue;
            }
            let ctx = BINDINGS[row].context;
            let mut kept = Vec::new();
            for key in parsed {
                if kept.contains(&key) {
                    continue;
                }
                let fixed = fixed_action(&KeyEvent::new(key.code, key.mods));
                if fixed.as_ref().is_some_and(|a| *a != BINDINGS[row].action) {
                    problems.push(format!(
                        "keys: \"{name}\": {} always {} and cannot be bound",
                        key.config_name(),
                        if fixed == Some(Action::Quit) {
                            "quits"
                        } else {
                            "suspends"
                        }
                    ));
                    continue;
                }
                if matches!(ctx, Context::Search | Context::Find) && key.is_plain_char() {
                    problems.push(format!(
                        "keys: \"{name}\": \"{}\" is typed into the query while searching; \
                         give it a modifier (C-…, M-…) or a named key",
                        key.config_name()
                    ));
                    continue;
                }
                if let Some((other, _)) = claimed
                    .iter()
                    .find(|(r, k)| *k == key && BINDINGS[*r].context.overlaps(ctx))
                {
                    problems.push(format!(
                        "keys: \"{}\" is given to both {} and {name}; {} keeps it",
                        key.config_name(),
                        full_name(*other),
                        full_name(*other)
                    ));
                    continue;
                }
                claimed.push((row, key));
                kept.push(key);
            }
            if kept.is_empty() && !keys.is_empty() {
                // Never leave a binding keyless by accident (a popup could
                // not be closed): an explicit [] unbinds, nothing else does.
                problems.push(format!(
                    "keys: {name} has no usable key; it keeps its default keys"
                ));
                continue;
            }
            map.keys[row] = kept;
            map.changed[row] = true;
            user[row] = true;
        }
        // Default bindings lose the keys the user gave to something else:
        // in the same context, or in an inner one that would shadow a key
        // given to a global binding. A key given to an inner binding only
        // shadows the global one there (lookup tries the inner context
        // first); elsewhere the global binding keeps it.
        for (row, key) in &claimed {
            let ctx = BINDINGS[*row].context;
            for (other, binding) in BINDINGS.iter().enumerate() {
                if other == *row
                    || user[other]
                    || !binding.context.overlaps(ctx)
                    || !map.keys[other].contains(key)
                {
                    continue;
                }
                if binding.context == Context::Global && ctx != Context::Global {
                    problems.push(format!(
                        "keys: \"{}\" runs {} in the {} context; elsewhere it still runs {}",
                        key.config_name(),
                        full_name(*row),
                        ctx.name(),
                        full_name(other),
                    ));
                    continue;
                }
                map.keys[other].retain(|k| k != key);
                map.changed[other] = true;
                problems.push(format!(
                    "keys: \"{}\" now runs {} instead of {}{}",
                    key.config_name(),
                    full_name(*row),
                    full_name(other),
                    if map.keys[other].is_empty() {
                        ", which has no key left"
                    } else {
                        ""
                    }
                ));
            }
        }
        (map, problems)
    }

    /// The keys bound to row `row` of [`BINDINGS`].
    pub fn keys(&self, row: usize) -> &[Key] {
        &self.keys[row]
    }

    /// The rows a row's `keys_label` speaks for: itself and the rows after
    /// it that have no help line of their own (2–4 after 1, k after j).
    fn group(row: usize) -> std::ops::Range<usize> {
        let b = &BINDINGS[row];
        let mut end = row + 1;
        if b.keys_label.is_some() {
            while end < BINDINGS.len()
                && BINDINGS[end].context == b.context
                && BINDINGS[end].help.is_none()
                && BINDINGS[end].keys_label.is_none()
                && BINDINGS[end].action != Action::Quit
            {
                end += 1;
            }
        }
        row..end
    }

    /// The row's label ("1–4"), while every row it speaks for has its
    /// default keys.
    fn label(&self, row: usize) -> Option<&'static str> {
        BINDINGS[row]
            .keys_label
            .filter(|_| Self::group(row).all(|r| !self.changed[r]))
    }

    /// How a row's keys are written in help: its label, or the keys of
    /// every row it speaks for ("1 F2 3 4").
    fn keys_text(&self, row: usize) -> String {
        match self.label(row) {
            Some(l) => l.to_string(),
            None => Self::group(row)
                .flat_map(|r| self.keys[r].iter())
                .map(Key::label)
                .collect::<Vec<_>>()
                .join(" "),
        }
    }

    /// A row's first key, as the status bar writes it.
    fn hint_key(&self, row: usize) -> Option<String> {
        match self.label(row) {
            Some(l) => Some(l.to_string()),
            None => self.keys[row].first().map(Key::label),
        }
    }

    /// The action for `event` in `context`, if any. While searching, a plain
    /// character is typed into the query. Ctrl-C and Ctrl-Z act everywhere
    /// (see [`fixed_action`]).
    pub fn action_for(&self, context: Context, event: &KeyEvent) -> Option<Action> {
        if matches!(context, Context::Search | Context::Find) {
            if let KeyCode::Char(c) = event.code {
                let mods = event.modifiers - KeyModifiers::SHIFT;
                if mods.is_empty() {
                    return Some(Action::SearchInput(c));
                }
            }
        }
        if let Some(action) = fixed_action(event) {
            return Some(action);
        }
        context.chain().iter().find_map(|ctx| {
            (0..BINDINGS.len())
                .filter(|&r| BINDINGS[r].context == *ctx)
                .find(|&r| self.keys[r].iter().any(|k| k.matches(event)))
                .map(|r| BINDINGS[r].action.clone())
        })
    }

    /// The status-bar hints of a context: `(key, label)` pairs, the ones a
    /// newcomer needs first, then the [`SECONDARY_HINTS`] shown when there
    /// is room.
    pub fn hints(&self, context: Context, lang: Lang) -> Vec<(String, &'static str)> {
        let rows: Vec<usize> = context
            .chain()
            .iter()
            .flat_map(|ctx| (0..BINDINGS.len()).filter(move |&r| BINDINGS[r].context == *ctx))
            .collect();
        let secondary = |r: usize| SECONDARY_HINTS.contains(&BINDINGS[r].name);
        let (first, mut then): (Vec<usize>, Vec<usize>) =
            rows.into_iter().partition(|&r| !secondary(r));
        then.sort_by_key(|&r| SECONDARY_HINTS.iter().position(|n| *n == BINDINGS[r].name));
        first
            .into_iter()
            .chain(then)
            .filter_map(|r| {
                let (fr, en) = BINDINGS[r].hint?;
                Some((self.hint_key(r)?, tr(lang, fr, en)))
            })
            .collect()
    }

    /// The help overlay's sections: a title and `(keys, description)` rows.
    /// Rows left without a key are not shown.
    pub fn help_sections(&self, lang: Lang) -> Vec<(&'static str, Vec<(String, &'static str)>)> {
        Context::ALL
            .into_iter()
            .map(|ctx| {
                let rows = (0..BINDINGS.len())
                    .filter(|&r| {
                        BINDINGS[r].context == ctx
                            && Self::group(r).any(|g| !self.keys[g].is_empty())
                    })
                    .filter_map(|r| {
                        let (fr, en) = BINDINGS[r].help?;
                        Some((self.keys_text(r), tr(lang, fr, en)))
                    })
                    .collect();
                (ctx.title(lang), rows)
            })
            .collect()
    }

    /// Every binding as the configuration file writes it, in table order:
    /// `("list.open", ["Enter"])`.
    pub fn entries(&self) -> Vec<(String, Vec<String>)> {
        (0..BINDINGS.len())
            .map(|r| {
                (
                    full_name(r),
                    self.keys[r].iter().map(Key::config_name).collect(),
                )
            })
            .collect()
    }
}

/// `"context.name"` of row `row`.
fn full_name(row: usize) -> String {
    let b = &BINDINGS[row];
    format!("{}.{}", b.context.name(), b.name)
}

use crate::model::tr;

#[cfg(test)]
mod tests {
    use super::*;

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
}
