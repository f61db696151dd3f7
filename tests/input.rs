//! Pasted text, long queries, Ctrl-Z and absurd terminal sizes, driven
//! headless as the event loop drives the app.

mod common;

use accords::app::{Action, MAX_QUERY_CHARS, Notice, Overlay, View, pasted};
use accords::model::Lang;
use accords::ui::{MAX_HEIGHT, MAX_WIDTH, Theme};
use common::*;
use ratatui::crossterm::event::KeyCode;

/// The red team's paste: with the query line open, nothing in it may act
/// as a key (Enter, then `q`), and it lands in the query as one line.
#[test]
fn a_paste_in_the_query_line_is_text_never_keys() {
    let mut app = app(Lang::En, 120, 40);
    keys(&mut app, &[key(KeyCode::Char('/'))]);
    let text = format!(
        "korea\nq{}\ntouch SHELL_RAN_THIS\n\u{1b}]52;c;aGk=\u{7}\te\rL\u{202e}x",
        " ".repeat(3000)
    );
    app.update(Action::Paste(text));
    assert!(!app.should_quit, "q in a paste must not quit");
    assert!(
        app.searching,
        "Enter in a paste must not leave the query line"
    );
    assert_eq!(
        app.lang,
        Lang::En,
        "L in a paste must not switch the language"
    );
    assert!(app.take_export().is_none() && app.take_clipboard().is_none());
    assert_eq!(app.query, "korea q touch SHELL_RAN_THIS ]52;c;aGk= e Lx");
    assert!(
        !app.query.chars().any(|c| c.is_control() || c == '\u{202e}'),
        "{:?}",
        app.query
    );
    // The query still edits as typed text does.
    keys(&mut app, &[ctrl('w')]);
    assert_eq!(app.query, "korea q touch SHELL_RAN_THIS ]52;c;aGk= e ");
}

#[test]
fn a_paste_joins_what_was_typed_and_searches() {
    let mut app = app(Lang::En, 120, 40);
    keys(&mut app, &[key(KeyCode::Char('/'))]);
    type_text(&mut app, "classified ");
    app.update(Action::Paste("information\r\n".into()));
    assert_eq!(app.query, "classified information ");
    assert!(app.counts[1] > 0, "the agreements tab finds it");
}

#[test]
fn a_paste_outside_a_text_field_is_ignored_with_a_notice() {
    for setup in [
        &[][..],
        &[key(KeyCode::Enter)][..],
        &[key(KeyCode::Char('f'))][..],
        &[key(KeyCode::Char('?'))][..],
    ] {
        let mut app = app(Lang::En, 120, 40);
        keys(&mut app, setup);
        let before = (
            app.view,
            app.overlay,
            app.tab,
            app.selected,
            app.query.clone(),
        );
        app.update(Action::Paste("2\nq\nx".into()));
        assert_eq!(
            (
                app.view,
                app.overlay,
                app.tab,
                app.selected,
                app.query.clone()
            ),
            before
        );
        assert!(!app.should_quit);
        assert_eq!(app.notice, Some(Notice::PasteIgnored));
        let screen = screen(&app);
        if app.overlay == Overlay::None {
            assert!(screen.contains("paste ignored"), "{screen}");
        }
    }
}

#[test]
fn pasted_text_is_one_clean_line() {
    assert_eq!(pasted("a\n\n\tb\r\nc"), "a b c");
    assert_eq!(pasted("\u{1b}[8mhidden\u{7}"), "[8mhidden");
    assert_eq!(pasted("de\u{301}fense\u{200b}"), "défense");
    assert_eq!(pasted("\u{85}x\u{9b}y"), " xy");
}

