//! Shared dangers: catastrophe risk, tension, AI-bubble pressure, and the random draws that
//! can end a game (catastrophe, article F19) or cut funding (a bubble correction, ¶4).
//!
//! Racing adds risk in proportion to capability gained without safety effort, more so under
//! high tension (¶11: the self-fulfilling arms race). The chance of catastrophe each quarter
//! is steep in risk (cubic above a safe floor), so reckless racing is punished late, not at
//! random, and a cautious world stays safe. Every turn
//! draws the same number of values from the events stream, whatever the state.

use bevy::prelude::*;
use serde::{Deserialize, Serialize};

use super::adoption::Adoption;
use super::chips::Chips;
use super::funding::Funding;
use super::game::{Calendar, Game, Journal, JournalEntry, Outcome, Rules};
use super::ledger::{Cause, Ledger};
use super::quantity::{BlocQ, GameQ, Quantity, Side};
use super::research::Research;
use super::rng::{Streams, uniform};

/// Tension between the blocs, 0–100 (on the game entity).
#[derive(Component, Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Tension {
    /// 0–100.
    pub value: f64,
}

/// Global catastrophe risk, 0–100 (on the game entity).
#[derive(Component, Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Risk {
    /// 0–100.
    pub value: f64,
}

/// AI-bubble pressure (on the game entity).
#[derive(Component, Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Bubble {
    /// 0–100.
    pub pressure: f64,
    /// Both blocs' private funding last quarter, $B.
    pub prev_private: f64,
    /// Both blocs' adoption last quarter, % points summed.
    pub prev_adoption: f64,
}

/// A bloc's safety effort, and its own part of the shared risk and tension.
#[derive(Component, Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Safety {
    /// Share of racing risk removed, 0–1.
    pub effort: f64,
    /// Risk this bloc added (its racing, its policies and its choices), fading as risk does.
    #[serde(default)]
    pub risk_added: f64,
    /// Tension this bloc added (its policies and its choices), fading as tension drifts back.
    #[serde(default)]
    pub tension_added: f64,
}

impl Safety {
    /// A bloc's starting safety effort, with nothing added yet.
    pub fn new(effort: f64) -> Safety {
        Safety {
            effort,
            risk_added: 0.0,
            tension_added: 0.0,
        }
    }
}

/// Racing raises risk; risk fades slowly. Each bloc's own part fades with it.
pub(crate) fn accumulate_risk(
    mut games: Query<(&Game, &Rules, &Outcome, &Tension, &mut Risk, &mut Ledger)>,
    mut blocs: Query<(&Research, &mut Safety)>,
) {
    for (game, rules, outcome, tension, mut risk, mut ledger) in &mut games {
        if outcome.is_over() {
            continue;
        }
        let p = &rules.world.risk;
        let Ok([(us_r, mut us_s), (cn_r, mut cn_s)]) = blocs.get_many_mut([game.us, game.china])
        else {
            continue;
        };
        let amplifier = 1.0 + p.tension_amplifier.v() * tension.value / 100.0;
        let q = Quantity::Game(GameQ::Risk);
        let r = &mut *risk;
        let decay = p.decay.v();
        for (side, research, safety) in [
            (Side::Us, us_r, &mut *us_s),
            (Side::China, cn_r, &mut *cn_s),
        ] {
            let added = p.per_capability.v()
                * research.capability_gain.max(0.0)
                * (1.0 - safety.effort)
                * amplifier;
            ledger.add(q, Cause::RacingRisk, &mut r.value, added);
            let own = Quantity::Bloc(side, BlocQ::SafetyRiskAdded);
            let fading = -safety.risk_added * decay;
            ledger.add(own, Cause::RiskDecay, &mut safety.risk_added, fading);
            ledger.add(own, Cause::RacingRisk, &mut safety.risk_added, added);
        }
        let fading = r.value * decay;
        ledger.add(q, Cause::RiskDecay, &mut r.value, -fading);
        if r.value > 100.0 {
            ledger.set(q, Cause::Clamp, &mut r.value, 100.0);
        }
    }
}

