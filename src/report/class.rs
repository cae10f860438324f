//! The class report: one HTML page (and a CSV) about many saved games at once — the games
//! of a class's tables, hot-seat or against the computer, of one scenario or several.
//!
//! Per scenario (games are grouped by the scenario's hash): every game's verdict and score
//! axes side by side, the lead curves overlaid, each game's orders and event answers on one
//! timeline, where each game parted from the first (the compare machinery of
//! [`crate::branch::compare`]) and the discussion prompts the games touched. A file that is
//! not a save, or is damaged, is named and skipped.
//!
//! Must not: hold rules; every number comes from replaying the saves.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use super::History;
use super::debrief::esc;
use crate::charts::{LineChart, PALETTE, Series};
use crate::i18n::{Arg, Strings, num, order_text};
use crate::save::{Player, SaveGame};
use crate::sim::game::JournalEntry;
use crate::sim::orders::Command;
use crate::sim::quantity::{GameQ, Quantity, Side};
use crate::sim::scoring::{ScoreAxis, Verdict};

/// One game of the class: its file, save and replayed history.
pub struct Game {
    /// The file's name as given.
    pub file: String,
    /// The save.
    pub save: SaveGame,
    /// Its history, replayed.
    pub history: History,
}

/// A file that could not be used, and why.
#[derive(Clone, Debug, PartialEq)]
pub struct Skipped {
    /// The file's name as given.
    pub file: String,
    /// Why (the save reader's words).
    pub reason: String,
}

/// Read and replay every save; files that are not good saves are skipped with the reason.
pub fn load(paths: &[PathBuf]) -> (Vec<Game>, Vec<Skipped>) {
    let read = paths.iter().map(|path| {
        (
            path.display().to_string(),
            crate::save::read(path).map(|(s, _)| s),
        )
    });
    collect(read)
}

/// The same for saves given as (file name, text) — files a browser picked.
pub fn load_texts(files: &[(String, String)]) -> (Vec<Game>, Vec<Skipped>) {
    let read = files.iter().map(|(file, text)| {
        let save = crate::save::decode(text.as_bytes(), Path::new(file)).map(|(s, _)| s);
        (file.clone(), save)
    });
    collect(read)
}

/// Replay the good saves; name the others with the reader's reason.
fn collect(
    read: impl Iterator<Item = (String, Result<SaveGame, crate::save::SaveError>)>,
) -> (Vec<Game>, Vec<Skipped>) {
    let mut games = Vec::new();
    let mut skipped = Vec::new();
    for (file, save) in read {
        match save {
            Ok(save) => {
                let history = History::replay(&save);
                games.push(Game {
                    file,
                    save,
                    history,
                });
            }
            Err(e) => {
                // The reader's words name the file already; the page names it once.
                let reason = e.to_string();
                let reason = reason
                    .strip_prefix(&format!("{file}: "))
                    .map_or(reason.clone(), str::to_owned);
                skipped.push(Skipped { file, reason });
            }
        }
    }
    (games, skipped)
}

/// The games grouped by scenario (its hash), in the order the files were given.
pub fn groups(games: &[Game]) -> Vec<Vec<&Game>> {
    let mut out: Vec<Vec<&Game>> = Vec::new();
    for g in games {
        match out
            .iter_mut()
            .find(|group| group[0].save.scenario_hash == g.save.scenario_hash)
        {
            Some(group) => group.push(g),
            None => out.push(vec![g]),
        }
    }
    out
}

fn player_text(t: &Strings, p: &Player) -> String {
    match p {
        Player::Human => t.t("class-human"),
        Player::Computer { level, .. } => t.f("class-computer", &[("level", level.clone().into())]),
    }
}

fn verdict_text(t: &Strings, g: &Game) -> String {
    match g.history.result.verdict {
        Verdict::InProgress => t.f(
            "class-unfinished",
            &[("turn", Arg::Number(g.history.turns.len() as f64))],
        ),
        v => crate::i18n::verdict_text(t, v),
    }
}

/// The lead in months after each turn.
fn lead_curve(g: &Game) -> Vec<f64> {
    let q = Quantity::Game(GameQ::LeadMonths);
    (0..g.history.turns.len())
        .map(|i| g.history.value(i, q))
        .collect()
}

/// The short name of a game: its file name without folders.
fn short(g: &Game) -> String {
    Path::new(&g.file)
        .file_name()
        .map_or_else(|| g.file.clone(), |n| n.to_string_lossy().into_owned())
}

