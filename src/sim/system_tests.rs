//! One test per system: set a state, run the system once, check the numbers against the
//! formula written out by hand.

use super::adoption::{Adoption, spread_adoption};
use super::chips::{Chips, Frontier, acquire_chips, advance_frontier};
use super::compute::{Compute, update_compute};
use super::energy::{EnergyGrid, build_grid};
use super::funding::{Budget, Funding, grow_funding};
use super::game::{Calendar, Outcome, end_finished_games, start_turn};
use super::ledger::Cause;
use super::orders::{Command, Orders, apply_orders};
use super::politics::{PoliticalCapital, earn_capital};
use super::quantity::{BlocQ, Quantity, Region, Side};
use super::regions::{Markets, shift_markets};
use super::research::{
    Lead, Research, diffuse_knowledge, grow_efficiency, measure_lead, update_capability,
};
use super::risk::{
    Bubble, Risk, Safety, Tension, accumulate_risk, build_bubble, drift_tension, strike_catastrophe,
};
use super::talent::{Talent, move_talent};
use super::testing::{Harness, assert_close};

#[test]
fn start_turn_counts_running_games_only() {
    let mut h = Harness::baseline();
    h.run(start_turn);
    assert_eq!(h.game::<Calendar>().turn, 1);
    *h.game_mut::<Outcome>() = Outcome::Finished;
    h.run(start_turn);
    assert_eq!(h.game::<Calendar>().turn, 1);
}

#[test]
fn apply_orders_normalises_the_budget_and_records_it() {
    let mut h = Harness::baseline();
    h.game_mut::<Orders>().pending.push((
        Side::Us,
        Command::SetBudget {
            chips: 2.0,
            grid: 1.0,
            research: 1.0,
        },
    ));
    h.run(apply_orders);
    let b = h.bloc::<Budget>(Side::Us).clone();
    assert_close(b.chips, 0.5);
    assert_close(b.grid, 0.25);
    assert_close(b.research, 0.25);
    assert!(h.game::<Orders>().pending.is_empty());
    let orders = h
        .ledger()
        .iter()
        .filter(|c| c.cause == Cause::Order)
        .count();
    assert_eq!(orders, 3);
}

#[test]
fn grow_funding_follows_trend_without_volatility() {
    let mut h = Harness::with(|s| {
        s.us.funding.sentiment_volatility.value = 0.0;
        s.china.funding.sentiment_volatility.value = 0.0;
    });
    h.run(grow_funding);
    let us = h.bloc::<Funding>(Side::Us).clone();
    assert_close(us.private, 52.0 * 1.05);
    assert_close(us.state, 2.6 * 1.01);
    assert_close(us.sentiment, 1.0);
    assert_close(h.bloc::<Funding>(Side::China).private, 8.0 * 1.03);
}

#[test]
fn advance_frontier_grows_quality_and_efficiency() {
    let mut h = Harness::baseline();
    h.run(advance_frontier);
    let f = h.game::<Frontier>().clone();
    assert_close(f.quality, 2.0 * 1.08);
    assert_close(f.perf_per_watt, 1.6 * 1.06);
}

