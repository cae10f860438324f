//! Words for what happens in a game: verdicts, the computer's explanations, levels, experiment
//! metrics, causes in the ledger, the news and refused orders.

use super::*;
use crate::scenario::Scenario;
use crate::sim::quantity::Side;

/// A game's verdict in words ("China wins", "A draw…"); an unfinished game reads as the
/// standing so far, a draw.
pub(crate) fn verdict_text(t: &Strings, v: crate::sim::scoring::Verdict) -> String {
    use crate::sim::scoring::Verdict;
    match v {
        Verdict::Winner(side) => t.f("end-winner", &[("side", side_name(t, side).into())]),
        Verdict::Draw | Verdict::InProgress => t.t("end-draw"),
        Verdict::SharedLoss => t.t("end-shared-loss"),
    }
}

/// Why a computer player gave its orders, in words: the rule it followed, or what its
/// rollouts measured (the orders named in the table's language).
pub(crate) fn explanation_text(t: &Strings, s: &Scenario, e: &crate::ai::Explanation) -> String {
    use crate::ai::Explanation;
    let signed = |v: f64| format!("{v:+.2}");
    let orders = |list: &[crate::sim::orders::Command]| {
        list.iter()
            .map(|c| order_text(t, s, c))
            .collect::<Vec<_>>()
            .join(" · ")
    };
    match e {
        Explanation::Silent => String::new(),
        Explanation::Rules => t.t("why-rules"),
        Explanation::Random(Some(c)) => t.f("why-random", &[("order", order_text(t, s, c).into())]),
        Explanation::Random(None) => t.t("why-random-none"),
        Explanation::Doctrine(Some(c)) => {
            t.f("why-doctrine", &[("order", order_text(t, s, c).into())])
        }
        Explanation::Doctrine(None) => t.t("why-doctrine-none"),
        Explanation::NothingToWeigh => t.t("why-nothing-to-weigh"),
        Explanation::NoChange {
            best,
            none,
            lead,
            horizon,
        } => t.f(
            "why-no-change",
            &[
                ("best", signed(*best).into()),
                ("none", signed(*none).into()),
                ("lead", format!("{lead:+.1}").into()),
                ("horizon", quarter_text(t, s, *horizon).into()),
            ],
        ),
        Explanation::Chosen {
            orders: list,
            value,
            none,
            interval,
            lead,
            horizon,
            rollouts,
            depth,
        } => {
            let sureness = match interval {
                Some((lo, hi)) => t.f(
                    if *lo > 0.0 {
                        "why-interval"
                    } else {
                        "why-gamble"
                    },
                    &[("low", signed(*lo).into()), ("high", signed(*hi).into())],
                ),
                None => String::new(),
            };
            t.f(
                "why-chosen",
                &[
                    ("orders", orders(list).into()),
                    ("value", signed(*value).into()),
                    ("none", signed(*none).into()),
                    ("sureness", sureness.into()),
                    ("lead", format!("{lead:+.1}").into()),
                    ("horizon", quarter_text(t, s, *horizon).into()),
                    ("rollouts", Arg::Number(*rollouts as f64)),
                    ("depth", Arg::Number(f64::from(*depth))),
                ],
            )
        }
    }
}

/// A computer level's short name in the table's language (the part of `level-<id>` before
/// its dash).
pub(crate) fn level_name(t: &Strings, l: crate::ai::Level) -> String {
    let text = t.t(&format!("level-{}", l.name()));
    text.split('—').next().unwrap_or(&text).trim().to_owned()
}