/// Typing or pasting past the cap keeps the first MAX_QUERY_CHARS
/// characters, says so, and each step stays one cheap edit.
#[test]
fn the_query_is_capped_with_a_notice() {
    let mut app = app(Lang::En, 120, 40);
    keys(&mut app, &[key(KeyCode::Char('/'))]);
    app.update(Action::Paste("é".repeat(50_000)));
    assert_eq!(app.query.chars().count(), MAX_QUERY_CHARS);
    assert_eq!(app.notice, Some(Notice::QueryTooLong));
    let s = screen(&app);
    assert!(s.contains("query cut at 1024 characters"), "{s}");
    type_text(&mut app, "abc");
    assert_eq!(app.query.chars().count(), MAX_QUERY_CHARS);
    assert!(!app.query.ends_with('c'));
    assert_eq!(app.notice, Some(Notice::QueryTooLong));
    keys(&mut app, &[key(KeyCode::Backspace)]);
    assert_eq!(app.query.chars().count(), MAX_QUERY_CHARS - 1);
    assert_eq!(app.notice, None);
    type_text(&mut app, "z");
    assert!(app.query.ends_with('z'));
    assert_eq!(app.notice, None, "the last character that fits is no error");
}

/// A query wider than the line shows its end, with the cursor after it.
#[test]
fn a_long_query_scrolls_to_keep_the_cursor_in_view() {
    let mut app = app(Lang::En, 80, 24);
    keys(&mut app, &[key(KeyCode::Char('/'))]);
    let words: Vec<String> = (0..40).map(|i| format!("w{i}")).collect();
    type_text(&mut app, &words.join(" "));
    let mut t = draw(&app, &Theme::mono());
    let line = screen(&app).lines().nth(22).unwrap().to_string();
    assert!(line.starts_with("/ …"), "{line}");
    assert!(line.trim_end().ends_with("w38 w39"), "{line}");
    let cursor = t.get_cursor_position().unwrap();
    assert_eq!(cursor.y, 22);
    assert_eq!(cursor.x as usize, line.trim_end().chars().count());
    assert!(cursor.x < 80);
    // Short queries are shown whole.
    keys(&mut app, &[ctrl('u')]);
    type_text(&mut app, "gsoia");
    t = draw(&app, &Theme::mono());
    assert_eq!(t.get_cursor_position().unwrap().x, 7);
}

/// Ctrl-Z asks the event loop to suspend, from every context (even while
/// typing a query or on the too-small screen), and is never typed.
#[test]
fn ctrl_z_suspends_from_everywhere() {
    for setup in [
        &[][..],
        &[key(KeyCode::Char('/')), key(KeyCode::Char('a'))][..],
        &[key(KeyCode::Enter)][..],
        &[key(KeyCode::Char('f'))][..],
        &[key(KeyCode::Char('?'))][..],
    ] {
        for size in [(120, 40), (20, 5), (2000, 40)] {
            let mut app = app(Lang::En, 120, 40);
            keys(&mut app, setup);
            app.update(Action::Resize(size.0, size.1));
            let query = app.query.clone();
            assert!(!app.take_suspend());
            keys(&mut app, &[ctrl('z')]);
            assert!(app.take_suspend(), "{setup:?} at {size:?}");
            assert!(!app.take_suspend(), "taken once");
            assert_eq!(app.query, query, "not typed");
            assert!(!app.should_quit);
        }
    }
}

/// A terminal larger than the cap shows a message instead of the interface
/// (and the event loop never sizes ratatui's buffers past the cap); only
/// q, Ctrl-C and Ctrl-Z act there.
#[test]
fn an_absurd_terminal_size_says_it_is_too_large() {
    let mut app = app(Lang::En, 120, 40);
    app.update(Action::Resize(65535, 65535));
    let mut t = ratatui::Terminal::new(ratatui::backend::TestBackend::new(80, 24)).unwrap();
    t.draw(|f| accords::ui::draw(f, &app, &Theme::mono()))
        .unwrap();
    let text: String = t
        .backend()
        .buffer()
        .content()
        .iter()
        .map(|c| c.symbol())
        .collect();
    assert!(text.contains("Terminal too large"), "{text}");
    assert!(
        text.contains(&format!(
            "at most {MAX_WIDTH}×{MAX_HEIGHT}, have 65535×65535"
        )),
        "{text}"
    );
    keys(&mut app, &[key(KeyCode::Char('2')), key(KeyCode::Enter)]);
    assert_eq!((app.tab, app.view), (0, View::List));
    keys(&mut app, &[key(KeyCode::Char('q'))]);
    assert!(app.should_quit);
    assert!(accords::ui::fits(MAX_WIDTH, MAX_HEIGHT));
    assert!(!accords::ui::fits(MAX_WIDTH + 1, 40));
    assert!(!accords::ui::fits(120, MAX_HEIGHT + 1));
}