#[test]
fn acquire_chips_applies_controls_smuggling_and_fabs() {
    let mut h = Harness::baseline();
    h.run(acquire_chips);
    let c = h.bloc::<Chips>(Side::China).clone();
    // China: $20B total × 0.55 chips = $11B; 60% ($6.6B) for imports, $4.4B for domestic
    // chips. An H100-equivalent costs $25k less 6.4%.
    let price = 25.0 * (1.0 - 0.064);
    assert_close(c.price, price);
    let legal_money = 6.6 * 0.15;
    let legal = legal_money / (price * 0.3);
    // A fifth of the blocked $5.61B seeks intermediaries at a 50% premium (under the cap).
    let smuggled_h100e: f64 = 6.6 * 0.85 * 0.2 / (price * 1.5);
    assert!(smuggled_h100e < 0.06);
    let smuggled = smuggled_h100e / 2.0;
    // Half of the rest turns to domestic chips; the other half is redirected.
    let unmet = 6.6 * 0.85 - smuggled_h100e * price * 1.5;
    let domestic = 4.4 + 0.5 * unmet;
    assert_close(c.domestic_spending, domestic);
    assert_close(c.redirected, 0.5 * unmet);
    // The fabs run at capacity; capacity grows at the equipment limit (money is plenty).
    let fab = 0.0625;
    assert!(domestic - fab * price * 0.6 > 0.0625 * 0.06 * 400.0);
    assert_close(c.imports, legal + smuggled);
    assert_close(c.smuggled, smuggled);
    assert_close(c.fab_output, fab);
    assert_close(c.installed, 1.7 * 0.96 + legal + smuggled + fab);
    let perf = 1.7 * 0.96 * 0.35 + legal * 0.3 + smuggled_h100e + fab * 0.6;
    assert_close(c.quality, perf / c.installed);
    assert_close(c.fab_capacity, 0.0625 * 1.06);
    // Domestic chips follow the frontier's 8% (the frontier itself is advanced by its own
    // system) and close 0.015 of the log gap at the first quarter's spending.
    assert!((c.fab_quality - 0.6 * 1.08 * libm::exp(0.015)).abs() < 1e-9);
    assert!((c.fab_perf_per_watt - 0.5 * 1.06 * libm::exp(0.015)).abs() < 1e-9);
    // The US's chip makers sold China's legal imports.
    assert_close(h.bloc::<Chips>(Side::Us).export_sales, legal_money);
}

#[test]
fn build_grid_adds_build_rate_and_investment() {
    let mut h = Harness::baseline();
    h.run(build_grid);
    let g = h.bloc::<EnergyGrid>(Side::Us).clone();
    // $54.6B × 0.1 grid share ÷ $12B per GW.
    assert_close(g.grid_gw, 6.0 + 0.5 + 54.6 * 0.1 / 12.0);
    assert_close(g.build_rate, 0.5 * 1.02);
}

#[test]
fn update_compute_is_capped_by_power() {
    let mut h = Harness::baseline();
    h.bloc_mut::<EnergyGrid>(Side::Us).grid_gw = 1.0;
    h.run(update_compute);
    let c = h.bloc::<Compute>(Side::Us).clone();
    let cap = 1.0 * 1.0 / (0.7 * 1.9);
    assert_close(c.raw, 3.5);
    assert_close(c.power_cap, cap);
    assert_close(c.effective, cap * 0.7);
}

#[test]
fn move_talent_adds_inflow_and_removes_outflow() {
    let mut h = Harness::baseline();
    h.run(move_talent);
    let money: f64 = 54.6 * 0.3;
    let inflow = 1.5 * libm::pow(money / 16.0, 0.2);
    assert!((h.bloc::<Talent>(Side::Us).researchers - (63.0 + inflow - 63.0 * 0.015)).abs() < 1e-9);
}

#[test]
fn grow_efficiency_scales_with_talent_and_money() {
    let mut h = Harness::baseline();
    h.run(grow_efficiency);
    let money: f64 = 54.6 * 0.3;
    let g = 0.28 * libm::sqrt(63.0 / 63.0) * libm::pow(money / 16.0, 0.2);
    assert!((h.bloc::<Research>(Side::Us).efficiency - (1.0 + g)).abs() < 1e-9);
}

#[test]
fn diffuse_knowledge_lifts_the_follower_only() {
    let mut h = Harness::baseline();
    let gap =
        h.bloc::<Research>(Side::Us).log_compute - h.bloc::<Research>(Side::China).log_compute;
    assert!(gap > 0.0);
    let ratio = h.bloc::<Compute>(Side::China).effective / h.bloc::<Compute>(Side::Us).effective;
    h.run(diffuse_knowledge);
    assert_close(h.bloc::<Research>(Side::Us).efficiency, 1.0);
    // Absorptive capacity: the share closed scales with the compute ratio to the 0.3.
    let rate = 0.15 * libm::pow(ratio, 0.3);
    assert_close(
        h.bloc::<Research>(Side::China).efficiency,
        3.0 * libm::exp2(rate * gap),
    );
    assert_close(h.bloc::<Research>(Side::China).diffused, rate * gap);
}