/// What a side did that a class would talk about, as orders: policies enacted, repealed
/// and moved, and answers to events (the journal: what the game did, not what was asked).
fn key_moves(e: &JournalEntry) -> Option<(Side, Command)> {
    match *e {
        JournalEntry::PolicyEnacted { side, policy } => Some((side, Command::Enact { policy })),
        JournalEntry::PolicyRepealed { side, policy } => Some((side, Command::Repeal { policy })),
        JournalEntry::LevelChanged {
            side, policy, to, ..
        } => Some((side, Command::SetLevel { policy, level: to })),
        JournalEntry::EventAnswered {
            side,
            event,
            choice,
            ..
        } => Some((side, Command::AnswerEvent { event, choice })),
        _ => None,
    }
}

const AXES: [ScoreAxis; 5] = ScoreAxis::ALL;

fn games_table(out: &mut String, t: &Strings, group: &[&Game]) {
    let _ = write!(
        out,
        "<h3>{}</h3><table class=\"games\"><tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th>",
        esc(&t.t("class-games")),
        esc(&t.t("class-file")),
        esc(&t.t("class-players")),
        esc(&t.t("class-verdict")),
        esc(&t.t("class-lead-end"))
    );
    for side in Side::BOTH {
        for axis in AXES {
            let _ = write!(
                out,
                "<th class=\"{}\">{} {}</th>",
                side.id(),
                esc(&t.t(&format!("{}-short", side.id()))),
                esc(&t.t(&format!("end-axis-{}", axis.id())))
            );
        }
        let _ = write!(
            out,
            "<th class=\"{}\">{} {}</th>",
            side.id(),
            esc(&t.t(&format!("{}-short", side.id()))),
            esc(&t.t("end-axis-total"))
        );
    }
    out.push_str("</tr>");
    for g in group {
        let lead = lead_curve(g).last().copied().unwrap_or(f64::NAN);
        let players = format!(
            "{}: {} · {}: {}",
            t.t("us-short"),
            player_text(t, &g.save.players[0]),
            t.t("china-short"),
            player_text(t, &g.save.players[1])
        );
        let _ = write!(
            out,
            "<tr class=\"game\"><td>{}</td><td>{}</td><td>{}</td><td>{}</td>",
            esc(&short(g)),
            esc(&players),
            esc(&verdict_text(t, g)),
            esc(&num(lead))
        );
        for (i, side) in Side::BOTH.into_iter().enumerate() {
            let score = &g.history.result.scores[i];
            for axis in AXES {
                let _ = write!(
                    out,
                    "<td class=\"{}\">{:.2}</td>",
                    side.id(),
                    score.axis(axis)
                );
            }
            let _ = write!(
                out,
                "<td class=\"{}\"><b>{:.2}</b></td>",
                side.id(),
                score.total
            );
        }
        out.push_str("</tr>");
    }
    out.push_str("</table>");
}

/// The most turns any game of the group played.
fn longest(group: &[&Game]) -> usize {
    group
        .iter()
        .map(|g| g.history.turns.len())
        .max()
        .unwrap_or(0)
}

fn lead_chart(out: &mut String, t: &Strings, group: &[&Game]) {
    let s = &group[0].save.scenario;
    let turns = longest(group);
    let series = group
        .iter()
        .enumerate()
        .map(|(i, g)| {
            let mut values = lead_curve(g);
            values.resize(turns, f64::NAN);
            Series {
                label: short(g),
                colour: PALETTE[i % PALETTE.len()],
                dashed: (i / PALETTE.len()) % 2 == 1,
                values,
                band: None,
            }
        })
        .collect();
    let chart = LineChart {
        title: t.t("class-lead-chart"),
        y_label: t.t("q-game-lead-months-unit"),
        x_labels: (1..=turns as u32)
            .map(|k| crate::i18n::quarter_text(t, s, k))
            .collect(),
        series,
        marks: Vec::new(),
    };
    let _ = write!(out, "<h3>{}</h3>", esc(&t.t("class-lead-chart")));
    match chart.svg((900, 340)) {
        Ok(svg) => {
            let _ = write!(out, "<div class=\"chart lead-chart\">{svg}</div>");
        }
        Err(e) => {
            let _ = write!(out, "<p>{}</p>", esc(&e));
        }
    }
}

fn timeline(out: &mut String, t: &Strings, group: &[&Game]) {
    let s = &group[0].save.scenario;
    let turns = longest(group);
    let _ = write!(
        out,
        "<h3>{}</h3><div class=\"scroll\"><table class=\"timeline\"><tr><th></th>",
        esc(&t.t("class-timeline"))
    );
    for k in 1..=turns as u32 {
        let _ = write!(out, "<th>{}</th>", esc(&crate::i18n::quarter_text(t, s, k)));
    }
    out.push_str("</tr>");
    for g in group {
        let _ = write!(out, "<tr class=\"game-line\"><th>{}</th>", esc(&short(g)));
        for k in 0..turns {
            out.push_str("<td>");
            if let Some(record) = g.history.turns.get(k) {
                for (side, c) in record.journal.iter().filter_map(key_moves) {
                    let _ = write!(
                        out,
                        "<div class=\"move {}\">{} {}</div>",
                        side.id(),
                        if side == Side::Us { "■" } else { "▲" },
                        esc(&order_text(t, s, &c))
                    );
                }
            }
            out.push_str("</td>");
        }
        out.push_str("</tr>");
    }
    out.push_str("</table></div>");
}

