//! Endings and the score.
//!
//! A game ends at its last turn, on catastrophe (both lose), or on a decisive breakthrough
//! (a lead of the scenario's `breakthrough_months`). The score has axes that pull against
//! each other — months of lead gained, world market share gained, adoption against targets,
//! economy (AI money and chip sales abroad), and stability (how little of today's risk and
//! tension is the side's own doing) — weighted by the scenario. Each axis is 0–1 before its
//! weight; lead and market count ground gained from each side's own start.

use bevy::prelude::*;
use serde::{Deserialize, Serialize};

use super::Snapshot;
use super::adoption::Adoption;
use super::game::{Calendar, Game, Journal, JournalEntry, Outcome, Rules, quarter_of};
use super::quantity::Side;
use super::regions::Markets;
use super::research::Lead;
use crate::scenario::{AdoptionTarget, Scenario};

/// Adoption recorded at each target's date (on the game entity).
#[derive(Component, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Scorecard {
    /// `hits[side][target]`: adoption share when the target's quarter ended.
    pub hits: [Vec<Option<f64>>; 2],
}

clone_reusing!(Scorecard { hits });

impl Scorecard {
    /// An empty card for a scenario.
    pub fn new(s: &Scenario) -> Scorecard {
        Scorecard {
            hits: [
                vec![None; s.score.us_targets.len()],
                vec![None; s.score.china_targets.len()],
            ],
        }
    }
}

fn targets(s: &Scenario, side: Side) -> &[AdoptionTarget] {
    match side {
        Side::Us => &s.score.us_targets,
        Side::China => &s.score.china_targets,
    }
}

/// Record adoption at target dates; end the game on a decisive breakthrough.
pub(crate) fn record_targets_and_breakthroughs(
    mut games: Query<(
        &Game,
        &Rules,
        &Calendar,
        &Lead,
        &mut Scorecard,
        &mut Outcome,
        &mut Journal,
    )>,
    blocs: Query<&Adoption>,
) {
    for (game, rules, calendar, lead, mut card, mut outcome, mut journal) in &mut games {
        if outcome.is_over() {
            continue;
        }
        let now = quarter_of(rules, calendar.turn);
        for side in Side::BOTH {
            let Ok(adoption) = blocs.get(game.bloc(side)) else {
                continue;
            };
            for (i, t) in targets(rules, side).iter().enumerate() {
                if (i64::from(t.by.year), u32::from(t.by.quarter)) == now
                    && let Some(slot) = card.hits[side.index()].get_mut(i)
                {
                    *slot = Some(adoption.share);
                }
            }
        }
        if let Some(months) = rules.score.breakthrough_months
            && lead.months.abs() >= months
        {
            let leader = if lead.months > 0.0 {
                Side::Us
            } else {
                Side::China
            };
            *outcome = Outcome::Breakthrough {
                leader,
                turn: calendar.turn,
            };
            journal.push(JournalEntry::Breakthrough { side: leader });
        }
    }
}

/// A bloc's chip makers' legal sales to the rival in the first quarter, at the start's prices
/// and budgets ($B): the reference for the economy axis.
pub(crate) fn initial_export_sales(s: &Scenario, side: Side) -> f64 {
    let rival = side.rival();
    let p = s.bloc(rival);
    let mut funding = super::funding::Funding::from_params(p);
    funding.upkeep = super::policies::upkeep_of(s, &super::policies::Policies::initial(s, rival));
    let budget = super::funding::Budget::from_params(p);
    let chips = super::chips::Chips::from_params(p);
    let frontier = super::chips::Frontier::from_params(s);
    super::chips::acquisitions(p, &chips, &frontier, funding.total() * budget.chips).legal_money
        * s.bloc(side).chips.sells_rival_imports.v()
}

/// One side's score, axis by axis (each 0–1 before weighting).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SideScore {
    /// Capability lead.
    pub lead: f64,
    /// World market share.
    pub market: f64,
    /// Adoption against targets.
    pub adoption: f64,
    /// Economy.
    pub economy: f64,
    /// Stability: 1 less the side's own part of risk and tension, per 100 points.
    pub stability: f64,
    /// Weighted total.
    pub total: f64,
}

/// How the game ended for the players.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Verdict {
    /// This side won.
    Winner(Side),
    /// Totals within the draw margin.
    Draw,
    /// Catastrophe: both sides lose.
    SharedLoss,
    /// The game is still being played.
    InProgress,
}

/// The result: verdict and both breakdowns.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct GameResult {
    /// Who won.
    pub verdict: Verdict,
    /// US then China.
    pub scores: [SideScore; 2],
}

