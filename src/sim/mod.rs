//! The deterministic simulation: an ECS world that can hold many games at once.
//!
//! A game is an entity (calendar, tension, risk, bubble, markets, random streams, ledger,
//! pending orders) pointing at two bloc entities (funding, budget, chips, grid, compute,
//! talent, research, adoption, safety, political capital). No game state lives in a global
//! resource. One turn is one run of the `TurnSchedule`, whose system sets follow the causal
//! chain and are chained in [`build_turn_schedule`], the one place the order is set; every
//! system iterates over every game in the world. [`Sim`] is a world with one game,
//! [`Ensemble`] a world with many.
//!
//! Nothing here renders, reads files or looks at a clock; randomness comes only from each
//! game's own seeded streams (`rng.rs`); transcendental functions come from `libm`.

#[macro_use]
mod reuse;
pub(crate) mod access;
pub mod adoption;
pub mod chips;
pub mod compute;
mod effect_changes;
pub mod effects;
pub mod energy;
mod ensemble;
pub mod events;
pub mod fog;
pub mod funding;
pub mod game;
pub mod index;
pub mod ledger;
pub(crate) mod math;
mod order_check;
pub mod orders;
pub mod policies;
pub mod politics;
pub mod quantity;
pub mod regions;
pub mod research;
pub mod risk;
pub mod rng;
pub mod scoring;
#[cfg(test)]
mod system_tests;
pub mod talent;
mod world;
pub use ensemble::{ENSEMBLE_CHUNK, Ensemble};
use world::*;
#[cfg(test)]
pub(crate) mod testing;

use std::sync::Arc;

use bevy::ecs::schedule::{ScheduleLabel, SingleThreadedExecutor};
use bevy::prelude::*;
use serde::{Deserialize, Serialize};

use crate::scenario::Scenario;
use adoption::Adoption;
use chips::{Chips, Frontier};
use compute::Compute;
use effects::ActiveEffects;
use energy::EnergyGrid;
use events::{EventId, EventState};
use fog::{Intelligence, SideView};
use funding::{Budget, Funding};
use game::{Bloc, Calendar, Game, Journal, JournalEntry, Outcome, Rules};
use ledger::{Contribution, Ledger};
use orders::{Command, CommandError, Orders};
use policies::Policies;
use politics::PoliticalCapital;
use quantity::{BlocQ, GameQ, Quantity, Side};
use regions::{Market, Markets};
use research::{Lead, Research};
use risk::{Bubble, Risk, Safety, Tension};
use rng::{Streams, StreamsState};
use scoring::{GameResult, Scorecard};
use talent::Talent;

/// The schedule that plays one turn of every game in a world.
#[derive(ScheduleLabel, Clone, Debug, PartialEq, Eq, Hash)]
pub(crate) struct TurnSchedule;

/// The stages of a turn, in causal order.
#[derive(SystemSet, Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) enum TurnSystems {
    /// Count the turn, open the ledger.
    Begin,
    /// Apply the players' orders (policies, budgets, event answers).
    Orders,
    /// Projects under construction advance.
    Projects,
    /// The event deck is drawn.
    Events,
    /// Policy and event effects apply.
    Effects,
    /// The policies in force are paid for (or lapse); money grows and swings.
    Funding,
    /// The frontier advances; chips are bought, smuggled, made and retired.
    Chips,
    /// Power is built.
    Energy,
    /// Effective compute is recomputed.
    Compute,
    /// Researchers join and leave.
    Talent,
    /// Efficiency, diffusion, capability, pace and lead.
    Research,
    /// AI spreads through the economies.
    Adoption,
    /// Regional market shares move.
    Markets,
    /// Risk, tension, bubble, catastrophe.
    Risk,
    /// Political capital; adoption targets; breakthroughs; the game ends after its last turn.
    End,
}