/// `accords > file` would write escape codes into the file: the browser
/// refuses, pointing at the printing commands.
#[test]
fn the_browser_refuses_an_output_that_is_not_a_terminal() {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_accords"))
        .stdin(std::process::Stdio::null())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty(), "nothing drawn into the pipe");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("standard output is not a terminal"), "{err}");
    assert!(err.contains("accords list"), "{err}");
}

/// `p` hides the preview and the table takes its room (more rows to page
/// by); `p` again shows it.
#[test]
fn p_toggles_the_preview_and_the_table_grows() {
    let mut app = app(Lang::En, 80, 24);
    let rows = accords::layout::metrics(80, 24, true).list_rows;
    let s = screen(&app);
    assert!(s.contains("Preview"), "{s}");
    keys(&mut app, &[key(KeyCode::Char('p'))]);
    assert!(!app.preview);
    let s = screen(&app);
    assert!(!s.contains("Preview"), "{s}");
    assert!(accords::layout::metrics(80, 24, false).list_rows > rows + 5);
    keys(&mut app, &[key(KeyCode::Char('p'))]);
    assert!(screen(&app).contains("Preview"));
}

/// At 80 columns the hint line keeps the first hints and fills the rest
/// of its room with shorter ones (export, cite) instead of stopping at the
/// first that does not fit.
#[test]
fn the_hint_line_uses_its_room() {
    let app = app(Lang::En, 120, 24);
    let s = screen(&app);
    let hints = s.lines().last().unwrap();
    for h in ["Enter open", "q quit", "/ search", "e export", "y cite"] {
        assert!(hints.contains(h), "{h}: {hints}");
    }
}

/// The filter popup's year bounds are on an 80×24 screen when it opens.
#[test]
fn the_year_rows_are_in_view_at_80x24() {
    let mut app = app(Lang::En, 80, 24);
    keys(&mut app, &[key(KeyCode::Char('f'))]);
    let s = screen(&app);
    assert!(s.contains("[ ] from"), "{s}");
    assert!(s.contains("[ ] to"), "{s}");
}

/// While typing a query, C-n/C-p and C-j/C-k move through the results as
/// in fzf, and are not typed.
#[test]
fn ctrl_n_and_ctrl_p_move_through_results_while_typing() {
    let mut app = app(Lang::En, 120, 40);
    app.update(Action::GoTab(1));
    keys(&mut app, &[key(KeyCode::Char('/'))]);
    type_text(&mut app, "a");
    assert!(app.rows().len() > 3);
    keys(&mut app, &[ctrl('n'), ctrl('j')]);
    assert_eq!(app.selected[1], 2);
    keys(&mut app, &[ctrl('p')]);
    assert_eq!(app.selected[1], 1);
    keys(&mut app, &[ctrl('k')]);
    assert_eq!(app.selected[1], 0);
    assert_eq!(app.query, "a");
    assert!(app.searching);
}

