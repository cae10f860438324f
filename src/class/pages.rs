//! The teacher's pages on the host, in the host's language (`lang` and `dir` set): the
//! console (every seat, who is connected, whose orders are in; end the turn, pause, resume),
//! behind the teacher's key, and the projector view: every game's public numbers only (the
//! quarter, tension, risk and the bubble, market shares, the policies in force, the events
//! so far), never a team's own numbers or estimates.
//!
//! Must not: change the class (the transport does, on the console's buttons), or read a
//! team's view beyond its public parts.

use crate::i18n::{Strings, game_q_text, region_name, side_name};
use crate::report::debrief::esc;
use crate::scenario::Scenario;
use crate::sim::game::Outcome;
use crate::sim::policies::PolicyStatus;
use crate::sim::quantity::{GameQ, Region, Side};

use super::SeatState;

/// What the whole room may see of one game.
#[derive(Clone, Debug, PartialEq)]
pub struct PublicGame {
    /// Turns played.
    pub turn: u32,
    /// How it stands.
    pub outcome: Outcome,
    /// The teams (None: the computer).
    pub teams: [Option<String>; 2],
    /// Tension, risk, the bubble, the frontier.
    pub world: Vec<(GameQ, f64)>,
    /// Market shares, `[region][side]`, in percent.
    pub markets: [[f64; 2]; Region::COUNT],
    /// Each side's policies (public acts).
    pub policies: [Vec<PolicyStatus>; 2],
    /// Times each event has fired.
    pub events_fired: Vec<u32>,
}

/// The console's state of the class.
pub struct ConsoleState<'a> {
    /// The class's scenario (its deck of events).
    pub scenario: &'a Scenario,
    /// Events injected for the next turn, game by game.
    pub injected: &'a [Vec<crate::sim::events::EventId>],
    /// Every seat and whether a team is connected to it.
    pub roster: &'a [(SeatState, bool)],
    /// Teams the turn waits for.
    pub waiting: usize,
    /// The class is paused.
    pub paused: bool,
    /// Seconds left in the turn, if turns are timed.
    pub seconds_left: Option<u64>,
    /// The last branch written: the game (from 0), the turn, the file.
    pub branched: Option<(usize, u32, String)>,
}

const STYLE: &str = "body{font-family:'Noto Sans','Noto Sans SC','Noto Sans Arabic',sans-serif;margin:1.5em;background:#f7f7f7;color:#222}\
table{border-collapse:collapse;margin:.5em 0}td,th{border:1px solid #ccc;padding:.3em .6em;text-align:start}\
th{background:#eee}.us{color:#1f5fa8}.china{color:#b5470b}.games{display:flex;flex-wrap:wrap;gap:1em}\
.game{background:#fff;border:1px solid #ccc;padding:.8em;flex:1 1 24em;max-width:36em}form{display:inline}\
button{font-size:1.1em;margin-inline-end:.6em;padding:.3em .9em}.num{direction:ltr;unicode-bidi:isolate}";

fn page(t: &Strings, title: &str, refresh_seconds: u32, body: &str) -> String {
    let dir = if t.rtl() { "rtl" } else { "ltr" };
    format!(
        "<!DOCTYPE html>\n<html lang=\"{}\" dir=\"{dir}\"><head><meta charset=\"utf-8\">\
         <meta http-equiv=\"refresh\" content=\"{refresh_seconds}\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <title>{}</title><style>{STYLE}</style></head><body><h1>{}</h1>{body}</body></html>\n",
        esc(t.lang()),
        esc(title),
        esc(title)
    )
}

fn side_class(side: Side) -> &'static str {
    match side {
        Side::Us => "us",
        Side::China => "china",
    }
}