/// Build the turn schedule: the one place where the order of the causal chain is set.
pub fn build_turn_schedule() -> Schedule {
    // After each system that changes policies, their effects start and stop.
    let effects_follow = effect_changes::start_and_stop_effects;
    let mut schedule = Schedule::new(TurnSchedule);
    schedule.set_executor(SingleThreadedExecutor::new());
    schedule.configure_sets(
        (
            TurnSystems::Begin,
            TurnSystems::Orders,
            TurnSystems::Projects,
            TurnSystems::Events,
            TurnSystems::Effects,
            TurnSystems::Funding,
            TurnSystems::Chips,
            TurnSystems::Energy,
            TurnSystems::Compute,
            TurnSystems::Talent,
            TurnSystems::Research,
            TurnSystems::Adoption,
            TurnSystems::Markets,
            TurnSystems::Risk,
            TurnSystems::End,
        )
            .chain(),
    );
    schedule.add_systems((
        game::start_turn.in_set(TurnSystems::Begin),
        (orders::apply_orders, effects_follow)
            .chain()
            .in_set(TurnSystems::Orders),
        (policies::progress_projects, effects_follow)
            .chain()
            .in_set(TurnSystems::Projects),
        events::draw_events.in_set(TurnSystems::Events),
        effects::apply_effects.in_set(TurnSystems::Effects),
        (policies::pay_upkeep, effects_follow, funding::grow_funding)
            .chain()
            .in_set(TurnSystems::Funding),
        (chips::advance_frontier, chips::acquire_chips)
            .chain()
            .in_set(TurnSystems::Chips),
        energy::build_grid.in_set(TurnSystems::Energy),
        compute::update_compute.in_set(TurnSystems::Compute),
        talent::move_talent.in_set(TurnSystems::Talent),
        (
            research::grow_efficiency,
            research::diffuse_knowledge,
            research::update_capability,
            research::measure_lead,
        )
            .chain()
            .in_set(TurnSystems::Research),
        adoption::spread_adoption.in_set(TurnSystems::Adoption),
        regions::shift_markets.in_set(TurnSystems::Markets),
        (
            risk::accumulate_risk,
            risk::drift_tension,
            risk::build_bubble,
            risk::strike_catastrophe,
        )
            .chain()
            .in_set(TurnSystems::Risk),
        (
            politics::earn_capital,
            scoring::record_targets_and_breakthroughs,
            game::end_finished_games,
        )
            .chain()
            .in_set(TurnSystems::End),
    ));
    schedule
}

/// The whole state of one bloc: a plain value.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct BlocState {
    /// Money.
    pub funding: Funding,
    /// How money is split.
    pub budget: Budget,
    /// Accelerators.
    pub chips: Chips,
    /// Power.
    pub energy: EnergyGrid,
    /// Compute.
    pub compute: Compute,
    /// Researchers.
    pub talent: Talent,
    /// Research position.
    pub research: Research,
    /// Adoption.
    pub adoption: Adoption,
    /// Safety effort.
    pub safety: Safety,
    /// Political capital.
    pub politics: PoliticalCapital,
    /// Price and pull in world markets.
    pub market: Market,
    /// Intelligence about the rival.
    pub intel: Intelligence,
    /// Policies and their status.
    pub policies: Policies,
}

/// A bloc component that is part of [`BlocState`].
pub(crate) trait BlocPart {
    /// The part of a bloc state.
    fn of(b: &BlocState) -> &Self;
    /// The part of a bloc state, to change.
    fn of_mut(b: &mut BlocState) -> &mut Self;
}

/// A game component that is part of [`Snapshot`].
pub(crate) trait GamePart {
    /// The part of a snapshot.
    fn of(g: &Snapshot) -> &Self;
}

macro_rules! parts {
    ($trait:ident, $state:ty, $($comp:ty => $field:ident),* $(,)?) => {
        $(impl $trait for $comp {
            fn of(b: &$state) -> &Self {
                &b.$field
            }
        })*
    };
    (mut $trait:ident, $state:ty, $($comp:ty => $field:ident),* $(,)?) => {
        $(impl $trait for $comp {
            fn of(b: &$state) -> &Self {
                &b.$field
            }
            fn of_mut(b: &mut $state) -> &mut Self {
                &mut b.$field
            }
        })*
    };
}