#[test]
fn update_capability_recomputes_l_k_gain_and_pace() {
    let mut h = Harness::baseline();
    let before = h.bloc::<Research>(Side::Us).clone();
    h.bloc_mut::<Compute>(Side::Us).effective = 4.0;
    h.run(update_capability);
    let r = h.bloc::<Research>(Side::Us).clone();
    let l = libm::log2(4.0e6);
    assert_close(r.log_compute, l);
    assert_close(r.capability, 10.0 * (l - 16.0));
    assert_close(r.capability_gain, r.capability - before.capability);
    assert_close(r.pace, 0.5 * before.pace + 0.5 * (l - before.log_compute));
}

#[test]
fn measure_lead_divides_the_gap_by_the_followers_pace() {
    let mut h = Harness::baseline();
    {
        let mut us = h.bloc_mut::<Research>(Side::Us);
        us.log_compute = 22.0;
        us.pace = 0.8;
    }
    {
        let mut cn = h.bloc_mut::<Research>(Side::China);
        cn.log_compute = 21.0;
        cn.pace = 0.5;
    }
    h.run(measure_lead);
    assert_close(h.game::<Lead>().months, 3.0 * 1.0 / 0.5);
    h.bloc_mut::<Research>(Side::China).log_compute = 23.0;
    h.run(measure_lead);
    assert_close(h.game::<Lead>().months, -3.0 * 1.0 / 0.8);
}

#[test]
fn spread_adoption_is_logistic() {
    let mut h = Harness::baseline();
    let k = h.bloc::<Research>(Side::Us).capability;
    h.run(spread_adoption);
    let rate = 0.08 + 0.003 * (k - 60.0).max(0.0) / 10.0;
    let grown = 24.0 + rate * 24.0 * (1.0 - 24.0 / 100.0);
    assert_close(h.bloc::<Adoption>(Side::Us).share, grown);
    assert_close(h.bloc::<Adoption>(Side::Us).growth, grown / 24.0 - 1.0);
}

#[test]
fn shift_markets_steps_toward_the_target() {
    let mut h = Harness::baseline();
    let k_us = h.bloc::<Research>(Side::Us).capability;
    let k_cn = h.bloc::<Research>(Side::China).capability;
    h.run(shift_markets);
    // North America: US bias 3, China bias 0.1, others 0.5; China's price 0.75 × (0.8 + 0.2 × 60/80).
    let pull_us = 3.0;
    let pull_cn = 0.1 * libm::exp(0.5 * (k_cn - k_us) / 10.0) / (0.75 * (0.8 + 0.2 * 0.75));
    let target_us = 100.0 * pull_us / (pull_us + pull_cn + 0.5);
    let share = h.game::<Markets>().shares[Region::NorthAmerica.index()][0];
    assert!((share - (80.0 + 0.08 * (target_us - 80.0))).abs() < 1e-9);
}

#[test]
fn accumulate_risk_charges_unsafe_capability_gains() {
    let mut h = Harness::baseline();
    h.bloc_mut::<Research>(Side::Us).capability_gain = 10.0;
    h.bloc_mut::<Research>(Side::China).capability_gain = -5.0;
    h.run(accumulate_risk);
    let added = 0.25 * 10.0 * (1.0 - 0.4) * (1.0 + 0.5 * 55.0 / 100.0);
    assert_close(h.game::<Risk>().value, (10.0 + added) * (1.0 - 0.03));
    assert_close(h.bloc::<Safety>(Side::Us).effort, 0.4);
    // The racing was the US's own; China's loss of capability adds nothing.
    assert_close(h.bloc::<Safety>(Side::Us).risk_added, added);
    assert_close(h.bloc::<Safety>(Side::China).risk_added, 0.0);
}

#[test]
fn drift_tension_moves_toward_the_controls_target() {
    let mut h = Harness::baseline();
    // With the controls of the start, tension drifts to its baseline.
    h.run(drift_tension);
    assert_close(h.game::<Tension>().value, 55.0 + 0.15 * (40.0 - 55.0));
    assert_close(h.bloc::<Safety>(Side::Us).tension_added, 0.0);
    // Tighter controls raise the target, and that part is the US's own.
    h.bloc_mut::<Chips>(Side::China).blocked_share = 0.95;
    let before = h.game::<Tension>().value;
    h.run(drift_tension);
    let controls = 30.0 * (0.95 - 0.85);
    assert_close(
        h.game::<Tension>().value,
        before + 0.15 * (40.0 + controls - before),
    );
    assert_close(h.bloc::<Safety>(Side::Us).tension_added, 0.15 * controls);
    assert_close(h.bloc::<Safety>(Side::China).tension_added, 0.0);
}

