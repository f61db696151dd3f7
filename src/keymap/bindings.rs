//! The default bindings: [`BINDINGS`], one row per action and context.

use ratatui::crossterm::event::KeyCode;

use super::key::{alt, ch, ctrl, key};
use super::{Binding, Context};
use crate::app::action::Action;

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
    bind!(Global "command", [ch(':')], Action::StartCommand, hint: None, help: Some(("Ligne de commande (year, status, domain, party, sort, goto, export)", "Command line (year, status, domain, party, sort, goto, export)"))),
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
    bind!(List "mark", [ch(' ')], Action::ToggleMark, hint: None, help: Some(("Marquer / démarquer la fiche (e et y agissent alors sur les fiches marquées)", "Mark / unmark the record (e and y then act on the marked records)"))),
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
    // Command line.
    bind!(Command "run", [key(Enter)], Action::AcceptSearch, hint: Some(("exécuter", "run")), help: Some(("Exécuter : year 2020..2025, status in-force, domain space, party kr, sort in-force desc, goto ID, export csv, clear", "Run: year 2020..2025, status in-force, domain space, party kr, sort in-force desc, goto ID, export csv, clear"))),
    bind!(Command "cancel", [key(Esc)], Action::CancelSearch, hint: Some(("annuler", "cancel")), help: Some(("Fermer sans exécuter", "Close without running"))),
    bind!(Command "complete", [key(Tab)], Action::Complete, hint: Some(("compléter", "complete")), help: Some(("Compléter le nom de la commande", "Complete the command's name"))),
    bind!(Command "history-back", [key(Up)], Action::Up, hint: Some(("historique", "history")), help: Some(("Commandes précédentes / suivantes", "Earlier / later commands")), label: "↑/↓"),
    bind!(Command "history-forward", [key(Down)], Action::Down, hint: None, help: None),
    bind!(Command "delete-char", [key(Backspace)], Action::SearchBackspace, hint: None, help: None),
    bind!(Command "delete-word", [ctrl('w')], Action::SearchDeleteWord, hint: None, help: None),
    bind!(Command "clear-line", [ctrl('u')], Action::SearchClearLine, hint: None, help: None),
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