fn parted(out: &mut String, t: &Strings, group: &[&Game]) {
    if group.len() < 2 {
        return;
    }
    let first = group[0];
    let s = &first.save.scenario;
    let _ = write!(
        out,
        "<h3>{}</h3><ul class=\"parted\">",
        esc(&t.f("class-parted", &[("first", short(first).into())]))
    );
    for g in &group[1..] {
        let mut said = Vec::new();
        if g.save.seed != first.save.seed {
            said.push(t.t("class-parted-seed"));
        }
        match crate::branch::compare(&first.save, &g.save) {
            Ok(c) => {
                match &c.first_order {
                    Some((turn, side, _, _)) => said.push(t.f(
                        "class-parted-order",
                        &[
                            ("turn", crate::i18n::quarter_text(t, s, *turn).into()),
                            ("side", t.t(side.id()).into()),
                        ],
                    )),
                    None => said.push(t.t("class-parted-same")),
                }
                if let Some(turn) = c.first_state {
                    said.push(t.f(
                        "class-parted-state",
                        &[("turn", crate::i18n::quarter_text(t, s, turn).into())],
                    ));
                }
                let biggest: Vec<String> = c
                    .biggest
                    .iter()
                    .take(3)
                    .map(|(path, turn, a, b, _)| {
                        format!(
                            "{} ({}: {} / {})",
                            quantity_name(t, path),
                            crate::i18n::quarter_text(t, s, *turn),
                            num(*a),
                            num(*b)
                        )
                    })
                    .collect();
                if !biggest.is_empty() {
                    said.push(format!("{}: {}", t.t("class-biggest"), biggest.join("; ")));
                }
            }
            Err(e) => said.push(e),
        }
        let _ = write!(
            out,
            "<li><b>{}</b>: {}</li>",
            esc(&short(g)),
            esc(&said.join(" · "))
        );
    }
    out.push_str("</ul>");
}

/// A quantity's name from its path (`us.chips.installed` → "US Chips installed").
fn quantity_name(t: &Strings, path: &str) -> String {
    Quantity::all()
        .into_iter()
        .find(|q| q.path() == path)
        .map_or_else(|| path.to_owned(), |q| crate::i18n::quantity_text(t, q))
}

fn prompts(out: &mut String, t: &Strings, group: &[&Game]) {
    let s = &group[0].save.scenario;
    // Each prompt with the number of games that touched it (a policy moved or an event
    // answered), most touched first.
    let mut counts: Vec<(String, usize)> = Vec::new();
    for g in group {
        let mut touched: Vec<String> = Vec::new();
        for record in &g.history.turns {
            for e in &record.journal {
                let prompt = match key_moves(e) {
                    Some((_, Command::AnswerEvent { event, .. })) => {
                        event.def(s).map(|d| d.prompt.clone())
                    }
                    Some((_, c)) => c.policy().and_then(|p| p.def(s)).map(|d| d.prompt.clone()),
                    None => None,
                };
                if let Some(p) = prompt.filter(|p| !p.is_empty())
                    && !touched.contains(&p)
                {
                    touched.push(p);
                }
            }
        }
        for p in touched {
            match counts.iter_mut().find(|(q, _)| *q == p) {
                Some((_, n)) => *n += 1,
                None => counts.push((p, 1)),
            }
        }
    }
    counts.sort_by_key(|c| std::cmp::Reverse(c.1));
    let _ = write!(
        out,
        "<h3>{}</h3><ul class=\"prompts\">",
        esc(&t.t("class-prompts"))
    );
    for (p, n) in counts {
        let _ = write!(
            out,
            "<li>{} <span class=\"small\">({})</span></li>",
            esc(&t.scenario(&p)),
            esc(&t.f(
                "class-prompt-count",
                &[
                    ("n", Arg::Number(n as f64)),
                    ("total", Arg::Number(group.len() as f64)),
                ],
            ))
        );
    }
    out.push_str("</ul>");
}