/// Tension drifts toward its baseline, moved by how far export controls on China stand from
/// where they stood at the start (the controls of the start are part of the baseline: the
/// standing controls alone cannot raise tension, only escalation can). The controls' part is
/// the US's own; each bloc's own part fades as tension drifts.
pub(crate) fn drift_tension(
    mut games: Query<(&Game, &Rules, &Outcome, &mut Tension, &mut Ledger)>,
    mut blocs: Query<(&Chips, &mut Safety)>,
) {
    for (game, rules, outcome, mut tension, mut ledger) in &mut games {
        if outcome.is_over() {
            continue;
        }
        let Ok([(_, mut us_s), (china, mut cn_s)]) = blocs.get_many_mut([game.us, game.china])
        else {
            continue;
        };
        let p = &rules.world.tension;
        let controls =
            p.per_blocked_share.v() * (china.blocked_share - rules.china.chips.blocked_share.v());
        let target = (p.baseline.v() + controls).clamp(0.0, 100.0);
        let drift = p.drift.v();
        let step = drift * (target - tension.value);
        ledger.add(
            Quantity::Game(GameQ::Tension),
            Cause::TensionDrift,
            &mut tension.value,
            step,
        );
        for (side, safety) in [(Side::Us, &mut *us_s), (Side::China, &mut *cn_s)] {
            let own = Quantity::Bloc(side, BlocQ::SafetyTensionAdded);
            let fading = -safety.tension_added * drift;
            ledger.add(own, Cause::TensionDrift, &mut safety.tension_added, fading);
        }
        let q = Quantity::Bloc(Side::Us, BlocQ::SafetyTensionAdded);
        ledger.add(
            q,
            Cause::TensionDrift,
            &mut us_s.tension_added,
            drift * controls,
        );
    }
}

/// Pressure builds when private money grows faster than adoption; past a threshold a
/// correction can strike and cut private funding.
pub(crate) fn build_bubble(
    mut games: Query<(
        &Game,
        &Rules,
        &Outcome,
        &mut Bubble,
        &mut Streams,
        &mut Ledger,
        &mut Journal,
    )>,
    mut blocs: Query<(&mut Funding, &Adoption)>,
) {
    for (game, rules, outcome, mut bubble, mut streams, mut ledger, mut journal) in &mut games {
        if outcome.is_over() {
            continue;
        }
        let draw = uniform(&mut streams.events);
        let Ok([(mut us_f, us_a), (mut cn_f, cn_a)]) = blocs.get_many_mut([game.us, game.china])
        else {
            continue;
        };
        let p = &rules.world.bubble;
        let private = us_f.private + cn_f.private;
        let adoption = us_a.share + cn_a.share;
        let growth_gap = ratio_growth(private, bubble.prev_private)
            - ratio_growth(adoption, bubble.prev_adoption);
        let b = &mut *bubble;
        b.prev_private = private;
        b.prev_adoption = adoption;
        let q = Quantity::Game(GameQ::Bubble);
        ledger.add(
            q,
            Cause::BubbleBuildUp,
            &mut b.pressure,
            p.build_up.v() * (growth_gap * 100.0).max(0.0),
        );
        let decay = b.pressure * p.decay.v();
        ledger.add(q, Cause::BubbleDecay, &mut b.pressure, -decay);
        if b.pressure > 100.0 {
            ledger.set(q, Cause::Clamp, &mut b.pressure, 100.0);
        }

        let chance =
            ((b.pressure - p.threshold.v()) / p.span.v()).clamp(0.0, 1.0) * p.max_chance.v();
        if draw < chance {
            journal.push(JournalEntry::BubbleCorrection);
            let release = b.pressure * 0.7;
            ledger.add(q, Cause::BubbleCorrection, &mut b.pressure, -release);
            for (side, f) in [(Side::Us, &mut *us_f), (Side::China, &mut *cn_f)] {
                let cut = f.private * p.correction_cut.v();
                ledger.add(
                    Quantity::Bloc(side, BlocQ::FundingPrivate),
                    Cause::BubbleCorrection,
                    &mut f.private,
                    -cut,
                );
                let drop = p.sentiment_drop.v().min(f.sentiment);
                ledger.add(
                    Quantity::Bloc(side, BlocQ::FundingSentiment),
                    Cause::BubbleCorrection,
                    &mut f.sentiment,
                    -drop,
                );
            }
            b.prev_private = us_f.private + cn_f.private;
        }
    }
}

fn ratio_growth(now: f64, before: f64) -> f64 {
    if before > 0.0 {
        now / before - 1.0
    } else {
        0.0
    }
}

/// Risk may be realised: both sides lose.
pub(crate) fn strike_catastrophe(
    mut games: Query<(
        &Rules,
        &Calendar,
        &Risk,
        &mut Outcome,
        &mut Streams,
        &mut Journal,
    )>,
) {
    for (rules, calendar, risk, mut outcome, mut streams, mut journal) in &mut games {
        if outcome.is_over() {
            continue;
        }
        let draw = uniform(&mut streams.events);
        let p = &rules.world.risk;
        let floor = p.safe_below.v().min(99.0);
        let x = ((risk.value - floor) / (100.0 - floor)).clamp(0.0, 1.0);
        let chance = p.catastrophe_scale.v() * x * x * x;
        if draw < chance {
            *outcome = Outcome::Catastrophe {
                turn: calendar.turn,
            };
            journal.push(JournalEntry::Catastrophe);
        }
    }
}