/// `s` sorts the record tabs by the next column (the header marks it),
/// `S` reverses, the selected record stays selected; back at relevance the
/// search's order returns.
#[test]
fn s_sorts_by_column_and_capital_s_reverses() {
    use accords::sort::SortKey;
    let mut app = app(Lang::En, 120, 40);
    app.update(Action::GoTab(1));
    keys(
        &mut app,
        &[key(KeyCode::Char('j')), key(KeyCode::Char('j'))],
    );
    let chosen = selected_id(&app).unwrap();
    let relevance = row_ids(&app);
    keys(&mut app, &[key(KeyCode::Char('s'))]);
    assert_eq!(app.sort.key, SortKey::Title);
    let titles: Vec<String> = app
        .rows()
        .iter()
        .filter_map(|r| app.catalog.row_record(*r))
        .map(|i| accords::search::fold(app.catalog.records[i].short().en.as_str()))
        .collect();
    let mut sorted = titles.clone();
    sorted.sort();
    assert_eq!(titles, sorted);
    assert_eq!(selected_id(&app).unwrap(), chosen, "selection kept");
    assert!(screen(&app).contains("Title ▲"));
    keys(&mut app, &[key(KeyCode::Char('S'))]);
    assert!(app.sort.desc);
    assert!(screen(&app).contains("Title ▼"));
    let back: Vec<String> = row_ids(&app).into_iter().rev().collect();
    keys(&mut app, &[key(KeyCode::Char('S'))]);
    assert_eq!(row_ids(&app), back);
    // Signed, in force on the agreements, then relevance again.
    for want in [
        SortKey::Date,
        SortKey::Status,
        SortKey::Signed,
        SortKey::InForce,
    ] {
        keys(&mut app, &[key(KeyCode::Char('s'))]);
        assert_eq!(app.sort.key, want);
    }
    let in_force: Vec<bool> = app
        .rows()
        .iter()
        .filter_map(|r| app.catalog.row_record(*r))
        .map(|i| {
            app.catalog.records[i]
                .date_of(accords::model::Step::InForce)
                .is_some()
        })
        .collect();
    assert!(
        in_force[0] && !in_force[in_force.len() - 1],
        "dated first, undated last"
    );
    keys(&mut app, &[key(KeyCode::Char('s'))]);
    assert_eq!(app.sort.key, SortKey::Relevance);
    assert_eq!(row_ids(&app), relevance);
}

/// Facet counts: each row of the filter popup counts what the *other*
/// kinds of filter keep. With Korea chosen, "signed" counts Korea's signed
/// records; rows of the chosen kind still count as if it were not chosen.
#[test]
fn filter_counts_follow_the_other_filters() {
    use accords::app::FilterItem;
    use accords::model::Status;
    let mut app = app(Lang::En, 120, 40);
    let count = |app: &accords::app::App, item: FilterItem| {
        let i = app.filter_items.iter().position(|x| *x == item).unwrap();
        app.filter_counts[i].unwrap()
    };
    let signed_all = count(&app, FilterItem::Status(Status::Signed));
    let ca = app
        .catalog
        .parties
        .iter()
        .position(|p| p.id == "ca")
        .unwrap();
    let qc = app
        .catalog
        .parties
        .iter()
        .position(|p| p.id == "qc")
        .unwrap();
    let qc_all = count(&app, FilterItem::Party(qc));
    keys(&mut app, &[key(KeyCode::Char('f'))]);
    while app.filter_items[app.filter_cursor] != FilterItem::Party(qc) {
        keys(&mut app, &[key(KeyCode::Down)]);
    }
    keys(&mut app, &[key(KeyCode::Char(' '))]);
    assert!(app.filters.parties.contains(&qc));
    let signed_qc = count(&app, FilterItem::Status(Status::Signed));
    assert!(signed_qc < signed_all, "{signed_qc} < {signed_all}");
    let want = (0..app.catalog.records.len())
        .filter(|&i| {
            app.catalog.records[i].status == Some(Status::Signed)
                && accords::query::record_parties(&app.catalog, i).contains(&qc)
        })
        .count();
    assert_eq!(signed_qc, want);
    assert_eq!(
        count(&app, FilterItem::Party(qc)),
        qc_all,
        "its own kind unaffected"
    );
    assert!(
        count(&app, FilterItem::Party(ca)) > 0,
        "other parties still counted"
    );
    // Clearing brings the whole counts back.
    keys(&mut app, &[key(KeyCode::Char('x'))]);
    assert_eq!(count(&app, FilterItem::Status(Status::Signed)), signed_all);
}

