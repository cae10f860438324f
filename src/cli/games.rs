//! Commands that play or replay one game headless: `simulate` and `replay`.

use super::*;

/// The quantity named by `--explain`, or a usage error (exit 2) naming the nearest paths.
pub(super) fn parse_explain(path: Option<&str>) -> Result<Option<Quantity>, ExitCode> {
    match path.map(Quantity::from_path) {
        None => Ok(None),
        Some(Ok(q)) => Ok(Some(q)),
        Some(Err(e)) => {
            eprintln!("error: --explain: {e}");
            Err(ExitCode::from(2))
        }
    }
}

pub(super) fn replay(args: &ReplayArgs) -> ExitCode {
    let explain = match parse_explain(args.explain.as_deref()) {
        Ok(q) => q,
        Err(code) => return code,
    };
    let (save, info) = match crate::save::read(&args.path) {
        Ok(x) => x,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::from(match e {
                SaveError::Io { .. } => 2,
                _ => 1,
            });
        }
    };
    let mut text = String::new();
    if info.other_version {
        text.push_str(&format!(
            "note: made by AI Race {} (this is {}); the table replays it under the current rules\n",
            info.game_version,
            env!("CARGO_PKG_VERSION")
        ));
    }
    let history = History::replay(&save);
    text.push_str(&format!(
        "{} — seed {}, {} turns played\n",
        save.scenario.name,
        save.seed,
        save.turns.len()
    ));
    text.push_str(&history.table());
    text.push_str(&history.summary());
    if let Some(q) = explain {
        text.push_str(&history.explain(q));
    }
    let mut code = ExitCode::SUCCESS;
    if args.verify {
        let report = crate::save::verify(&save);
        text.push_str(&format!("{report}\n"));
        if matches!(report.verdict, crate::save::Verdict::Diverged { .. }) {
            code = ExitCode::from(1);
        }
    }
    emit(&text);
    code
}

pub(super) fn save_loop(path: &Path) -> ExitCode {
    let session = match crate::save::Session::load(path) {
        Ok((session, _)) => session,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::from(1);
        }
    };
    loop {
        if let Err(e) = session.save_to(path) {
            eprintln!("error: {e}");
            return ExitCode::from(2);
        }
    }
}

pub(super) fn simulate(args: &SimulateArgs) -> ExitCode {
    let explain = match parse_explain(args.explain.as_deref()) {
        Ok(q) => q,
        Err(code) => return code,
    };
    let mut scenario = match load_scenario_as(&args.scenario, args.assumptions.as_deref()) {
        Ok(s) => s,
        Err(code) => return code,
    };
    if let Some(turns) = args.turns {
        scenario.turns = turns;
    }
    let mut computers = match args.players.make(&scenario, args.seed) {
        Ok(p) => p,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::from(2);
        }
    };
    let mut autosave_failed = false;
    let (history, session) = History::play_computers(
        &scenario,
        args.seed,
        explain.is_some(),
        &mut computers,
        &mut |session| {
            if let Some(dir) = &args.autosave
                && !autosave_failed
                && let Err(e) = autosave(session, dir)
            {
                eprintln!("warning: autosave failed, the game goes on: {e}");
                autosave_failed = true;
            }
        },
    );
    let mut text = format!(
        "{} — seed {}, {} turns from {} Q{}; US: {} ({}), China: {} ({})\n",
        scenario.name,
        args.seed,
        scenario.turns,
        scenario.start.year,
        scenario.start.quarter,
        args.players.us.name(),
        computers[0]
            .doctrine(&scenario)
            .map_or("no doctrine", |d| d.name.as_str()),
        args.players.china.name(),
        computers[1]
            .doctrine(&scenario)
            .map_or("no doctrine", |d| d.name.as_str()),
    );
    text.push_str(&history.table());
    text.push_str(&history.summary());
    if let Some(q) = explain {
        text.push_str(&history.explain(q));
    }
    emit(&text);
    if let Some(path) = &args.csv {
        let text = match history.to_csv() {
            Ok(t) => t,
            Err(e) => {
                eprintln!("error: cannot build the CSV: {e}");
                return ExitCode::from(2);
            }
        };
        if let Err(code) = write_file(path, &text) {
            return code;
        }
    }
    if let Some(path) = &args.save
        && let Err(e) = session.save_to(path)
    {
        eprintln!("error: {e}");
        return ExitCode::from(2);
    }
    if let Some(path) = &args.json {
        let text = match history.to_json() {
            Ok(t) => t,
            Err(e) => {
                eprintln!("error: cannot build the JSON: {e}");
                return ExitCode::from(2);
            }
        };
        if let Err(code) = write_file(path, &text) {
            return code;
        }
    }
    ExitCode::SUCCESS
}
