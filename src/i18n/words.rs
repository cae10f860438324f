//! Words for the game's data, shared by every front-end (the window, the kit, the reports):
//! names of sides, quantities, regions and categories, numbers, orders and quarters.

use super::*;

/// A bloc's resources as every front-end lists them, in order (the window's panels, the
/// kit's role cards).
pub(crate) const RESOURCES: &[BlocQ] = &[
    BlocQ::ComputeEffective,
    BlocQ::ChipsInstalled,
    BlocQ::ChipsFabCapacity,
    BlocQ::FundingPrivate,
    BlocQ::FundingState,
    BlocQ::EnergyGridGw,
    BlocQ::TalentResearchers,
    BlocQ::AdoptionShare,
    BlocQ::ResearchCapability,
    BlocQ::SafetyEffort,
];

use crate::scenario::Scenario;
use crate::sim::quantity::{BlocQ, GameQ, Region, Side};

/// A side's full name from the string table.
pub fn side_name(t: &Strings, side: Side) -> String {
    t.t(side.id())
}

/// A number with sensible digits for its size.
pub fn num(v: f64) -> String {
    if !v.is_finite() {
        return "—".into();
    }
    let a = v.abs();
    if a >= 1000.0 {
        format!("{v:.0}")
    } else if a >= 100.0 {
        format!("{v:.1}")
    } else if a >= 1.0 {
        format!("{v:.2}")
    } else if a == 0.0 {
        "0".into()
    } else {
        format!("{v:.3}")
    }
}

/// A change with its sign.
pub fn signed(v: f64) -> String {
    if v > 0.0 {
        format!("+{}", num(v))
    } else if v < 0.0 {
        format!("−{}", num(-v))
    } else {
        "±0".into()
    }
}

/// The string-table key of a quantity path (`q-chips-installed`).
pub(crate) fn key_of(path: &str) -> String {
    format!("q-{}", path.replace(['.', '_'], "-"))
}

/// A bloc quantity's name.
pub fn q_name(t: &Strings, q: BlocQ) -> String {
    t.t(&key_of(q.path()))
}

/// A bloc quantity's unit.
pub fn q_unit(t: &Strings, q: BlocQ) -> String {
    t.t(&format!("{}-unit", key_of(q.path())))
}

/// A bloc quantity's meaning.
pub fn q_desc(t: &Strings, q: BlocQ) -> String {
    t.t(&format!("{}-desc", key_of(q.path())))
}

/// A world quantity's name, unit and meaning.
pub fn game_q_text(t: &Strings, q: GameQ) -> (String, String, String) {
    let k = key_of(&format!("game.{}", q.path()));
    (
        t.t(&k),
        t.t(&format!("{k}-unit")),
        t.t(&format!("{k}-desc")),
    )
}

/// A region's name.
pub fn region_name(t: &Strings, r: Region) -> String {
    t.t(&format!("region-{}", r.id().replace('_', "-")))
}

/// A policy category's name (the scenario's id if the table has none).
pub fn category_name(t: &Strings, id: &str) -> String {
    let key = format!("category-{}", id.replace('_', "-"));
    if t.has(&key) {
        t.t(&key)
    } else {
        id.replace('_', " ")
    }
}

/// The arguments of the messages that explain how a game is scored (help, the guided turn's
/// first step, the end screen), read from the scenario so a variant's weights and pars show
/// as they are.
pub fn score_args(t: &Strings, s: &Scenario) -> Vec<(&'static str, Arg)> {
    let w = &s.score.weights;
    let n = |v: f64| Arg::Text(num_plain(v));
    // Whole counts go as numbers, so a language can pick the noun's plural form (Arabic has
    // six); other values as the text a person writes.
    let count = |v: f64| {
        if v.fract() == 0.0 && v.abs() < 1e6 {
            Arg::Number(v)
        } else {
            n(v)
        }
    };
    let politics = |side: Side| &s.bloc(side).politics;
    let us = politics(Side::Us);
    let cn = politics(Side::China);
    vec![
        ("end", quarter_text(t, s, s.turns).into()),
        ("w-lead", n(w.lead)),
        ("w-market", n(w.market)),
        ("w-adoption", n(w.adoption)),
        ("w-economy", n(w.economy)),
        ("w-stability", n(w.stability)),
        (
            "w-total",
            n(w.lead + w.market + w.adoption + w.economy + w.stability),
        ),
        ("par", count(crate::sim::scoring::lead_par(s))),
        ("cap", count(s.score.lead_cap_months)),
        ("swing", count(s.score.market_swing)),
        ("growth", n(s.score.economy_full_growth)),
        ("margin", n(s.score.draw_margin)),
        (
            "breakthrough",
            s.score
                .breakthrough_months
                .map_or(Arg::Text("none".into()), count),
        ),
        ("us-capital", n(us.capital.v())),
        ("us-income", n(us.income.v())),
        ("us-cap", n(us.cap.v())),
        ("cn-capital", n(cn.capital.v())),
        ("cn-income", n(cn.income.v())),
        ("cn-cap", n(cn.cap.v())),
    ]
}

