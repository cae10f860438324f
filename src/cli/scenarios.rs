//! The scenario author's commands: `validate` (with `--balance`), `new-scenario` and `texts`.

use super::*;

/// One line about a valid scenario.
pub(super) fn summary_line(s: &Scenario) -> String {
    use crate::scenario::PolicySide;
    let count = |side: PolicySide| s.policies.iter().filter(|p| p.side == side).count();
    format!(
        "ok: {}, {} turns, policies US {} / China {} / shared {}, events {}, regions {}",
        s.name,
        s.turns,
        count(PolicySide::Us),
        count(PolicySide::China),
        count(PolicySide::Shared),
        s.events.len(),
        s.regions.len()
    )
}

pub(super) fn validate(
    files: &[PathBuf],
    balance: Option<u32>,
    resolved: bool,
    deny: bool,
) -> ExitCode {
    let mut worst = 0u8;
    for path in files {
        match Scenario::check(path) {
            Ok(checked) => {
                let s = &checked.scenario;
                if resolved {
                    emit(&crate::scenario::overlay::to_ron(s));
                } else {
                    emit(&format!("{}: {}\n", path.display(), summary_line(s)));
                }
                let n = checked.warnings.list.len();
                if n > 0 {
                    eprint!("{}", checked.warnings.render(stderr_color()));
                    eprintln!(
                        "{}: {n} warning(s){}",
                        path.display(),
                        if deny {
                            "; failing because of --deny-warnings"
                        } else {
                            ""
                        }
                    );
                    if deny {
                        worst = worst.max(1);
                    }
                }
                if let Some(games) = balance {
                    emit(&balance_report(s, games));
                }
            }
            Err(e) => worst = worst.max(report_scenario_error(&e)),
        }
    }
    ExitCode::from(worst)
}

/// `to` written relative to the folder `from` (both absolute), with `/` between parts so that
/// the file reads the same on every system.
pub(super) fn relative_path(from: &Path, to: &Path) -> String {
    let a: Vec<_> = from.components().collect();
    let b: Vec<_> = to.components().collect();
    let common = a.iter().zip(&b).take_while(|(x, y)| x == y).count();
    let mut parts: Vec<String> = vec!["..".into(); a.len() - common];
    parts.extend(
        b[common..]
            .iter()
            .map(|c| c.as_os_str().to_string_lossy().into_owned()),
    );
    parts.join("/")
}

/// `new-scenario`: write an overlay skeleton of a base that validates as it is.
pub(super) fn new_scenario(base: &str, out: &Path) -> ExitCode {
    use crate::scenario::overlay;
    if out.exists() {
        eprintln!(
            "error: {} exists already; new-scenario never overwrites a file: give another --out",
            out.display()
        );
        return ExitCode::from(2);
    }
    // A file given as the base is written relative to the new file when they share a folder.
    let base_path = Path::new(base);
    let (name, scenario) = if base_path.is_file() {
        let scenario = match load_scenario(base_path) {
            Ok(s) => s,
            Err(code) => return code,
        };
        let folder = |p: &Path| {
            let p = p.parent().filter(|p| !p.as_os_str().is_empty());
            std::fs::canonicalize(p.unwrap_or(Path::new(".")))
        };
        let name = match (folder(out), std::fs::canonicalize(base_path)) {
            (Ok(from), Ok(to)) => relative_path(&from, &to),
            _ => base.to_owned(),
        };
        (name, scenario)
    } else if let Some((stem, text)) = overlay::shipped(base) {
        match Scenario::from_ron_str(text, stem) {
            Ok(s) => (format!("{stem}.ron"), s),
            Err(e) => return ExitCode::from(report_scenario_error(&e)),
        }
    } else {
        eprintln!(
            "error: no scenario `{base}`: give a scenario file or a shipped scenario's name ({})",
            overlay::SHIPPED
                .iter()
                .map(|(n, _)| *n)
                .collect::<Vec<_>>()
                .join(", ")
        );
        return ExitCode::from(2);
    };
    let text = overlay::skeleton(&name, &scenario);
    if let Err(code) = write_file(out, &text) {
        return code;
    }
    match Scenario::load(out) {
        Ok(_) => {
            emit(&format!(
                "wrote {}: an overlay of {name}; add what differs, then `ai-race validate {}`\n",
                out.display(),
                out.display()
            ));
            ExitCode::SUCCESS
        }
        Err(e) => ExitCode::from(report_scenario_error(&e)),
    }
}

/// Quick tournaments at equal levels: each side's share of the decided games with its 95%
/// interval, and a warning when a side's whole interval lies above 75%.
pub(super) fn balance_report(s: &Scenario, games: u32) -> String {
    use crate::experiment::{Spec, Variant, run};
    let mut out = format!(
        "  balance, {games} games per row (share of the games someone won, 95% interval):\n  | players | US % | China % | draws and shared losses % |\n  |---|---|---|---|\n"
    );
    let mut warnings = Vec::new();
    for level in [Level::Easy, Level::Normal] {
        let spec = Spec {
            runs: games,
            seed: 1,
            levels: [level, level],
            doctrines: [None, None],
            variants: vec![Variant {
                label: level.name().into(),
                scenario: s.clone(),
                value: None,
            }],
        };
        let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
        let Some(r) = run(&spec, threads, &|_| {}).ok().and_then(|mut v| v.pop()) else {
            continue;
        };
        let ((u, ul, uh), undecided) = r.balance(Side::Us);
        let ((c, cl, ch), _) = r.balance(Side::China);
        out.push_str(&format!(
            "  | {0} vs {0} | {u:.1} ({ul:.1}–{uh:.1}) | {c:.1} ({cl:.1}–{ch:.1}) | {undecided:.1} |\n",
            level.name()
        ));
        for (side, low) in [(Side::Us, ul), (Side::China, cl)] {
            if low > 75.0 {
                warnings.push(format!(
                    "  warning: at {0} vs {0}, {1} wins more than 75% of the decided games (95% interval from {low:.1}%): the scenario is lopsided; scenario_guide.md says which parameters to turn",
                    level.name(),
                    side.name()
                ));
            }
        }
    }
    for w in warnings {
        out.push_str(&w);
        out.push('\n');
    }
    out
}

/// `texts`: the English table of scenarios' texts, to translate.
pub(super) fn texts_cmd(paths: &[PathBuf]) -> ExitCode {
    let mut scenarios = Vec::new();
    if paths.is_empty() {
        for (stem, text) in crate::scenario::overlay::SHIPPED {
            match Scenario::from_ron_str(text, &format!("{stem}.ron")) {
                Ok(s) => scenarios.push(s),
                Err(e) => {
                    eprintln!("{}", e.render(false));
                    return ExitCode::FAILURE;
                }
            }
        }
    } else {
        for p in paths {
            match load_scenario(p) {
                Ok(s) => scenarios.push(s),
                Err(code) => return code,
            }
        }
    }
    let refs: Vec<&Scenario> = scenarios.iter().collect();
    emit(&crate::scenario::text::fluent_template(&refs));
    ExitCode::SUCCESS
}