/// The teacher's console: seats, connections and orders, and the buttons (each a form posted
/// back with the key).
pub fn console(t: &Strings, state: &ConsoleState<'_>, key: &str) -> String {
    let mut body = String::new();
    body.push_str(&format!("<p>{}</p>", esc(&t.t("console-hint"))));
    let status = if state.paused {
        t.t("console-paused")
    } else {
        t.f(
            "console-waiting",
            &[("waiting", (state.waiting as u32).into())],
        )
    };
    body.push_str(&format!("<p><strong>{}</strong>", esc(&status)));
    if let Some(s) = state.seconds_left {
        body.push_str(&format!(
            " · {}",
            esc(&t.f("console-time-left", &[("seconds", (s as u32).into())]))
        ));
    }
    body.push_str("</p><p>");
    let key = esc(key);
    for (action, label) in [
        ("end", "console-end"),
        (
            if state.paused { "resume" } else { "pause" },
            if state.paused {
                "console-resume"
            } else {
                "console-pause"
            },
        ),
    ] {
        body.push_str(&format!(
            "<form method=\"post\" action=\"/teacher/{action}?key={key}\"><button>{}</button></form>",
            esc(&t.t(label))
        ));
    }
    body.push_str(&format!(
        "</p><p><a href=\"/projector\">{}</a></p><table><tr>",
        esc(&t.t("console-projector-link"))
    ));
    for h in [
        "console-game",
        "console-side",
        "console-team",
        "console-connected",
        "console-orders",
        "console-turn",
    ] {
        body.push_str(&format!("<th>{}</th>", esc(&t.t(h))));
    }
    body.push_str("</tr>");
    for (seat, connected) in state.roster {
        let side = seat.seat.side;
        let team = match (&seat.team, seat.computer) {
            (Some(name), _) => format!("<bdi>{}</bdi>", esc(name)),
            (None, true) => esc(&t.t("console-computer")),
            (None, false) => esc(&t.t("console-open")),
        };
        let yes_no = |b: bool| esc(&t.t(if b { "console-yes" } else { "console-no" }));
        body.push_str(&format!(
            "<tr><td class=\"num\">{}</td><td class=\"{}\">{}</td><td>{team}</td><td>{}</td><td>{}</td><td class=\"num\">{}</td></tr>",
            seat.seat.game + 1,
            side_class(side),
            esc(&side_name(t, side)),
            if seat.team.is_some() { yes_no(*connected) } else { String::new() },
            if seat.team.is_some() { yes_no(seat.sent) } else { String::new() },
            seat.turn
        ));
        // A team that left: its seat to the computer, so the turn stops waiting for it.
        if seat.team.is_some() {
            body.push_str(&format!(
                "<tr><td colspan=\"6\"><form method=\"post\" action=\"/teacher/computer?key={key}\"><input type=\"hidden\" name=\"game\" value=\"{}\"><input type=\"hidden\" name=\"side\" value=\"{}\"><button>{}</button></form></td></tr>",
                seat.seat.game,
                side.id(),
                esc(&t.f(
                    "console-to-computer",
                    // Isolated: a right-to-left name in a left-to-right sentence, or the reverse.
                    &[("team", format!("\u{2068}{}\u{2069}", seat.team.clone().unwrap_or_default()).into())]
                ))
            ));
        }
    }
    body.push_str("</table>");
    inject_form(t, state, &key, &mut body);
    branch_form(t, state, &key, &mut body);
    page(t, &t.t("console-title"), 5, &body)
}

/// The form that writes a "what if" of one game, rewound to a turn, for the window.
fn branch_form(t: &Strings, state: &ConsoleState<'_>, key: &str, body: &mut String) {
    body.push_str(&format!(
        "<h2>{}</h2><p>{}</p><form method=\"post\" action=\"/teacher/branch?key={key}\"><select name=\"game\">",
        esc(&t.t("console-branch")),
        esc(&t.t("console-branch-hint"))
    ));
    for g in 0..state.injected.len() {
        body.push_str(&format!(
            "<option value=\"{g}\">{}</option>",
            esc(&t.f("projector-game", &[("game", (g as u32 + 1).into())]))
        ));
    }
    let now = state.roster.iter().map(|(s, _)| s.turn).max().unwrap_or(0);
    body.push_str(&format!(
        "</select> <label>{} <input name=\"turn\" type=\"number\" min=\"1\" max=\"{}\" value=\"{}\"></label> <button>{}</button></form>",
        esc(&t.t("console-branch-turn")),
        now + 1,
        now.max(1),
        esc(&t.t("console-branch-button"))
    ));
    if let Some((game, turn, file)) = &state.branched {
        body.push_str(&format!(
            "<p>{}</p>",
            esc(&t.f(
                "console-branch-written",
                &[
                    ("game", (*game as u32 + 1).into()),
                    ("turn", (*turn).into()),
                    ("file", file.clone().into()),
                ],
            ))
        ));
    }
}

