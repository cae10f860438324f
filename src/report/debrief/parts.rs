//! The pieces of a debrief: the article paragraphs a scenario cites, the computer's reasons turn by turn, the charts, the biggest changes, and number formats.

use super::*;

/// Paragraph numbers and figure ids cited in a `source` string.
pub(super) fn citations(source: &str) -> (BTreeSet<u32>, BTreeSet<u32>) {
    let mut paras = BTreeSet::new();
    let mut figs = BTreeSet::new();
    let chars: Vec<char> = source.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c == 'F' || c == '¶' {
            let mut j = i + 1;
            let mut n = String::new();
            while j < chars.len() && chars[j].is_ascii_digit() {
                n.push(chars[j]);
                j += 1;
            }
            if let Ok(v) = n.parse::<u32>() {
                if c == 'F' {
                    figs.insert(v);
                } else {
                    paras.insert(v);
                    // ¶21–22
                    if j < chars.len() && (chars[j] == '–' || chars[j] == '-') {
                        let mut k = j + 1;
                        let mut m = String::new();
                        while k < chars.len() && chars[k].is_ascii_digit() {
                            m.push(chars[k]);
                            k += 1;
                        }
                        if let Ok(end) = m.parse::<u32>() {
                            for p in v..=end.min(v + 10) {
                                paras.insert(p);
                            }
                        }
                    }
                }
            }
            i = j;
        } else {
            i += 1;
        }
    }
    (paras, figs)
}

pub(super) fn para_matches(written: &str, p: u32) -> bool {
    let nums: Vec<u32> = written
        .split(|c: char| !c.is_ascii_digit())
        .filter_map(|n| n.parse().ok())
        .collect();
    match (
        written.contains('–') || written.contains('-'),
        nums.as_slice(),
    ) {
        (true, [a, b, ..]) => (*a..=*b).contains(&p),
        _ => nums.contains(&p),
    }
}

/// The computer's one-line reasons for each turn, recomputed: computer decisions depend only
/// on the view and the turn, so replaying a computer side's decisions gives the reasons it
/// had. A reason is kept only where the recomputed orders are the recorded ones.
pub(super) fn reasons(save: &SaveGame) -> Vec<[Option<crate::ai::Explanation>; 2]> {
    let s = &save.scenario;
    let mut players: [Option<crate::ai::ComputerPlayer>; 2] =
        [Side::Us, Side::China].map(|side| match &save.players[side.index()] {
            Player::Computer { .. } => crate::branch::carry_on(
                s,
                side,
                &save.players[side.index()],
                Level::Normal,
                save.seed,
            )
            .ok(),
            Player::Human => None,
        });
    let mut out = Vec::with_capacity(save.turns.len());
    let _ = crate::save::Session::replay(save, save.turns.len(), false, |step| {
        let crate::save::ReplayStep::Before { log, sim } = step else {
            return std::ops::ControlFlow::<()>::Continue(());
        };
        let mut row: [Option<crate::ai::Explanation>; 2] = [None, None];
        for side in Side::BOTH {
            if let Some(p) = players[side.index()].as_mut() {
                let d = p.decide(s, &sim.view(side));
                let given: Vec<_> = log
                    .orders
                    .iter()
                    .filter(|(w, _)| *w == side)
                    .map(|(_, c)| *c)
                    .collect();
                if given.starts_with(&d.commands) && !d.explanation.is_empty() {
                    row[side.index()] = Some(d.explanation);
                }
            }
        }
        out.push(row);
        std::ops::ControlFlow::Continue(())
    });
    out
}

pub(super) fn player_text(t: &Strings, s: &Scenario, p: &Player) -> String {
    match p {
        Player::Human => t.t("debrief-person"),
        Player::Computer { level, doctrine } => {
            let level = Level::parse(level)
                .map_or_else(|| level.clone(), |l| crate::i18n::level_name(t, l));
            match doctrine {
                Some(d) => t.f(
                    "debrief-computer-doctrine",
                    &[
                        ("level", level.into()),
                        (
                            "doctrine",
                            s.doctrines
                                .iter()
                                .find(|x| &x.id == d)
                                .map_or_else(|| d.clone(), |x| t.scenario(&x.name))
                                .into(),
                        ),
                    ],
                ),
                None => t.f("debrief-computer", &[("level", level.into())]),
            }
        }
    }
}

pub(super) fn svg_inline(svg: &str) -> String {
    // Drop any XML prolog; keep the <svg> element, sized by the page.
    let start = svg.find("<svg").unwrap_or(0);
    svg[start..].replacen("<svg ", "<svg role=\"img\" class=\"chart\" ", 1)
}

