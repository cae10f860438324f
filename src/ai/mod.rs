//! Computer players. For now one simple rule-based doctrine that plays either side from its
//! own state only; the opponent issue replaces it with doctrines and lookahead.

use crate::sim::BlocState;
use crate::sim::orders::Command;

/// Most of the budget the rule-based doctrine puts into power.
const MAX_GRID_SHARE: f64 = 0.5;
/// Least of the budget it keeps in power.
const MIN_GRID_SHARE: f64 = 0.03;

/// The rule-based doctrine: keep chips powered. When the installed chips need more power
/// than the grid gives, move budget from chips to power; when power runs well ahead of the
/// chips, move it back. Research keeps its share. Reads only the bloc's own state.
pub fn rule_based_orders(own: &BlocState) -> Vec<Command> {
    let b = &own.budget;
    let c = &own.compute;
    let step = if c.raw > c.power_cap {
        0.05
    } else if c.power_cap > 1.3 * c.raw {
        -0.03
    } else {
        0.0
    };
    let grid = (b.grid + step).clamp(MIN_GRID_SHARE, MAX_GRID_SHARE);
    let moved = grid - b.grid;
    if moved.abs() < 1e-12 {
        return Vec::new();
    }
    let chips = (b.chips - moved).max(0.0);
    vec![Command::SetBudget {
        chips,
        grid,
        research: b.research,
    }]
}