/// A metric of the experiment in the table's language: the quantity's name and unit.
pub(crate) fn metric_text(t: &Strings, m: crate::experiment::Metric) -> String {
    use crate::experiment::Metric;
    use crate::sim::quantity::{BlocQ, GameQ};
    let bloc = |s: Side, q: BlocQ| {
        format!(
            "{} ({})",
            t.f(
                "side-quantity",
                &[
                    ("side", t.t(&format!("{}-short", s.id())).into()),
                    ("name", q_name(t, q).into()),
                ],
            ),
            q_unit(t, q)
        )
    };
    let game = |q: GameQ| {
        let (name, unit, _) = game_q_text(t, q);
        format!("{name} ({unit})")
    };
    match m {
        Metric::LeadMonths => game(GameQ::LeadMonths),
        Metric::Risk => game(GameQ::Risk),
        Metric::Tension => game(GameQ::Tension),
        Metric::Adoption(s) => bloc(s, BlocQ::AdoptionShare),
        Metric::WorldShare(s) => format!(
            "{} (%)",
            t.f("charts-share", &[("side", side_name(t, s).into())])
        ),
        Metric::Capability(s) => bloc(s, BlocQ::ResearchCapability),
        Metric::Compute(s) => bloc(s, BlocQ::ComputeEffective),
        Metric::Bloc(s, q) => bloc(s, q),
    }
}

/// Why a number changed, in words.
pub fn cause_text(t: &Strings, s: &Scenario, c: crate::sim::ledger::Cause) -> String {
    use crate::sim::ledger::Cause;
    match c {
        Cause::Policy(id) => t.f("cause-policy", &[("name", t.scenario(&id.title(s)).into())]),
        Cause::Event(id) => t.f("cause-event", &[("name", t.scenario(&id.title(s)).into())]),
        other => {
            let label = other.label(s);
            let key = format!("cause-{}", label.replace('_', "-"));
            if t.has(&key) {
                t.t(&key)
            } else {
                label.replace('_', " ")
            }
        }
    }
}

/// A refused order and why, in words ("Enact: National cloud — needs …"); `via` names the
/// event whose answer gave the order.
pub(crate) fn rejected_text(
    t: &Strings,
    s: &Scenario,
    order: &crate::sim::orders::Command,
    via: Option<crate::sim::events::EventId>,
    error: &crate::sim::orders::CommandError,
) -> String {
    let order = order_text(t, s, order);
    let reason = refusal_text(t, s, error);
    match via {
        Some(event) => t.f(
            "rejected-via",
            &[
                ("order", order.into()),
                ("event", t.scenario(&event.title(s)).into()),
                ("reason", reason.into()),
            ],
        ),
        None => t.f(
            "rejected",
            &[("order", order.into()), ("reason", reason.into())],
        ),
    }
}

/// What happened, in words: one journal entry as every reader may see it (the window keeps
/// a side's refused orders to that side).
pub(crate) fn journal_text(
    t: &Strings,
    s: &Scenario,
    e: &crate::sim::game::JournalEntry,
) -> String {
    use crate::sim::game::JournalEntry;
    let side = |x: Side| side_name(t, x);
    let pol = |p: crate::sim::policies::PolicyId| t.scenario(&p.title(s));
    let sp = |w: Side, p| [("side", side(w).into()), ("policy", pol(p).into())];
    match e {
        JournalEntry::PolicyEnacted { side: w, policy } => t.f("news-enacted", &sp(*w, *policy)),
        JournalEntry::PolicyRepealed { side: w, policy } => t.f("news-repealed", &sp(*w, *policy)),
        JournalEntry::LevelChanged {
            side: w,
            policy,
            from,
            to,
        } => t.f(
            "news-level",
            &[
                ("side", side(*w).into()),
                ("policy", pol(*policy).into()),
                ("from", u32::from(*from).into()),
                ("to", u32::from(*to).into()),
            ],
        ),
        JournalEntry::ProjectCompleted { side: w, policy } => {
            t.f("news-completed", &sp(*w, *policy))
        }
        JournalEntry::PolicyLapsed { side: w, policy } => t.f("news-unpaid", &sp(*w, *policy)),
        JournalEntry::SharedInForce { policy } => {
            t.f("news-shared", &[("policy", pol(*policy).into())])
        }
        JournalEntry::SharedLapsed { policy } => {
            t.f("news-lapsed", &[("policy", pol(*policy).into())])
        }
        JournalEntry::EventFired { event, side: who } => {
            let name = t.scenario(&event.title(s));
            // "must choose" only when there is a choice to make.
            let choice = event.def(s).is_some_and(|d| !d.choices.is_empty());
            match who.filter(|_| choice) {
                Some(w) => t.f(
                    "news-event-choose",
                    &[("event", name.into()), ("side", side(w).into())],
                ),
                None => t.f("news-event", &[("event", name.into())]),
            }
        }
        JournalEntry::EventAnswered {
            side: w,
            event,
            choice,
            by_default,
        } => {
            let label = event
                .def(s)
                .and_then(|e| e.choices.get(usize::from(*choice)))
                .map_or_else(|| format!("#{choice}"), |c| t.scenario(&c.label));
            let key = if *by_default {
                "news-answered-default"
            } else {
                "news-answered"
            };
            t.f(
                key,
                &[
                    ("side", side(*w).into()),
                    ("event", t.scenario(&event.title(s)).into()),
                    ("choice", label.into()),
                ],
            )
        }
        JournalEntry::OrderRejected {
            side: w,
            order,
            via,
            error,
        } => t.f(
            "news-rejected-of",
            &[
                ("side", side(*w).into()),
                ("reason", rejected_text(t, s, order, *via, error).into()),
            ],
        ),
        JournalEntry::BubbleCorrection => t.t("news-bubble"),
        JournalEntry::Catastrophe => t.t("news-catastrophe"),
        JournalEntry::Breakthrough { side: w } => {
            t.f("news-breakthrough", &[("side", side(*w).into())])
        }
    }
}

