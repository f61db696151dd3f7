//! The manual pages (`accords man [COMMAND]`, roff through clap_mangen)
//! and the completion scripts (`accords completions SHELL`), both made
//! from the clap definitions in `cli.rs`.

use crate::cli::Cli;

pub fn cli_command() -> clap::Command {
    <Cli as clap::CommandFactory>::command()
}

/// The manual page name and the command line of a command.
fn page_names(name: &str) -> (&'static str, &'static str) {
    match name {
        "check" => ("accords-check", "accords check"),
        "list" => ("accords-list", "accords list"),
        "search" => ("accords-search", "accords search"),
        "show" => ("accords-show", "accords show"),
        "open" => ("accords-open", "accords open"),
        "config" => ("accords-config", "accords config"),
        "completions" => ("accords-completions", "accords completions"),
        _ => ("accords-man", "accords man"),
    }
}

/// The roff manual page of `accords`, or of one of its commands
/// (`accords-list(1)`).
pub fn man_page(command: Option<&str>) -> std::io::Result<String> {
    let mut cmd = cli_command();
    // Propagate the global options (--data, --max-size) to every command.
    cmd.build();
    let page = match command {
        None => cmd,
        Some(name) => {
            let sub = cmd
                .find_subcommand(name)
                .ok_or_else(|| std::io::Error::other(format!("no command \"{name}\"")))?
                .clone();
            let (page, bin) = page_names(name);
            sub.name(page)
                .bin_name(bin)
                .display_name(page)
                .version(env!("CARGO_PKG_VERSION"))
        }
    };
    let mut buf = Vec::new();
    clap_mangen::Man::new(page).render(&mut buf)?;
    Ok(String::from_utf8_lossy(&buf).into_owned())
}

/// The completion script of `shell`.
pub fn completions(shell: clap_complete::Shell) -> String {
    let mut buf = Vec::new();
    clap_complete::generate(shell, &mut cli_command(), "accords", &mut buf);
    String::from_utf8_lossy(&buf).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_page_renders() {
        assert!(man_page(None).unwrap().contains(".TH"));
        for name in crate::cli::MAN_PAGES {
            let page = man_page(Some(name)).unwrap();
            assert!(page.contains(&format!("accords-{name}")), "{name}");
        }
    }
}