/// The US lead in months that counts as even at the end: the scenario's par, or the lead
/// at the start when it names none.
pub(crate) fn lead_par(s: &Scenario) -> f64 {
    s.score
        .lead_par_months
        .unwrap_or_else(|| super::Snapshot::initial(s, 0).lead.months)
}

/// Score a game's state (any turn; final at the end).
pub fn score(s: &Scenario, snap: &Snapshot) -> GameResult {
    let par = lead_par(s);
    let scores = Side::BOTH.map(|side| {
        side_score(
            s,
            par,
            side,
            &snap.blocs[side.index()],
            snap.lead.months,
            snap.markets.world_share(s, side),
            &snap.scorecard,
        )
    });
    let verdict = judge(s, snap.outcome, [scores[0].total, scores[1].total]);
    GameResult { verdict, scores }
}

/// Both sides' score as `view.side` can know it if the game ended now: its own axes exact,
/// the rival's from the rival's best estimates and this side's estimate of the lead (market
/// shares and the adoption targets' record are public). The window's score panel shows it.
pub fn standing(s: &Scenario, view: &super::fog::SideView) -> [SideScore; 2] {
    let mut rival = view.own.clone();
    for (q, e) in &view.rival {
        rival.set(*q, e.value);
    }
    let markets = Markets {
        shares: view.markets,
    };
    let par = lead_par(s);
    Side::BOTH.map(|side| {
        let b = if side == view.side { &view.own } else { &rival };
        side_score(
            s,
            par,
            side,
            b,
            view.lead_months.value,
            markets.world_share(s, side),
            &view.scorecard,
        )
    })
}

/// How far the viewer's total is ahead of the rival's (negative: behind), as a 90% range over
/// what its estimates allow: 200 draws of the rival's numbers and of the lead, each within its
/// own estimate (the fog's errors are independent from one quantity to the next). The draws
/// are fixed by the turn and the viewer, so the same view always gives the same range; they
/// use no stream of the game.
pub fn standing_range(s: &Scenario, view: &super::fog::SideView) -> (f64, f64) {
    use super::rng::{Purpose, Stream, derive_seed, standard_normal_pair};
    const DRAWS: usize = 200;
    const Z90: f64 = 1.645;
    let seed = derive_seed(u64::from(view.turn), view.side.index() as u64);
    let mut rng = Stream::new(seed, Purpose::Fog);
    let markets = Markets {
        shares: view.markets,
    };
    let par = lead_par(s);
    let me = view.side;
    let mut gaps = Vec::with_capacity(DRAWS);
    let mut rival = view.own.clone();
    for _ in 0..DRAWS {
        let mut z = Vec::with_capacity(view.rival.len() + 2);
        while z.len() < view.rival.len() + 1 {
            z.extend(standard_normal_pair(&mut rng));
        }
        for ((q, e), zq) in view.rival.iter().zip(&z) {
            rival.set(*q, super::fog::plausible(e, *q, zq.clamp(-3.0, 3.0)));
        }
        let e = &view.lead_months;
        let zl = z[view.rival.len()].clamp(-3.0, 3.0);
        let lead = if zl >= 0.0 {
            e.value + (e.high - e.value) * zl / Z90
        } else {
            e.value + (e.value - e.low) * zl / Z90
        };
        // The lead moves the viewer's own lead axis too.
        let mine = side_score(
            s,
            par,
            me,
            &view.own,
            lead,
            markets.world_share(s, me),
            &view.scorecard,
        );
        let theirs = side_score(
            s,
            par,
            me.rival(),
            &rival,
            lead,
            markets.world_share(s, me.rival()),
            &view.scorecard,
        );
        gaps.push(mine.total - theirs.total);
    }
    gaps.sort_by(f64::total_cmp);
    (gaps[DRAWS / 20], gaps[DRAWS - 1 - DRAWS / 20])
}