/// Why an order was refused, in words.
pub(crate) fn refusal_text(
    t: &Strings,
    s: &Scenario,
    e: &crate::sim::orders::CommandError,
) -> String {
    use crate::sim::orders::{CommandError, Refusal};
    let why = match e {
        CommandError::Refused(why) => why,
        CommandError::GameOver => return t.t("refusal-game-over"),
        CommandError::BadBudget(_) => return t.t("refusal-bad-budget"),
        CommandError::UnknownPolicy(_) => return e.to_string(),
    };
    // Policies and events by their names in the table's language.
    let policy = |id: &str| {
        s.policies
            .iter()
            .find(|p| p.id == id)
            .map_or_else(|| id.to_owned(), |p| t.scenario(&p.name))
    };
    let event = |id: &str| {
        s.events
            .iter()
            .find(|e| e.id == id)
            .map_or_else(|| id.to_owned(), |e| t.scenario(&e.name))
    };
    let side = |x: Side| t.t(x.id());
    let p = |id: &str| ("policy", Arg::Text(policy(id)));
    match why {
        Refusal::WrongSide {
            policy: id,
            side: x,
            ..
        } => t.f("refusal-wrong-side", &[p(id), ("side", side(*x).into())]),
        Refusal::AlreadyOrdered { policy: id } => t.f("refusal-already-ordered", &[p(id)]),
        Refusal::Capital {
            policy: id,
            cost,
            left,
            side: x,
        } => t.f(
            "refusal-capital",
            &[
                p(id),
                ("cost", format!("{cost:.1}").into()),
                ("left", format!("{left:.1}").into()),
                ("side", side(*x).into()),
            ],
        ),
        Refusal::Money {
            policy: id,
            cost,
            left,
            side: x,
        } => t.f(
            "refusal-money",
            &[
                p(id),
                ("cost", format!("{cost:.1}").into()),
                ("left", format!("{left:.1}").into()),
                ("side", side(*x).into()),
            ],
        ),
        Refusal::Fixed { policy: id } => t.f("refusal-fixed", &[p(id)]),
        Refusal::Requires { policy: id, needs } => t.f(
            "refusal-requires",
            &[p(id), ("needs", Arg::Text(policy(needs)))],
        ),
        Refusal::Excludes { policy: id, with } => t.f(
            "refusal-excludes",
            &[p(id), ("with", Arg::Text(policy(with)))],
        ),
        Refusal::HasLevels { policy: id } => t.f("refusal-has-levels", &[p(id)]),
        Refusal::AlreadyEnacted { policy: id } => t.f("refusal-already-enacted", &[p(id)]),
        Refusal::Project { policy: id } => t.f("refusal-project", &[p(id)]),
        Refusal::RepealLevels { policy: id } => t.f("refusal-repeal-levels", &[p(id)]),
        Refusal::NotInForce { policy: id } => t.f("refusal-not-in-force", &[p(id)]),
        Refusal::NoLevels { policy: id } => t.f("refusal-no-levels", &[p(id)]),
        Refusal::NoSuchLevel {
            policy: id,
            level,
            max,
        } => t.f(
            "refusal-no-such-level",
            &[
                p(id),
                ("level", Arg::Number(f64::from(*level))),
                ("max", Arg::Number(*max as f64)),
            ],
        ),
        Refusal::NotAvailable {
            policy: id,
            side: x,
        } => t.f("refusal-not-available", &[p(id), ("side", side(*x).into())]),
        Refusal::AlreadyAtLevel { policy: id, level } => t.f(
            "refusal-already-at-level",
            &[p(id), ("level", Arg::Number(f64::from(*level)))],
        ),
        Refusal::NoPendingChoice { event: id, side: x } => t.f(
            "refusal-no-pending-choice",
            &[("event", Arg::Text(event(id))), ("side", side(*x).into())],
        ),
        Refusal::NoSuchChoice {
            event: id,
            choice,
            options,
        } => t.f(
            "refusal-no-such-choice",
            &[
                ("event", Arg::Text(event(id))),
                ("choice", Arg::Number(f64::from(*choice) + 1.0)),
                ("options", Arg::Number(*options as f64)),
            ],
        ),
        Refusal::ChoiceOrder {
            event: id,
            option,
            order,
            reason,
        } => t.f(
            "refusal-choice-order",
            &[
                ("event", Arg::Text(event(id))),
                ("option", Arg::Number(f64::from(*option) + 1.0)),
                ("order", Arg::Text(order_text(t, s, order))),
                (
                    "reason",
                    Arg::Text(refusal_text(
                        t,
                        s,
                        &CommandError::Refused((**reason).clone()),
                    )),
                ),
            ],
        ),
    }
}