#[test]
fn build_bubble_corrects_past_the_threshold() {
    let mut h = Harness::with(|s| {
        s.world.bubble.threshold.value = 0.0;
        s.world.bubble.max_chance.value = 1.0;
        s.world.bubble.span.value = 1.0;
        s.world.bubble.initial.value = 50.0;
    });
    h.bloc_mut::<Funding>(Side::Us).private = 60.0;
    h.run(build_bubble);
    assert_close(h.bloc::<Funding>(Side::Us).private, 60.0 * 0.7);
    assert_close(h.bloc::<Funding>(Side::China).private, 8.0 * 0.7);
    assert_close(h.bloc::<Funding>(Side::Us).sentiment, 0.7);
    // Pressure: 50 + 1.5 × (68/60 − 1) × 100, less 5% decay, then 70% released.
    let growth = (60.0 + 8.0) / 60.0 - 1.0;
    let p = (50.0 + 1.5 * growth * 100.0) * 0.95;
    assert!((h.game::<Bubble>().pressure - p * 0.3).abs() < 1e-9);
    assert!(h.ledger().iter().any(|c| c.cause == Cause::BubbleCorrection
        && c.quantity == Quantity::Bloc(Side::Us, BlocQ::FundingPrivate)));
}

#[test]
fn strike_catastrophe_ends_the_game_at_certain_risk() {
    let mut h = Harness::with(|s| s.world.risk.catastrophe_scale.value = 1.0);
    h.game_mut::<Risk>().value = 100.0;
    h.game_mut::<Calendar>().turn = 5;
    h.run(strike_catastrophe);
    assert_eq!(*h.game::<Outcome>(), Outcome::Catastrophe { turn: 5 });

    let mut safe = Harness::with(|s| s.world.risk.catastrophe_scale.value = 0.0);
    safe.game_mut::<Risk>().value = 100.0;
    safe.run(strike_catastrophe);
    assert_eq!(*safe.game::<Outcome>(), Outcome::Running);
}

#[test]
fn earn_capital_respects_the_cap() {
    let mut h = Harness::baseline();
    let s = super::testing::baseline();
    let p = &s.bloc(Side::Us).politics;
    h.run(earn_capital);
    assert_close(
        h.bloc::<PoliticalCapital>(Side::Us).points,
        p.capital.v() + p.income.v(),
    );
    // Half a quarter's income short of the cap: only that half is earned.
    h.bloc_mut::<PoliticalCapital>(Side::Us).points = p.cap.v() - p.income.v() / 2.0;
    h.run(earn_capital);
    assert_close(h.bloc::<PoliticalCapital>(Side::Us).points, p.cap.v());
}

#[test]
fn end_finished_games_after_the_last_turn() {
    let mut h = Harness::baseline();
    h.game_mut::<Calendar>().turn = 23;
    h.run(end_finished_games);
    assert_eq!(*h.game::<Outcome>(), Outcome::Running);
    h.game_mut::<Calendar>().turn = 24;
    h.run(end_finished_games);
    assert_eq!(*h.game::<Outcome>(), Outcome::Finished);
}

mod rules {
    use super::super::effect_changes::start_and_stop_effects;
    use super::super::effects::{ActiveEffect, ActiveEffects, Owner, apply_effects};
    use super::super::events::{EventId, EventState, draw_events};
    use super::super::game::{Calendar, Journal, JournalEntry, Outcome};
    use super::super::orders::{Command, Orders, apply_orders};
    use super::super::policies::{Policies, PolicyId, PolicyStatus, progress_projects};
    use super::super::politics::PoliticalCapital;
    use super::super::quantity::{GameQ, Quantity, Side};
    use super::super::research::Lead;
    use super::super::risk::Tension;
    use super::super::scoring::{Scorecard, record_targets_and_breakthroughs};
    use super::super::testing::{Harness, assert_close};
    use crate::scenario::{Duration, Op, PolicyKind};