/// One side's score from its state, the lead par ([`lead_par`]), the lead in months (+: the US ahead), its world market
/// share and the adoption targets' record. Lead and market are scored as ground gained
/// against each side's own start, so keeping the starting position earns half and the side
/// that starts behind is not scored down for it; the race is about who gains.
fn side_score(
    s: &Scenario,
    par: f64,
    side: Side,
    b: &super::BlocState,
    lead_months: f64,
    world_share: f64,
    scorecard: &Scorecard,
) -> SideScore {
    let w = &s.score.weights;
    let lead_change = lead_months - par;
    let signed = if side == Side::Us {
        lead_change
    } else {
        -lead_change
    };
    let lead_axis = ((signed / s.score.lead_cap_months).clamp(-1.0, 1.0) + 1.0) / 2.0;
    let start_share = Markets::from_params(s).world_share(s, side);
    let gained = world_share - start_share;
    let market = (0.5 + gained / (2.0 * s.score.market_swing)).clamp(0.0, 1.0);
    let goals = targets(s, side);
    let adoption = if goals.is_empty() {
        b.adoption.share / 100.0
    } else {
        let hits = &scorecard.hits[side.index()];
        goals
            .iter()
            .enumerate()
            .map(|(i, t)| {
                // A target not yet due counts with the current share.
                let got = hits.get(i).copied().flatten().unwrap_or(b.adoption.share);
                (got / t.share).min(1.0)
            })
            .sum::<f64>()
            / goals.len() as f64
    };
    let p = s.bloc(side);
    // AI money (policy spending is still AI money) and the chip makers' sales abroad.
    let start = p.funding.private.v() + p.funding.state.v() + initial_export_sales(s, side);
    let now = b.funding.private + b.funding.state + b.chips.export_sales;
    let growth = if start > 0.0 { now / start } else { 1.0 };
    let economy = ((growth - 1.0) / (s.score.economy_full_growth - 1.0).max(1e-9)).clamp(0.0, 1.0);
    let stability = (1.0 - (b.safety.risk_added + b.safety.tension_added) / 100.0).clamp(0.0, 1.0);
    let total = w.lead * lead_axis
        + w.market * market
        + w.adoption * adoption
        + w.economy * economy
        + w.stability * stability;
    SideScore {
        lead: lead_axis,
        market,
        adoption,
        economy,
        stability,
        total,
    }
}

/// The verdict of a game that ended with these totals (US, China).
pub fn judge(s: &Scenario, outcome: Outcome, totals: [f64; 2]) -> Verdict {
    match outcome {
        Outcome::Catastrophe { .. } => Verdict::SharedLoss,
        Outcome::Running => Verdict::InProgress,
        Outcome::Finished | Outcome::Breakthrough { .. } => {
            let diff = totals[0] - totals[1];
            if diff.abs() < s.score.draw_margin {
                Verdict::Draw
            } else if diff > 0.0 {
                Verdict::Winner(Side::Us)
            } else {
                Verdict::Winner(Side::China)
            }
        }
    }
}

/// One axis of the score.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ScoreAxis {
    /// Months of lead gained over par.
    Lead,
    /// World market share gained.
    Market,
    /// Adoption against targets.
    Adoption,
    /// AI money and chip sales abroad.
    Economy,
    /// How little of today's risk and tension is the side's own doing.
    Stability,
}

impl ScoreAxis {
    /// Every axis, in the order of the score tables.
    pub const ALL: [ScoreAxis; 5] = [
        ScoreAxis::Lead,
        ScoreAxis::Market,
        ScoreAxis::Adoption,
        ScoreAxis::Economy,
        ScoreAxis::Stability,
    ];

    /// Its id: `lead`, `market`, `adoption`, `economy`, `stability`.
    pub fn id(self) -> &'static str {
        match self {
            ScoreAxis::Lead => "lead",
            ScoreAxis::Market => "market",
            ScoreAxis::Adoption => "adoption",
            ScoreAxis::Economy => "economy",
            ScoreAxis::Stability => "stability",
        }
    }

    /// Its weight in a scenario's score (or a doctrine's weights).
    pub(crate) fn weight(self, w: &crate::scenario::ScoreWeights) -> f64 {
        match self {
            ScoreAxis::Lead => w.lead,
            ScoreAxis::Market => w.market,
            ScoreAxis::Adoption => w.adoption,
            ScoreAxis::Economy => w.economy,
            ScoreAxis::Stability => w.stability,
        }
    }
}

impl SideScore {
    /// The value (0–1, before its weight) of one axis.
    pub fn axis(&self, a: ScoreAxis) -> f64 {
        match a {
            ScoreAxis::Lead => self.lead,
            ScoreAxis::Market => self.market,
            ScoreAxis::Adoption => self.adoption,
            ScoreAxis::Economy => self.economy,
            ScoreAxis::Stability => self.stability,
        }
    }

    /// Every axis with its value, in [`ScoreAxis::ALL`] order.
    pub(crate) fn axes(&self) -> [(ScoreAxis, f64); 5] {
        ScoreAxis::ALL.map(|a| (a, self.axis(a)))
    }
}

/// Would the verdict differ if `axis` were left out of the score? (Never for a shared loss
/// or a game in progress.)
pub(crate) fn changed_without(
    s: &Scenario,
    outcome: Outcome,
    scores: &[SideScore; 2],
    axis: ScoreAxis,
) -> bool {
    let w = axis.weight(&s.score.weights);
    let with = judge(s, outcome, [scores[0].total, scores[1].total]);
    let without = judge(
        s,
        outcome,
        [
            scores[0].total - w * scores[0].axis(axis),
            scores[1].total - w * scores[1].axis(axis),
        ],
    );
    with != without
}
