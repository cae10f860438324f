//! Values for parameters added to the scenario format after scenarios and saves were first
//! written: a scenario (or a save's embedded scenario) that lacks one reads the baseline's
//! value, with a source that says so. The shipped scenarios write every one of them.

use super::{Kind, Param};

fn param<K: Kind>(value: f64, why: &str, range: (f64, f64)) -> Param<K> {
    Param::new(
        value,
        format!(
            "default: the baseline's value, for scenarios written before this parameter existed ({why})"
        ),
        Some(range),
    )
}

/// `world.frontier.price_decline`.
pub(crate) fn price_decline<K: Kind>() -> Param<K> {
    param(
        0.064,
        "Epoch AI: performance per dollar +30% a year",
        (0.054, 0.106),
    )
}

/// `world.capability.absorptive_exponent`.
pub(crate) fn absorptive_exponent<K: Kind>() -> Param<K> {
    param(
        0.5,
        "absorptive capacity, the square root of the compute ratio",
        (0.0, 1.0),
    )
}

/// `SIDE.funding.returns_response`.
pub(crate) fn returns_response<K: Kind>() -> Param<K> {
    param(1.0, "investors follow the growth of AI use", (0.0, 3.0))
}

/// `SIDE.chips.fab_growth_limit`.
pub(crate) fn fab_growth_limit<K: Kind>() -> Param<K> {
    param(
        0.075,
        "SemiAnalysis: SMIC's advanced-node capacity ≈ +33% a year",
        (0.03, 0.15),
    )
}

/// `SIDE.chips.learning_elasticity`.
pub(crate) fn learning_elasticity<K: Kind>() -> Param<K> {
    param(
        0.3,
        "chip makers' revenue funds their design work",
        (0.0, 0.6),
    )
}

/// `SIDE.chips.sells_rival_imports`: 1, as the model counted before the parameter existed
/// (every legal import of the rival was this bloc's sale), so an older save replays as it
/// was played; the shipped scenarios write 1 for the US and 0 for China.
pub(crate) fn sells_rival_imports<K: Kind>() -> Param<K> {
    Param::new(
        1.0,
        "default: every legal chip import of the rival counts as this bloc's sale, as in scenarios written before this parameter existed (the baseline writes 1 for the US, 0 for China)".to_string(),
        Some((0.0, 1.0)),
    )
}

/// `SIDE.chips.smuggle_premium`.
pub(crate) fn smuggle_premium<K: Kind>() -> Param<K> {
    param(
        0.5,
        "Financial Times, Jul 2025: ≈ 50% over US prices",
        (0.3, 1.0),
    )
}

/// `SIDE.chips.smuggle_cap`.
pub(crate) fn smuggle_cap<K: Kind>() -> Param<K> {
    param(
        0.06,
        "CNAS, Jun 2025: up to several hundred thousand chips a year",
        (0.01, 0.15),
    )
}

/// `SIDE.chips.substitution`.
pub(crate) fn substitution<K: Kind>() -> Param<K> {
    param(
        0.5,
        "half of the blocked demand turns to domestic chips",
        (0.2, 0.8),
    )
}