/// The charts of a game: lead, compute, adoption, world market share, risk and tension,
/// titled in the table's language.
pub(crate) fn charts(save: &SaveGame, history: &History, t: &Strings) -> Vec<LineChart> {
    let s = &save.scenario;
    let dates: Vec<String> = std::iter::once(t.t("debrief-start"))
        .chain((1..=history.turns.len() as u32).map(|turn| quarter_text(t, s, turn)))
        .collect();
    let col = |q: Quantity| -> Vec<f64> {
        let c = history.quantities.iter().position(|x| *x == q);
        std::iter::once(c.map_or(f64::NAN, |c| history.start[c]))
            .chain(
                history
                    .turns
                    .iter()
                    .map(|t| c.map_or(f64::NAN, |c| t.values[c])),
            )
            .collect()
    };
    let side_series = |side: Side, values: Vec<f64>| Series {
        label: format!(
            "{} {}",
            if side == Side::Us { "■" } else { "▲" },
            side_name(t, side)
        ),
        colour: if side == Side::Us { US } else { CHINA },
        dashed: side == Side::China,
        values,
        band: None,
    };
    let pair = |title: String, y: String, us: Vec<f64>, china: Vec<f64>| LineChart {
        title,
        y_label: y,
        x_labels: dates.clone(),
        series: vec![side_series(Side::Us, us), side_series(Side::China, china)],
        marks: Vec::new(),
    };
    let both = |q: BlocQ| {
        pair(
            q_name(t, q),
            q_unit(t, q),
            col(Quantity::Bloc(Side::Us, q)),
            col(Quantity::Bloc(Side::China, q)),
        )
    };
    let share = |side: Side| -> Vec<f64> {
        let start = crate::sim::Snapshot::initial(s, save.seed);
        std::iter::once(start.markets.world_share(s, side))
            .chain(
                save.turns
                    .iter()
                    .map(|t| t.snapshot.markets.world_share(s, side)),
            )
            .collect()
    };
    let game = |q: GameQ| game_q_text(t, q);
    vec![
        LineChart {
            title: t.t("debrief-chart-lead"),
            y_label: game(GameQ::LeadMonths).1,
            x_labels: dates.clone(),
            series: vec![Series {
                label: game(GameQ::LeadMonths).0,
                colour: US,
                dashed: false,
                values: col(Quantity::Game(GameQ::LeadMonths)),
                band: None,
            }],
            marks: Vec::new(),
        },
        both(BlocQ::ComputeEffective),
        both(BlocQ::AdoptionShare),
        pair(
            t.t("end-axis-market"),
            "%".into(),
            share(Side::Us),
            share(Side::China),
        ),
        LineChart {
            title: t.t("debrief-chart-risk"),
            y_label: "0–100".into(),
            x_labels: dates.clone(),
            series: vec![
                Series {
                    label: game(GameQ::Risk).0,
                    colour: (0xD5, 0x5E, 0x00),
                    dashed: false,
                    values: col(Quantity::Game(GameQ::Risk)),
                    band: None,
                },
                Series {
                    label: game(GameQ::Tension).0,
                    colour: (0x55, 0x55, 0x55),
                    dashed: true,
                    values: col(Quantity::Game(GameQ::Tension)),
                    band: None,
                },
            ],
            marks: Vec::new(),
        },
    ]
}

/// The five biggest one-turn changes of the headline quantities, relative to the quantity's
/// size: (turn index, quantity, before, after).
pub(super) fn biggest_changes(history: &History) -> Vec<(usize, Quantity, f64, f64)> {
    let headline: Vec<Quantity> = Side::BOTH
        .into_iter()
        .flat_map(|side| {
            [
                BlocQ::ComputeEffective,
                BlocQ::ChipsInstalled,
                BlocQ::AdoptionShare,
                BlocQ::ResearchCapability,
                BlocQ::FundingPrivate,
                BlocQ::FundingState,
                BlocQ::EnergyGridGw,
                BlocQ::TalentResearchers,
            ]
            .map(|q| Quantity::Bloc(side, q))
        })
        .chain([Quantity::Game(GameQ::Risk), Quantity::Game(GameQ::Tension)])
        .collect();
    let mut found = Vec::new();
    for q in headline {
        let Some(c) = history.quantities.iter().position(|x| *x == q) else {
            continue;
        };
        let mut before = history.start[c];
        for (i, t) in history.turns.iter().enumerate() {
            let after = t.values[c];
            let rel = (after - before).abs() / before.abs().max(after.abs()).max(1e-9);
            if rel.is_finite() && rel > 1e-6 {
                found.push((rel, i, q, before, after));
            }
            before = after;
        }
    }
    found.sort_by(|a, b| b.0.total_cmp(&a.0));
    let mut seen = BTreeSet::new();
    found
        .into_iter()
        .filter(|(_, _, q, _, _)| seen.insert(q.path()))
        .take(5)
        .map(|(_, i, q, a, b)| (i, q, a, b))
        .collect()
}

/// A quantity's unit in the table's words.
pub(super) fn unit_text(t: &Strings, q: Quantity) -> String {
    match q {
        Quantity::Bloc(_, b) => q_unit(t, b),
        Quantity::Game(g) => game_q_text(t, g).1,
        Quantity::Region(..) => "%".into(),
    }
}

pub(super) fn fmt_num(v: f64) -> String {
    if v.abs() >= 100.0 {
        format!("{v:.0}")
    } else if v.abs() >= 1.0 {
        format!("{v:.2}")
    } else {
        format!("{v:.3}")
    }
}

pub(super) fn fmt_signed(v: f64) -> String {
    let s = fmt_num(v);
    if v >= 0.0 { format!("+{s}") } else { s }
}
