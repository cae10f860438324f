//! `ai-race`: parse the command line and hand off to [`ai_race::cli`].

use clap::Parser;

fn main() -> std::process::ExitCode {
    ai_race::cli::run(ai_race::cli::Cli::parse())
}