    fn effect(duration: Duration, op: Op) -> ActiveEffect {
        ActiveEffect {
            owner: Owner::Event {
                id: EventId::new(0),
                turn: 1,
            },
            quantity: Quantity::Game(GameQ::Tension),
            op,
            duration,
            starts: 1,
            applied_times: 0,
            applied_total: 0.0,
        }
    }

    #[test]
    fn apply_effects_holds_repeats_and_undoes() {
        let mut h = Harness::baseline();
        h.game_mut::<Calendar>().turn = 1;
        h.game_mut::<ActiveEffects>().list = vec![
            effect(Duration::HeldFor(2), Op::Add(5.0)),
            effect(Duration::EachTurn, Op::Add(1.0)),
        ];
        h.run(apply_effects);
        assert_close(h.game::<Tension>().value, 55.0 + 5.0 + 1.0);
        h.game_mut::<Calendar>().turn = 2;
        h.run(apply_effects);
        assert_close(h.game::<Tension>().value, 55.0 + 5.0 + 2.0);
        h.game_mut::<Calendar>().turn = 3;
        h.run(apply_effects);
        // The held effect is undone after its two turns; the flow keeps adding.
        assert_close(h.game::<Tension>().value, 55.0 + 3.0);
        assert_eq!(h.game::<ActiveEffects>().list.len(), 1);
    }

    #[test]
    fn apply_effects_clamps_to_bounds() {
        let mut h = Harness::baseline();
        h.game_mut::<Calendar>().turn = 1;
        h.game_mut::<ActiveEffects>().list = vec![effect(Duration::Once, Op::Add(500.0))];
        h.run(apply_effects);
        assert_close(h.game::<Tension>().value, 100.0);
        assert!(h.game::<ActiveEffects>().list.is_empty());
    }

    #[test]
    fn draw_events_fires_forced_events_and_queues_choices() {
        let mut h = Harness::with(|s| s.events.iter_mut().for_each(|e| e.chance = 0.0));
        let s = super::super::testing::baseline();
        let id = (0..s.events.len())
            .map(|i| EventId::at(i).unwrap())
            .find(|id| !id.def(&s).unwrap().choices.is_empty())
            .expect("a choice event");
        h.game_mut::<Calendar>().turn = 1;
        h.game_mut::<EventState>().forced.push(id);
        h.run(draw_events);
        let state = h.game::<EventState>().clone();
        assert_eq!(state.fired[id.index()], 1);
        assert_eq!(state.pending.len(), 1);
        assert!(state.forced.is_empty());
        assert!(
            h.game::<Journal>()
                .entries
                .iter()
                .any(|e| matches!(e, JournalEntry::EventFired { event, .. } if *event == id))
        );
    }

    #[test]
    fn progress_projects_completes_and_starts_effects() {
        let mut h = Harness::baseline();
        let s = super::super::testing::baseline();
        let (i, _) = s
            .policies
            .iter()
            .enumerate()
            .find(|(_, p)| matches!(p.kind, PolicyKind::Project { .. }))
            .expect("a project");
        let id = PolicyId::at(i).unwrap();
        h.game_mut::<Calendar>().turn = 4;
        h.bloc_mut::<Policies>(Side::China).status[i] = PolicyStatus::Building { turns_left: 2 };
        h.run(progress_projects);
        assert_eq!(
            h.bloc::<Policies>(Side::China).get(id),
            PolicyStatus::Building { turns_left: 1 }
        );
        // The project's effects start from the change it sends.
        h.run(progress_projects);
        h.run(start_and_stop_effects);
        assert_eq!(
            h.bloc::<Policies>(Side::China).get(id),
            PolicyStatus::Built { since: 4 }
        );
        assert!(
            h.game::<ActiveEffects>()
                .list
                .iter()
                .any(|e| matches!(e.owner, Owner::Policy { id: p, .. } if p == id))
        );
    }