/// An empty tab says where the matches are, or that nothing in the data
/// matches, with the nearest words the index knows.
#[test]
fn an_empty_list_says_where_the_matches_are() {
    let mut app = app(Lang::En, 120, 40);
    keys(&mut app, &[key(KeyCode::Char('/'))]);
    type_text(&mut app, "gsoia");
    keys(&mut app, &[key(KeyCode::Enter)]);
    assert_eq!(app.counts[0], 0, "no partnership is the GSOIA");
    let s = screen(&app);
    assert!(s.contains("in Agreements — press 2"), "{s}");
    // Nowhere: the nearest known words.
    keys(&mut app, &[key(KeyCode::Char('/')), ctrl('u')]);
    type_text(&mut app, "gyeongjuu");
    keys(&mut app, &[key(KeyCode::Enter)]);
    assert!(app.counts.iter().all(|&n| n == 0), "{:?}", app.counts);
    let msg = accords::ui::list::empty_message(&app).join("\n");
    assert!(msg.contains("Nothing in the dataset matches"), "{msg}");
    assert!(msg.contains("Nearest words: gyeongju"), "{msg}");
}

/// Space marks rows (●, "2 marked" in the status line); `e` exports and
/// `y` cites the marked records; Space again unmarks.
#[test]
fn space_marks_rows_and_e_and_y_act_on_them() {
    let mut app = app(Lang::En, 120, 40);
    app.update(Action::GoTab(1));
    let first = selected_id(&app).unwrap();
    keys(
        &mut app,
        &[
            key(KeyCode::Char(' ')),
            key(KeyCode::Char('j')),
            key(KeyCode::Char(' ')),
        ],
    );
    assert_eq!(app.marked.len(), 2);
    let s = screen(&app);
    assert!(s.contains("● "), "{s}");
    assert!(s.contains("2 marked (e, y)"), "{s}");
    keys(
        &mut app,
        &[key(KeyCode::Char('E')), key(KeyCode::Char('e'))],
    );
    let req = app.take_export().unwrap();
    assert!(req.file_name.ends_with(".csv"), "{}", req.file_name);
    assert_eq!(
        req.contents.lines().count(),
        3,
        "header + 2 rows:\n{}",
        req.contents
    );
    assert!(req.contents.contains(&first));
    keys(&mut app, &[key(KeyCode::Char('y'))]);
    let clip = app.take_clipboard().unwrap();
    assert_eq!(clip.lines().count(), 2, "{clip}");
    // Space on a marked row unmarks it.
    keys(
        &mut app,
        &[key(KeyCode::Char('g')), key(KeyCode::Char(' '))],
    );
    assert_eq!(app.marked.len(), 1);
}

/// With the search worker, the filter popup's counts are counted on the
/// worker with the results (a pass over every record), not on the
/// interface thread; they follow once its answer arrives, even when a
/// newer query's request replaced the filter change's.
#[test]
fn with_the_worker_the_filter_counts_come_with_its_answer() {
    use accords::app::FilterItem;
    let mut app = app(Lang::En, 120, 40).with_search_worker();
    let before = app.filter_counts.clone();
    keys(&mut app, &[key(KeyCode::Char('f'))]);
    while !matches!(app.filter_items[app.filter_cursor], FilterItem::Party(_)) {
        keys(&mut app, &[key(KeyCode::Down)]);
    }
    keys(&mut app, &[key(KeyCode::Char(' '))]);
    assert_eq!(
        app.filter_counts, before,
        "not counted on the interface thread"
    );
    let first = app.take_search().unwrap();
    assert!(first.recount);
    // A query typed before the answer: its request still asks for counts.
    keys(&mut app, &[key(KeyCode::Esc), key(KeyCode::Char('/'))]);
    type_text(&mut app, "a");
    let req = app.take_search().unwrap();
    assert!(req.recount);
    app.update(req.run());
    assert_ne!(app.filter_counts, before, "counts follow the party chosen");
    keys(&mut app, &[key(KeyCode::Char('b'))]);
    assert!(!app.take_search().unwrap().recount, "counted once");
}