parts!(mut BlocPart, BlocState,
    Funding => funding, Budget => budget, Chips => chips, EnergyGrid => energy,
    Compute => compute, Talent => talent, Research => research, Adoption => adoption,
    Safety => safety, PoliticalCapital => politics, Market => market, Intelligence => intel,
);
parts!(GamePart, Snapshot,
    Tension => tension, Risk => risk, Bubble => bubble, Frontier => frontier, Lead => lead,
);

impl BlocState {
    /// The value of one bloc quantity.
    pub fn value(&self, q: BlocQ) -> f64 {
        quantity::read_bloc_state(self, q)
    }

    /// Change one bloc quantity.
    pub fn set(&mut self, q: BlocQ, v: f64) {
        *quantity::bloc_state_field_mut(self, q) = v;
    }

    /// The numbers the lead is made of.
    pub fn lead_inputs(&self) -> research::LeadInputs {
        research::LeadInputs {
            compute: self.compute.effective,
            efficiency: self.research.efficiency,
            diffused: self.research.diffused,
            pace: self.research.pace,
        }
    }

    /// The state of a bloc at the start of a scenario, derived quantities computed.
    pub fn initial(s: &Scenario, side: Side) -> BlocState {
        let p = s.bloc(side);
        let chips = Chips::from_params(p);
        let energy = EnergyGrid::from_params(p);
        let compute = Compute::initial(s, p, &chips, &energy);
        let policies = Policies::initial(s, side);
        let mut funding = Funding::from_params(p);
        funding.upkeep = policies::upkeep_of(s, &policies);
        let budget = Budget::from_params(p);
        let talent = Talent {
            researchers: p.talent.researchers.v(),
        };
        let efficiency = p.research.efficiency.v();
        let l = research::log_compute(compute.effective, efficiency);
        // The pace at the start is the growth of L this bloc's first quarter would bring:
        // chips net of retirement, and efficiency growth.
        let frontier = Frontier::from_params(s);
        let got = chips::acquisitions(p, &chips, &frontier, funding.total() * budget.chips);
        let raw = chips.h100e();
        let raw_next = raw * (1.0 - p.chips.retirement.v()) + got.h100e();
        let g = research::efficiency_growth(
            p,
            talent.researchers,
            budget.research_money(&funding, got.redirected),
        );
        let pace = if raw > 0.0 && raw_next > 0.0 {
            libm::log2(raw_next / raw) + libm::log2(1.0 + g)
        } else {
            0.0
        };
        BlocState {
            research: Research {
                efficiency,
                log_compute: l,
                capability: research::capability(l, &s.world.capability),
                capability_gain: 0.0,
                pace,
                absorption: p.research.absorption.v(),
                diffused: 0.0,
            },
            funding,
            budget,
            chips,
            energy,
            compute,
            talent,
            adoption: Adoption {
                share: p.adoption.share.v(),
                growth: 0.0,
            },
            safety: Safety::new(p.safety.effort.v()),
            politics: PoliticalCapital {
                points: p.politics.capital.v(),
            },
            market: Market {
                price_index: p.market.price_index.v(),
                influence: p.market.influence.v(),
            },
            intel: Intelligence {
                level: p.intel.level.v(),
            },
            policies,
        }
    }
}