const STYLE: &str = "
body { font-family: 'Noto Sans', 'Noto Sans Arabic', 'Droid Sans Fallback', sans-serif; margin: 16px; color: #111; }
table { border-collapse: collapse; margin: 6px 0; }
td, th { border: 1px solid #ccc; padding: 2px 5px; font-size: 12px; vertical-align: top; text-align: start; }
th { background: #f0f0f0; }
th.us, td.us { color: #005A9C; } th.china, td.china { color: #B04800; }
.move.us { color: #005A9C; } .move.china { color: #B04800; }
.move { font-size: 11px; white-space: nowrap; }
.scroll { overflow-x: auto; }
.small { color: #555; font-size: 12px; }
section.scenario { border-top: 3px solid #888; margin-top: 18px; }
";

/// The class report as one HTML page.
pub fn html(games: &[Game], skipped: &[Skipped], t: &Strings) -> String {
    let dir = if t.rtl() { "rtl" } else { "ltr" };
    let mut out = format!(
        "<!DOCTYPE html><html lang=\"{}\" dir=\"{dir}\"><head><meta charset=\"utf-8\"><title>{}</title><style>{STYLE}</style></head><body><h1>{}</h1><p>{}</p>",
        esc(t.lang()),
        esc(&t.t("class-title")),
        esc(&t.t("class-title")),
        esc(&t.f(
            "class-intro",
            &[
                ("games", Arg::Number(games.len() as f64)),
                ("files", Arg::Number((games.len() + skipped.len()) as f64)),
            ],
        ))
    );
    if !skipped.is_empty() {
        let _ = write!(
            out,
            "<h2>{}</h2><ul class=\"skipped\">",
            esc(&t.t("class-skipped"))
        );
        for s in skipped {
            let _ = write!(out, "<li><b>{}</b>: {}</li>", esc(&s.file), esc(&s.reason));
        }
        out.push_str("</ul>");
    }
    for group in groups(games) {
        let s = &group[0].save.scenario;
        let _ = write!(
            out,
            "<section class=\"scenario\" data-games=\"{}\"><h2>{}</h2>",
            group.len(),
            esc(&t.f(
                "class-scenario",
                &[
                    ("scenario", t.scenario(&s.name).into()),
                    ("games", Arg::Number(group.len() as f64)),
                ],
            ))
        );
        games_table(&mut out, t, &group);
        lead_chart(&mut out, t, &group);
        timeline(&mut out, t, &group);
        parted(&mut out, t, &group);
        prompts(&mut out, t, &group);
        out.push_str("</section>");
    }
    out.push_str("</body></html>\n");
    out
}

/// One row per game: file, scenario, seed, players, verdict, the lead at the end and both
/// sides' axes.
pub fn csv(games: &[Game]) -> Result<String, csv::Error> {
    let mut w = csv::Writer::from_writer(Vec::new());
    let mut header: Vec<String> = [
        "file",
        "scenario",
        "seed",
        "us_player",
        "china_player",
        "verdict",
        "turns",
        "lead_months_end",
    ]
    .iter()
    .map(|s| (*s).to_owned())
    .collect();
    for side in Side::BOTH {
        for axis in AXES {
            header.push(format!("{}_{}", side.id(), axis.id()));
        }
        header.push(format!("{}_total", side.id()));
    }
    w.write_record(&header)?;
    for g in games {
        let player = |p: &Player| match p {
            Player::Human => "human".to_owned(),
            Player::Computer { level, .. } => level.clone(),
        };
        let verdict = crate::experiment::verdict_word(g.history.result.verdict).to_owned();
        let mut row = vec![
            g.file.clone(),
            g.save.scenario.name.clone(),
            g.save.seed.to_string(),
            player(&g.save.players[0]),
            player(&g.save.players[1]),
            verdict,
            g.history.turns.len().to_string(),
            format!("{:.3}", lead_curve(g).last().copied().unwrap_or(f64::NAN)),
        ];
        for score in &g.history.result.scores {
            for axis in AXES {
                row.push(format!("{:.4}", score.axis(axis)));
            }
            row.push(format!("{:.4}", score.total));
        }
        w.write_record(&row)?;
    }
    let bytes = w.into_inner().map_err(|e| e.into_error())?;
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}

/// Read the saves and write `class_report.html` and `class_report.csv` into `dir`; returns
/// the page's path and the files skipped. No usable save at all is an error.
pub fn write(
    paths: &[PathBuf],
    dir: &Path,
    t: &Strings,
) -> Result<(PathBuf, Vec<Skipped>), String> {
    let (games, skipped) = load(paths);
    if games.is_empty() {
        let why: Vec<String> = skipped
            .iter()
            .map(|s| format!("{}: {}", s.file, s.reason))
            .collect();
        return Err(format!(
            "none of the files is a saved game ({})",
            if why.is_empty() {
                "no files given".to_owned()
            } else {
                why.join("; ")
            }
        ));
    }
    std::fs::create_dir_all(dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    let page = dir.join("class_report.html");
    std::fs::write(&page, html(&games, &skipped, t))
        .map_err(|e| format!("cannot write {}: {e}", page.display()))?;
    let table = csv(&games).map_err(|e| format!("cannot write the CSV: {e}"))?;
    let path = dir.join("class_report.csv");
    std::fs::write(&path, table).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    Ok((page, skipped))
}