    #[test]
    fn apply_orders_enacts_pays_and_rejects_whole() {
        let mut h = Harness::baseline();
        let s = super::super::testing::baseline();
        let id = PolicyId::find(&s, "us_grid_reform").expect("policy");
        let cost = id.def(&s).unwrap().cost.capital;
        h.game_mut::<Calendar>().turn = 1;
        h.game_mut::<Orders>()
            .pending
            .push((Side::Us, Command::Enact { policy: id }));
        h.run(apply_orders);
        assert!(h.bloc::<Policies>(Side::Us).in_force(id));
        let start = s.bloc(Side::Us).politics.capital.v();
        assert_close(h.bloc::<PoliticalCapital>(Side::Us).points, start - cost);

        // China cannot enact a US policy: rejected, nothing changes.
        h.game_mut::<Orders>()
            .pending
            .push((Side::China, Command::Enact { policy: id }));
        h.run(apply_orders);
        assert!(!h.bloc::<Policies>(Side::China).in_force(id));
        assert_close(
            h.bloc::<PoliticalCapital>(Side::China).points,
            s.bloc(Side::China).politics.capital.v(),
        );
        assert!(h.game::<Journal>().entries.iter().any(|e| matches!(
            e,
            JournalEntry::OrderRejected {
                side: Side::China,
                ..
            }
        )));
    }

    #[test]
    fn record_targets_and_breakthroughs_scores_and_ends() {
        let mut h = Harness::baseline();
        // Turn 12 is 2027 Q4, the first AI Plus target.
        h.game_mut::<Calendar>().turn = 12;
        h.run(record_targets_and_breakthroughs);
        assert_eq!(h.game::<Scorecard>().hits[1][0], Some(19.0));
        assert_eq!(*h.game::<Outcome>(), Outcome::Running);
        h.game_mut::<Lead>().months = -25.0;
        h.run(record_targets_and_breakthroughs);
        assert_eq!(
            *h.game::<Outcome>(),
            Outcome::Breakthrough {
                leader: Side::China,
                turn: 12
            }
        );
    }

    /// `pay_upkeep` sums the policies' running costs again only when a bloc's statuses
    /// changed since it last ran (Bevy's change ticks). Over a game of random orders, and
    /// after a snapshot whose statuses were edited by hand, the upkeep at the end of every
    /// quarter must still be the sum over the statuses in force, to the bit.
    #[test]
    fn upkeep_follows_every_change_of_status() {
        use super::super::Sim;
        use super::super::policies::upkeep_of;
        use crate::ai::{ComputerPlayer, Level};
        let s = super::super::testing::baseline();
        let mut sim = Sim::new(&s, 3);
        let mut players = Side::BOTH
            .map(|side| ComputerPlayer::new(&s, side, Level::Random, None, 3).expect("random"));
        let holds = |sim: &Sim, when: &str| {
            let snap = sim.snapshot();
            for side in Side::BOTH {
                let b = &snap.blocs[side.index()];
                assert_eq!(
                    b.funding.upkeep.to_bits(),
                    upkeep_of(&s, &b.policies).to_bits(),
                    "{side:?}'s upkeep {when}"
                );
            }
        };
        let mut changed_quarters = 0;
        for turn in 0..12 {
            let before = sim.snapshot();
            for side in Side::BOTH {
                let view = sim.view(side);
                for c in players[side.index()].decide(&s, &view).commands {
                    let _ = sim.submit(side, c);
                }
            }
            sim.advance_turn();
            let after = sim.snapshot();
            if before.blocs.each_ref().map(|b| &b.policies)
                != after.blocs.each_ref().map(|b| &b.policies)
            {
                changed_quarters += 1;
            }
            holds(&sim, &format!("after turn {turn}"));
        }
        assert!(
            changed_quarters >= 3,
            "random orders changed policies in {changed_quarters} quarters"
        );
        // A snapshot with a costly policy switched on by hand, its upkeep left as it was.
        let mut snap = sim.snapshot();
        let us = &mut snap.blocs[Side::Us.index()];
        let (i, _) = s
            .policies
            .iter()
            .enumerate()
            .find(|(i, p)| {
                p.cost.money > 0.0
                    && p.side.allows(Side::Us)
                    && matches!(p.kind, crate::scenario::PolicyKind::Toggle)
                    && us.policies.status[*i] == PolicyStatus::Off
            })
            .expect("a US toggle with a running cost that is off");
        us.policies.status[i] = PolicyStatus::On {
            since: snap.calendar.turn,
        };
        let stale = us.funding.upkeep;
        sim.restore(&snap);
        sim.advance_turn();
        holds(&sim, "after a restored snapshot");
        assert!(sim.snapshot().blocs[Side::Us.index()].funding.upkeep > stale);
    }
}