/// The whole state of one game: a plain serde value. Restoring it reproduces the game exactly.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Snapshot {
    /// Turns played.
    pub calendar: Calendar,
    /// Running or ended.
    pub outcome: Outcome,
    /// Positions of the random streams.
    pub streams: StreamsState,
    /// Tension.
    pub tension: Tension,
    /// Catastrophe risk.
    pub risk: Risk,
    /// Bubble pressure.
    pub bubble: Bubble,
    /// The chip frontier.
    pub frontier: Frontier,
    /// The lead.
    pub lead: Lead,
    /// Regional market shares.
    pub markets: Markets,
    /// Orders waiting for the next turn.
    pub orders: Orders,
    /// Policy and event effects scheduled or running.
    pub effects: ActiveEffects,
    /// The event deck's state.
    pub events: EventState,
    /// Adoption at target dates.
    pub scorecard: Scorecard,
    /// US then China.
    pub blocs: [BlocState; 2],
}

impl Snapshot {
    /// The state of a game at the start of a scenario.
    pub fn initial(s: &Scenario, seed: u64) -> Snapshot {
        let mut us = BlocState::initial(s, Side::Us);
        let mut china = BlocState::initial(s, Side::China);
        us.chips.export_sales = scoring::initial_export_sales(s, Side::Us);
        china.chips.export_sales = scoring::initial_export_sales(s, Side::China);
        let lead = research::lead_months(
            &us.research,
            &china.research,
            s.world.capability.min_pace.v(),
        );
        let mut effects = ActiveEffects::default();
        policies::start_initial_effects(s, [&us.policies, &china.policies], &mut effects);
        Snapshot {
            calendar: Calendar { turn: 0 },
            outcome: Outcome::Running,
            streams: Streams::new(seed).state(),
            tension: Tension {
                value: s.world.tension.initial.v(),
            },
            risk: Risk {
                value: s.world.risk.initial.v(),
            },
            bubble: Bubble {
                pressure: s.world.bubble.initial.v(),
                prev_private: us.funding.private + china.funding.private,
                prev_adoption: us.adoption.share + china.adoption.share,
            },
            frontier: Frontier::from_params(s),
            lead: Lead { months: lead },
            markets: Markets::from_params(s),
            orders: Orders::default(),
            effects,
            events: EventState {
                fired: vec![0; s.events.len()],
                ..EventState::default()
            },
            scorecard: Scorecard::new(s),
            blocs: [us, china],
        }
    }

    /// The value of one game quantity.
    pub(crate) fn game_value(&self, q: GameQ) -> f64 {
        quantity::read_game_state(self, q)
    }

    /// The value of any quantity.
    pub fn value(&self, q: Quantity) -> f64 {
        match q {
            Quantity::Game(g) => self.game_value(g),
            Quantity::Bloc(side, b) => self.blocs[side.index()].value(b),
            Quantity::Region(r, side) => self.markets.shares[r.index()][side.index()],
        }
    }

    /// The canonical byte encoding of the state (postcard: fixed field order,
    /// little-endian floats), the input of [`Snapshot::hash`].
    pub(crate) fn canonical_bytes(&self) -> Vec<u8> {
        // Plain data with no maps or custom serializers: postcard cannot fail on it, and an
        // empty input would make every state hash alike.
        postcard::to_allocvec(self).expect("a snapshot always encodes")
    }

    /// Stable 64-bit hash of the state (XXH3-64 of the canonical bytes).
    pub fn hash(&self) -> u64 {
        xxhash_rust::xxh3::xxh3_64(&self.canonical_bytes())
    }
}

/// One game in its own world.
pub struct Sim {
    world: World,
    schedule: Schedule,
    game: Entity,
    scenario: Arc<Scenario>,
}

impl Sim {
    /// A new game of a scenario with a seed, ledger on.
    pub fn new(scenario: &Scenario, seed: u64) -> Sim {
        Sim::from_snapshot(scenario, &Snapshot::initial(scenario, seed))
    }

    /// A game continuing from a snapshot.
    pub(crate) fn from_snapshot(scenario: &Scenario, snapshot: &Snapshot) -> Sim {
        let scenario = Arc::new(scenario.clone());
        let mut world = World::new();
        let game = spawn_game(&mut world, &scenario, snapshot, true);
        Sim {
            world,
            schedule: build_turn_schedule(),
            game,
            scenario,
        }
    }

