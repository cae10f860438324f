//! `ai-race`: parse the command line and hand off to [`ai_race::cli`]; in a browser, open the
//! game window with the options in the page's address.

#[cfg(all(target_arch = "wasm32", not(feature = "gui")))]
compile_error!(
    "the browser build needs the window: build it with scripts/build-web.sh (--features web)"
);

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    use clap::Parser;
    ai_race::cli::run(ai_race::cli::Cli::parse())
}

#[cfg(all(target_arch = "wasm32", feature = "gui"))]
fn main() {
    let _ = ai_race::gui::run_web();
}