/// The form that makes an event of the deck fire next turn, in one game or all, and what is
/// set already.
fn inject_form(t: &Strings, state: &ConsoleState<'_>, key: &str, body: &mut String) {
    let s = state.scenario;
    body.push_str(&format!(
        "<h2>{}</h2><p>{}</p><form method=\"post\" action=\"/teacher/inject?key={key}\"><select name=\"event\">",
        esc(&t.t("console-inject")),
        esc(&t.t("console-inject-hint"))
    ));
    for (i, e) in s.events.iter().enumerate() {
        body.push_str(&format!(
            "<option value=\"{i}\">{}</option>",
            esc(&t.scenario(&e.name))
        ));
    }
    body.push_str(&format!(
        "</select> <select name=\"game\"><option value=\"all\">{}</option>",
        esc(&t.t("console-inject-all"))
    ));
    for g in 0..state.injected.len() {
        body.push_str(&format!(
            "<option value=\"{g}\">{}</option>",
            esc(&t.f("projector-game", &[("game", (g as u32 + 1).into())]))
        ));
    }
    body.push_str(&format!(
        "</select> <button>{}</button></form>",
        esc(&t.t("console-inject-button"))
    ));
    for (g, events) in state.injected.iter().enumerate() {
        for e in events {
            if let Some(def) = e.def(s) {
                body.push_str(&format!(
                    "<p>{}</p>",
                    esc(&t.f(
                        "console-injected",
                        &[
                            ("event", t.scenario(&def.name).into()),
                            ("game", (g as u32 + 1).into()),
                        ],
                    ))
                ));
            }
        }
    }
}

/// The projector view: every game's public numbers, side by side.
pub fn projector(t: &Strings, s: &Scenario, games: &[PublicGame]) -> String {
    let mut body = format!(
        "<p>{}</p><div class=\"games\">",
        esc(&t.t("projector-hint"))
    );
    for (g, game) in games.iter().enumerate() {
        body.push_str("<div class=\"game\">");
        let teams = Side::BOTH.map(|side| {
            format!(
                "<span class=\"{}\">{}: <bdi>{}</bdi></span>",
                side_class(side),
                esc(&side_name(t, side)),
                esc(game.teams[side.index()]
                    .as_deref()
                    .unwrap_or(&t.t("console-computer")))
            )
        });
        body.push_str(&format!(
            "<h2>{}</h2><p>{}<br>{}</p><p><strong>{}</strong></p>",
            esc(&t.f("projector-game", &[("game", (g as u32 + 1).into())])),
            teams[0],
            teams[1],
            esc(&crate::i18n::quarter_text(t, s, game.turn + 1))
        ));
        if game.outcome.is_over() {
            body.push_str(&format!(
                "<p><strong>{}</strong></p>",
                esc(&t.t("projector-over"))
            ));
        }
        body.push_str("<table>");
        for (q, v) in &game.world {
            if matches!(q, GameQ::Tension | GameQ::Risk | GameQ::Bubble) {
                let (name, unit, _) = game_q_text(t, *q);
                body.push_str(&format!(
                    "<tr><td>{} ({})</td><td class=\"num\">{v:.1}</td></tr>",
                    esc(&name),
                    esc(&unit)
                ));
            }
        }
        body.push_str("</table><table><tr><th></th>");
        for side in Side::BOTH {
            body.push_str(&format!(
                "<th class=\"{}\">{}</th>",
                side_class(side),
                esc(&side_name(t, side))
            ));
        }
        body.push_str("</tr>");
        for &r in Region::ALL {
            let [us, china] = game.markets[r.index()];
            body.push_str(&format!(
                "<tr><td>{}</td><td class=\"num\">{us:.0}%</td><td class=\"num\">{china:.0}%</td></tr>",
                esc(&region_name(t, r))
            ));
        }
        body.push_str("</table>");
        for side in Side::BOTH {
            let names: Vec<String> = game.policies[side.index()]
                .iter()
                .enumerate()
                .filter(|(_, st)| st.in_force())
                .filter_map(|(i, _)| s.policies.get(i).map(|p| esc(&t.scenario(&p.name))))
                .collect();
            body.push_str(&format!(
                "<p class=\"{}\"><strong>{}</strong> {}</p>",
                side_class(side),
                esc(&t.f("public-policies", &[("side", side_name(t, side).into())])),
                if names.is_empty() {
                    esc(&t.t("public-none"))
                } else {
                    names.join(" · ")
                }
            ));
        }
        let fired: Vec<String> = game
            .events_fired
            .iter()
            .enumerate()
            .filter(|(_, n)| **n > 0)
            .filter_map(|(i, _)| s.events.get(i).map(|e| esc(&t.scenario(&e.name))))
            .collect();
        if !fired.is_empty() {
            body.push_str(&format!(
                "<p><strong>{}</strong> {}</p>",
                esc(&t.t("projector-events")),
                fired.join(" · ")
            ));
        }
        body.push_str("</div>");
    }
    body.push_str("</div>");
    page(t, &t.t("projector-title"), 5, &body)
}
