//! The simple rule-based doctrine (what `simulate --us rules` plays), the list of every
//! legal order, and the policy orders ranked by a doctrine's preferences. All read only a
//! side's own [`SideView`].

use crate::scenario::{DoctrineDef, PolicyKind, Scenario};
use crate::sim::fog::SideView;
use crate::sim::orders::Command;
use crate::sim::orders::OrderDesk;
use crate::sim::policies::{PolicyId, PolicyStatus};

/// Most of the budget the rule-based doctrine puts into power.
const MAX_GRID_SHARE: f64 = 0.5;
/// Least of the budget it keeps in power.
const MIN_GRID_SHARE: f64 = 0.03;
/// Political capital the doctrine keeps in reserve after enacting.
const CAPITAL_RESERVE: f64 = 2.0;

/// The rule-based doctrine:
/// - keep chips powered: when the installed chips need more power than the grid gives, move
///   budget from chips to power; when power runs well ahead, move it back;
/// - answer every waiting event choice with its first (default) option;
/// - enact the legal, affordable policy it wants most (`ai_priority`), keeping a small reserve
///   of political capital; one a turn. It leaves level policies where they are.
pub fn rule_based_orders(s: &Scenario, view: &SideView) -> Vec<Command> {
    let mut out = Vec::new();
    let b = &view.own.budget;
    let c = &view.own.compute;
    let step = if c.raw > c.power_cap {
        0.05
    } else if c.power_cap > 1.3 * c.raw {
        -0.03
    } else {
        0.0
    };
    let grid = (b.grid + step).clamp(MIN_GRID_SHARE, MAX_GRID_SHARE);
    let moved = grid - b.grid;
    if moved.abs() > 1e-12 {
        out.push(Command::SetBudget {
            chips: (b.chips - moved).max(0.0),
            grid,
            research: b.research,
        });
    }
    for p in &view.pending_choices {
        out.push(Command::AnswerEvent {
            event: p.event,
            choice: 0,
        });
    }
    let desk = OrderDesk::of_view(s, view);
    let capital = desk.capital;
    let mut best: Option<(f64, PolicyId, f64)> = None;
    for (i, p) in s.policies.iter().enumerate() {
        let Ok(raw) = u16::try_from(i) else { break };
        let id = PolicyId::new(raw);
        if p.ai_priority <= 0.0 || matches!(p.kind, PolicyKind::Levels { .. }) {
            continue;
        }
        if view.own.policies.get(id) != PolicyStatus::Off {
            continue;
        }
        let command = Command::Enact { policy: id };
        if let Ok(cost) = desk.check(&[], &command)
            && capital - cost >= CAPITAL_RESERVE.min(capital)
            && best.is_none_or(|(prio, _, _)| p.ai_priority > prio)
        {
            best = Some((p.ai_priority, id, cost));
        }
    }
    if let Some((_, id, _)) = best {
        out.push(Command::Enact { policy: id });
    }
    out
}

/// Every policy order (enact, repeal, set level) and event answer that is legal for the
/// viewing side right now, taken one at a time.
pub fn legal_commands(s: &Scenario, view: &SideView) -> Vec<Command> {
    let mut candidates = Vec::new();
    for (i, p) in s.policies.iter().enumerate() {
        let Ok(raw) = u16::try_from(i) else { break };
        let policy = PolicyId::new(raw);
        match &p.kind {
            PolicyKind::Levels { levels, .. } => {
                for level in 0..levels.len() {
                    if let Ok(level) = u8::try_from(level) {
                        candidates.push(Command::SetLevel { policy, level });
                    }
                }
            }
            _ => {
                candidates.push(Command::Enact { policy });
                candidates.push(Command::Repeal { policy });
            }
        }
    }
    for c in &view.pending_choices {
        let options = c.event.def(s).map_or(0, |e| e.choices.len());
        for choice in 0..options {
            if let Ok(choice) = u8::try_from(choice) {
                candidates.push(Command::AnswerEvent {
                    event: c.event,
                    choice,
                });
            }
        }
    }
    let desk = OrderDesk::of_view(s, view);
    candidates
        .into_iter()
        .filter(|cmd| desk.check(&[], cmd).is_ok())
        .collect()
}

/// Each policy's preference, by index: its weight in the doctrine's `prefer` list (0 if not
/// there), or its `ai_priority` without a doctrine.
pub(crate) fn preferences(s: &Scenario, doctrine: Option<&DoctrineDef>) -> Vec<f64> {
    s.policies
        .iter()
        .map(|p| match doctrine {
            Some(d) => d
                .prefer
                .iter()
                .find(|(pid, _)| *pid == p.id)
                .map_or(0.0, |(_, w)| *w),
            None => p.ai_priority,
        })
        .collect()
}

/// Legal policy orders with their preference (from [`preferences`]) as a score: enact a
/// toggle or project, raise a level policy one step. With `all`, policies the doctrine does
/// not prefer are included too (score 0), for a lookahead that can afford to weigh them.
pub(crate) fn ranked_policy_orders(
    s: &Scenario,
    view: &SideView,
    prefs: &[f64],
    all: bool,
) -> Vec<(f64, Command)> {
    let desk = crate::sim::orders::OrderDesk::of_view(s, view);
    let mut out = Vec::new();
    for (i, p) in s.policies.iter().enumerate() {
        let Ok(raw) = u16::try_from(i) else { break };
        // The rival's policies: the desk would refuse them (looked at first, as it is cheap).
        if !p.side.allows(view.side) {
            continue;
        }
        let id = PolicyId::new(raw);
        let status = view.own.policies.get(id);
        let can_move = match (&p.kind, status) {
            (PolicyKind::Levels { levels, .. }, PolicyStatus::Level { level, .. }) => {
                usize::from(level) + 1 < levels.len()
            }
            (_, PolicyStatus::Off) => true,
            _ => false,
        };
        if !can_move {
            continue;
        }
        let preference = prefs.get(i).copied().unwrap_or(0.0);
        if !(all || preference > 0.0) {
            continue;
        }
        let command = match status {
            PolicyStatus::Level { level, .. } => Command::SetLevel {
                policy: id,
                level: level + 1,
            },
            _ => Command::Enact { policy: id },
        };
        if desk.check(&[], &command).is_ok() {
            out.push((preference, command));
        }
    }
    out
}