/// A parameter as a person writes it: at most two decimals, no trailing zeros (3, 0.5, 1.25).
pub fn num_plain(v: f64) -> String {
    let s = format!("{v:.2}");
    s.trim_end_matches('0').trim_end_matches('.').to_owned()
}

/// An order in words.
pub(crate) fn order_text(t: &Strings, s: &Scenario, c: &crate::sim::orders::Command) -> String {
    let pol = |p: crate::sim::policies::PolicyId| t.scenario(&p.title(s));
    // "What: detail", with the language's own colon.
    let line = |what: String, detail: String| {
        t.f(
            "order-line",
            &[("what", what.into()), ("detail", detail.into())],
        )
    };
    match *c {
        crate::sim::orders::Command::SetBudget {
            chips,
            grid,
            research,
        } => {
            let sum = (chips + grid + research).max(1e-12);
            line(
                t.t("budget"),
                format!(
                    "{} {:.0}% · {} {:.0}% · {} {:.0}%",
                    t.t("budget-chips"),
                    100.0 * chips / sum,
                    t.t("budget-grid"),
                    100.0 * grid / sum,
                    t.t("budget-research"),
                    100.0 * research / sum
                ),
            )
        }
        crate::sim::orders::Command::Enact { policy } => line(t.t("policy-enact"), pol(policy)),
        crate::sim::orders::Command::Repeal { policy } => line(t.t("policy-repeal"), pol(policy)),
        crate::sim::orders::Command::SetLevel { policy, level } => {
            let name = policy
                .def(s)
                .and_then(|d| match &d.kind {
                    crate::scenario::PolicyKind::Levels { levels, .. } => {
                        levels.get(usize::from(level))
                    }
                    _ => None,
                })
                .map_or_else(|| level.to_string(), |l| t.scenario(&l.name));
            line(pol(policy), name)
        }
        crate::sim::orders::Command::AnswerEvent { event, choice } => {
            let def = event.def(s);
            let label = def
                .and_then(|e| e.choices.get(usize::from(choice)))
                .map_or_else(|| format!("#{choice}"), |c| t.scenario(&c.label));
            line(t.scenario(&event.title(s)), label)
        }
    }
}

/// Any quantity's name, with its side or region.
pub fn quantity_text(t: &Strings, q: crate::sim::quantity::Quantity) -> String {
    use crate::sim::quantity::Quantity;
    match q {
        Quantity::Game(g) => game_q_text(t, g).0,
        Quantity::Bloc(side, b) => t.f(
            "side-quantity",
            &[
                ("side", t.t(&format!("{}-short", side.id())).into()),
                ("name", q_name(t, b).into()),
            ],
        ),
        Quantity::Region(r, side) => {
            format!(
                "{} — {}",
                region_name(t, r),
                t.t(&format!("{}-short", side.id()))
            )
        }
    }
}

/// The quarter played in `turn`, in the table's words ("2025 Q3", "2025年第3季度").
pub(crate) fn quarter_text(t: &Strings, s: &Scenario, turn: u32) -> String {
    let (year, quarter) = crate::sim::game::quarter_of(s, turn);
    t.f(
        "quarter",
        &[
            ("year", Arg::Text(year.to_string())),
            ("quarter", Arg::Text(quarter.to_string())),
        ],
    )
}