/// Why the class's host refused a team's message, in words.
/// `s` is the seat's scenario (None before a seat is given: an order cannot be refused yet).
#[cfg(feature = "gui")]
pub(crate) fn class_error_text(
    t: &Strings,
    s: Option<&Scenario>,
    e: &crate::class::protocol::ClassError,
) -> String {
    use crate::class::protocol::ClassError as E;
    let n = |v: usize| Arg::Number(v as f64);
    match e {
        E::TooLarge { got, max } => t.f(
            "class-error-too-large",
            &[("got", n(*got)), ("max", n(*max))],
        ),
        E::Malformed { reason } => t.f(
            "class-error-malformed",
            &[("reason", reason.clone().into())],
        ),
        E::WrongVersion { want, got } => t.f(
            "class-error-wrong-version",
            &[("want", n(*want as usize)), ("got", n(*got as usize))],
        ),
        E::UnknownCode => t.t("class-error-unknown-code"),
        E::BadTeamName { max } => t.f("class-error-bad-team-name", &[("max", n(*max))]),
        E::ClassFull => t.t("class-error-class-full"),
        E::UnknownToken => t.t("class-error-unknown-token"),
        E::StaleTurn { now, got } => t.f(
            "class-error-stale-turn",
            &[("now", n(*now as usize)), ("got", n(*got as usize))],
        ),
        E::TooManyOrders { got, max } => t.f(
            "class-error-too-many-orders",
            &[("got", n(*got)), ("max", n(*max))],
        ),
        E::Order { index, error } => t.f(
            "class-error-order",
            &[
                ("index", n(index + 1)),
                (
                    "reason",
                    s.map_or_else(|| error.to_string(), |s| refusal_text(t, s, error))
                        .into(),
                ),
            ],
        ),
        E::GameOver => t.t("class-error-game-over"),
        E::TooFast { .. } => t.t("class-error-too-fast"),
        E::Paused => t.t("class-error-paused"),
    }
}
