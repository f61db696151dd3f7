//! Styles. Under `NO_COLOR` the theme uses modifiers only, because crossterm
//! resets attributes on every colour change and a coloured selection would
//! lose its reverse video.

use ratatui::style::{Color, Modifier, Style};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Theme {
    pub title: Style,
    pub tab: Style,
    pub tab_active: Style,
    pub header_row: Style,
    pub selected: Style,
    pub matched: Style,
    pub dim: Style,
    pub chip: Style,
    pub caveat: Style,
    pub label: Style,
    pub link: Style,
    pub link_selected: Style,
    pub input: Style,
    pub border: Style,
}

impl Theme {
    pub fn color() -> Theme {
        let bold = Modifier::BOLD;
        Theme {
            title: Style::new().fg(Color::Cyan).add_modifier(bold),
            tab: Style::new(),
            tab_active: Style::new()
                .fg(Color::Yellow)
                .add_modifier(bold | Modifier::UNDERLINED),
            header_row: Style::new().fg(Color::Cyan).add_modifier(bold),
            selected: Style::new().add_modifier(Modifier::REVERSED),
            matched: Style::new().fg(Color::Yellow).add_modifier(bold),
            dim: Style::new().fg(Color::DarkGray),
            chip: Style::new().fg(Color::Black).bg(Color::Cyan),
            caveat: Style::new().fg(Color::LightRed).add_modifier(bold),
            label: Style::new().fg(Color::Cyan),
            link: Style::new().fg(Color::LightBlue),
            link_selected: Style::new().add_modifier(Modifier::REVERSED),
            input: Style::new().fg(Color::Yellow),
            border: Style::new().fg(Color::DarkGray),
        }
    }

    /// For light terminal backgrounds: dark accents, no light greys.
    pub fn light() -> Theme {
        let bold = Modifier::BOLD;
        Theme {
            title: Style::new().fg(Color::Blue).add_modifier(bold),
            tab_active: Style::new()
                .fg(Color::Magenta)
                .add_modifier(bold | Modifier::UNDERLINED),
            header_row: Style::new().fg(Color::Blue).add_modifier(bold),
            matched: Style::new().fg(Color::Red).add_modifier(bold),
            // Dark grey: light grey (palette 7) all but vanishes on white.
            dim: Style::new().fg(Color::DarkGray),
            chip: Style::new().fg(Color::White).bg(Color::Blue),
            caveat: Style::new().fg(Color::Red).add_modifier(bold),
            label: Style::new().fg(Color::Blue),
            link: Style::new()
                .fg(Color::Blue)
                .add_modifier(Modifier::UNDERLINED),
            input: Style::new().fg(Color::Magenta),
            border: Style::new().fg(Color::DarkGray),
            ..Theme::color()
        }
    }

    /// The theme named on the command line; `NO_COLOR` always wins.
    pub fn named(name: Option<&str>) -> Theme {
        let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
        match name {
            _ if no_color => Theme::mono(),
            Some("light") => Theme::light(),
            Some("mono") => Theme::mono(),
            _ => Theme::color(),
        }
    }

    /// Modifiers only: survives `NO_COLOR` and monochrome terminals.
    pub fn mono() -> Theme {
        let bold = Style::new().add_modifier(Modifier::BOLD);
        Theme {
            title: bold,
            tab: Style::new(),
            tab_active: bold.add_modifier(Modifier::UNDERLINED),
            header_row: bold,
            selected: Style::new().add_modifier(Modifier::REVERSED),
            matched: bold.add_modifier(Modifier::UNDERLINED),
            dim: Style::new().add_modifier(Modifier::DIM),
            chip: Style::new().add_modifier(Modifier::REVERSED),
            caveat: bold,
            label: bold,
            link: Style::new().add_modifier(Modifier::UNDERLINED),
            link_selected: Style::new().add_modifier(Modifier::REVERSED),
            input: bold,
            border: Style::new(),
        }
    }

    /// The mono theme when `NO_COLOR` is set to anything non-empty.
    pub fn from_env() -> Theme {
        match std::env::var_os("NO_COLOR") {
            Some(v) if !v.is_empty() => Theme::mono(),
            _ => Theme::color(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mono_has_no_colours_and_keeps_the_selection_visible() {
        let m = Theme::mono();
        for s in [
            m.title,
            m.selected,
            m.matched,
            m.chip,
            m.caveat,
            m.link_selected,
        ] {
            assert!(s.fg.is_none() && s.bg.is_none());
        }
        assert!(m.selected.add_modifier.contains(Modifier::REVERSED));
        assert_ne!(Theme::light(), Theme::color());
    }
}
