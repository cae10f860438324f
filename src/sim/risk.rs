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

/// A bloc's safety effort.
#[derive(Component, Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Safety {
    /// Share of racing risk removed, 0–1.
    pub effort: f64,
}

/// Racing raises risk; risk fades slowly.
pub fn accumulate_risk(
    mut games: Query<(&Game, &Rules, &Outcome, &Tension, &mut Risk, &mut Ledger)>,
    blocs: Query<(&Research, &Safety)>,
) {
    for (game, rules, outcome, tension, mut risk, mut ledger) in &mut games {
        if outcome.is_over() {
            continue;
        }
        let p = &rules.world.risk;
        let Ok([(us_r, us_s), (cn_r, cn_s)]) = blocs.get_many([game.us, game.china]) else {
            continue;
        };
        let unsafe_gain = us_r.capability_gain.max(0.0) * (1.0 - us_s.effort)
            + cn_r.capability_gain.max(0.0) * (1.0 - cn_s.effort);
        let amplifier = 1.0 + p.tension_amplifier.v() * tension.value / 100.0;
        let q = Quantity::Game(GameQ::Risk);
        let r = &mut *risk;
        ledger.add(
            q,
            Cause::RacingRisk,
            &mut r.value,
            p.per_capability.v() * unsafe_gain * amplifier,
        );
        let decay = r.value * p.decay.v();
        ledger.add(q, Cause::RiskDecay, &mut r.value, -decay);
        if r.value > 100.0 {
            ledger.set(q, Cause::Clamp, &mut r.value, 100.0);
        }
    }
}

/// Tension drifts toward a target raised by export controls.
pub fn drift_tension(
    mut games: Query<(&Game, &Rules, &Outcome, &mut Tension, &mut Ledger)>,
    blocs: Query<&Chips>,
) {
    for (game, rules, outcome, mut tension, mut ledger) in &mut games {
        if outcome.is_over() {
            continue;
        }
        let Ok([us, china]) = blocs.get_many([game.us, game.china]) else {
            continue;
        };
        let p = &rules.world.tension;
        let blocked = us.blocked_share + china.blocked_share;
        let target = (p.baseline.v() + p.per_blocked_share.v() * blocked).min(100.0);
        let step = p.drift.v() * (target - tension.value);
        ledger.add(
            Quantity::Game(GameQ::Tension),
            Cause::TensionDrift,
            &mut tension.value,
            step,
        );
    }
}

/// Pressure builds when private money grows faster than adoption; past a threshold a
/// correction can strike and cut private funding.
pub fn build_bubble(
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
pub fn strike_catastrophe(
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