    /// Switch the ledger on or off (off for batch runs; values are the same either way).
    pub fn set_ledger(&mut self, on: bool) {
        if let Some(mut ledger) = self.world.get_mut::<Ledger>(self.game) {
            ledger.enabled = on;
            ledger.entries.clear();
        }
    }

    /// The scenario this game runs by.
    pub fn scenario(&self) -> &Scenario {
        &self.scenario
    }

    /// Queue an order for the next turn.
    pub fn submit(&mut self, side: Side, command: Command) -> Result<(), CommandError> {
        let scenario = Arc::clone(&self.scenario);
        submit_to(&mut self.world, self.game, &scenario, side, command)
    }

    /// Orders queued for the next turn.
    pub fn queued(&self) -> Vec<(Side, Command)> {
        self.world
            .get::<Orders>(self.game)
            .map(|o| o.pending.clone())
            .unwrap_or_default()
    }

    /// This turn's news.
    pub fn journal(&self) -> &[JournalEntry] {
        self.world
            .get::<Journal>(self.game)
            .map_or(&[], |j| j.entries.as_slice())
    }

    /// What one side may know (fog of war applied to the rival).
    pub fn view(&self, side: Side) -> SideView {
        SideView::build(&self.scenario, &self.snapshot(), side, self.ledger())
    }

    /// The score so far (final once the game is over).
    pub fn result(&self) -> GameResult {
        scoring::score(&self.scenario, &self.snapshot())
    }

    /// Make an event fire next turn (for tests and a teacher's "what if").
    pub fn force_event(&mut self, event: EventId) {
        if let Some(mut state) = self.world.get_mut::<EventState>(self.game) {
            state.forced.push(event);
        }
    }

    /// Play one turn. Returns false (and does nothing) when the game is already over.
    pub fn advance_turn(&mut self) -> bool {
        if self.outcome().is_over() {
            return false;
        }
        clear_ledger(&mut self.world, self.game);
        self.schedule.run(&mut self.world);
        true
    }

    /// Turns played.
    pub fn turn(&self) -> u32 {
        self.world.get::<Calendar>(self.game).map_or(0, |c| c.turn)
    }

    /// How the game stands.
    pub fn outcome(&self) -> Outcome {
        self.world
            .get::<Outcome>(self.game)
            .copied()
            .unwrap_or(Outcome::Finished)
    }

    /// The current value of a quantity.
    pub fn value(&self, q: Quantity) -> f64 {
        read_value(&self.world, self.game, q)
    }

    /// Every quantity's value, in [`Quantity::all`] order.
    pub fn values(&self) -> Vec<f64> {
        Quantity::all().into_iter().map(|q| self.value(q)).collect()
    }

    /// This turn's ledger (empty when the ledger is off).
    pub fn ledger(&self) -> &[Contribution] {
        self.world
            .get::<Ledger>(self.game)
            .map_or(&[], |l| l.entries.as_slice())
    }

    /// A copy of one bloc's state (its own view: the caller decides what the rival may see).
    pub fn bloc(&self, side: Side) -> Option<BlocState> {
        let links = self.world.get::<Game>(self.game)?;
        read_bloc_state(&self.world.get_entity(links.bloc(side)).ok()?)
    }

    /// The whole state as a plain value.
    pub fn snapshot(&self) -> Snapshot {
        // A Sim's game was spawned whole by `spawn_game` and no system removes a component, so
        // a failed read is a bug in this module: say so rather than hand back another game.
        read_state(&self.world, self.game)
            .expect("a Sim's game entity keeps every component spawn_game gave it")
    }

    /// Put a snapshot back into this game, in place (same world, same entities).
    pub fn restore(&mut self, snapshot: &Snapshot) {
        write_state(&mut self.world, self.game, snapshot);
        clear_ledger(&mut self.world, self.game);
    }

    /// The stable hash of the current state.
    pub fn state_hash(&self) -> u64 {
        self.snapshot().hash()
    }
}
