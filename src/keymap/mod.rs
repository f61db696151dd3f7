//! The one table of key bindings. Key handling, the status-bar hints and the
//! help overlay are all generated from [`BINDINGS`], as patched by the
//! user's configuration into a [`Keymap`].

mod bindings;
mod key;
#[cfg(test)]
mod tests;

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use crate::app::action::Action;
use crate::model::{Lang, tr};

pub use bindings::BINDINGS;
pub use key::Key;

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
    /// Typing a `:` command.
    Command,
    Filter,
    Help,
}

impl Context {
    pub const ALL: [Context; 8] = [
        Context::Global,
        Context::List,
        Context::Detail,
        Context::Search,
        Context::Find,
        Context::Command,
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
            Context::Command => "command",
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
            Context::Command => &[Context::Command],
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
            (Context::Command, Lang::Fr) => "Ligne de commande (:)",
            (Context::Command, Lang::En) => "Command line (:)",
            (Context::Filter, Lang::Fr) => "Filtre",
            (Context::Filter, Lang::En) => "Filter",
            (Context::Help, Lang::Fr) => "Aide",
            (Context::Help, Lang::En) => "Help",
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
                if matches!(ctx, Context::Search | Context::Find | Context::Command)
                    && key.is_plain_char()
                {
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
        if matches!(context, Context::Search | Context::Find | Context::Command) {
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
