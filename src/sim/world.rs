//! How a game lives in a Bevy world: spawning its entities from a snapshot, writing a
//! snapshot over them, reading them back, taking an order, clearing a turn's ledger.

use super::*;

pub(super) fn spawn_game(
    world: &mut World,
    rules: &Arc<Scenario>,
    snap: &Snapshot,
    ledger: bool,
) -> Entity {
    // Orders, projects and upkeep send their changes to the effects in force here.
    world.init_resource::<Messages<super::policies::EffectsChange>>();
    let game = world.spawn_empty().id();
    let us = world
        .spawn(Bloc {
            side: Side::Us,
            game,
        })
        .id();
    let china = world
        .spawn(Bloc {
            side: Side::China,
            game,
        })
        .id();
    world.entity_mut(game).insert((
        Game { us, china },
        Rules::new(Arc::clone(rules)),
        Ledger {
            enabled: ledger,
            entries: Vec::new(),
        },
        Journal::default(),
    ));
    write_state(world, game, snap);
    game
}

/// Take a game and its two blocs out of a world.
pub(super) fn despawn_game(world: &mut World, game: Entity) {
    if let Some(&links) = world.get::<Game>(game) {
        world.despawn(links.us);
        world.despawn(links.china);
    }
    world.despawn(game);
}

/// Effects a restored game's list has room for before it must grow.
pub(super) const EFFECTS_ROOM: usize = 32;

/// Write a snapshot into an existing game's entities (in place: entities stay the same).
pub(super) fn write_state(world: &mut World, game: Entity, snap: &Snapshot) {
    let Some(&links) = world.get::<Game>(game) else {
        return;
    };
    // Room to grow: a clone is exactly as long as its list, and a game starts new effects
    // most turns, so the first start after a restore would copy the whole list (rollouts and
    // branches play only a few turns from a restored position).
    let mut list = Vec::with_capacity(snap.effects.list.len() + EFFECTS_ROOM);
    list.extend_from_slice(&snap.effects.list);
    let effects = ActiveEffects { list };
    world.entity_mut(game).insert((
        snap.calendar,
        snap.outcome,
        Streams::from_state(&snap.streams),
        snap.tension.clone(),
        snap.risk.clone(),
        snap.bubble.clone(),
        snap.frontier.clone(),
        snap.lead.clone(),
        snap.markets.clone(),
        snap.orders.clone(),
        effects,
        snap.events.clone(),
        snap.scorecard.clone(),
    ));
    for side in Side::BOTH {
        let b = &snap.blocs[side.index()];
        world.entity_mut(links.bloc(side)).insert((
            b.funding.clone(),
            b.budget.clone(),
            b.chips.clone(),
            b.energy.clone(),
            b.compute.clone(),
            b.talent.clone(),
            b.research.clone(),
            b.adoption.clone(),
            b.safety.clone(),
            b.politics.clone(),
            b.market.clone(),
            b.intel.clone(),
            b.policies.clone(),
        ));
    }
}

/// Reading a game's state out of its entities, as a new snapshot or into an existing one
/// (whose memory is then reused: a batch that reads every game every turn allocates nothing).
macro_rules! state_readers {
    (game: $($gc:ty => $gf:ident),*; bloc: $($bc:ty => $bf:ident),* $(,)?) => {
        pub(super) fn read_bloc_state(e: &EntityRef<'_>) -> Option<BlocState> {
            Some(BlocState { $($bf: e.get::<$bc>()?.clone(),)* })
        }

        pub(super) fn read_bloc_state_into(e: &EntityRef<'_>, out: &mut BlocState) -> Option<()> {
            $(out.$bf.clone_from(e.get::<$bc>()?);)*
            Some(())
        }

        pub(super) fn read_state(world: &World, game: Entity) -> Option<Snapshot> {
            let g = world.get_entity(game).ok()?;
            let links = g.get::<Game>()?;
            let us = read_bloc_state(&world.get_entity(links.us).ok()?)?;
            let china = read_bloc_state(&world.get_entity(links.china).ok()?)?;
            Some(Snapshot {
                calendar: *g.get::<Calendar>()?,
                outcome: *g.get::<Outcome>()?,
                streams: g.get::<Streams>()?.state(),
                $($gf: g.get::<$gc>()?.clone(),)*
                blocs: [us, china],
            })
        }

        pub(super) fn read_state_into(world: &World, game: Entity, out: &mut Snapshot) -> Option<()> {
            let g = world.get_entity(game).ok()?;
            let links = g.get::<Game>()?;
            out.calendar = *g.get::<Calendar>()?;
            out.outcome = *g.get::<Outcome>()?;
            out.streams = g.get::<Streams>()?.state();
            $(out.$gf.clone_from(g.get::<$gc>()?);)*
            for side in Side::BOTH {
                let bloc = world.get_entity(links.bloc(side)).ok()?;
                read_bloc_state_into(&bloc, &mut out.blocs[side.index()])?;
            }
            Some(())
        }
    };
}

state_readers!(
    game: Tension => tension, Risk => risk, Bubble => bubble, Frontier => frontier,
    Lead => lead, Markets => markets, Orders => orders, ActiveEffects => effects,
    EventState => events, Scorecard => scorecard;
    bloc: Funding => funding, Budget => budget, Chips => chips, EnergyGrid => energy,
    Compute => compute, Talent => talent, Research => research, Adoption => adoption,
    Safety => safety, PoliticalCapital => politics, Market => market,
    Intelligence => intel, Policies => policies,
);

pub(super) fn read_value(world: &World, game: Entity, q: Quantity) -> f64 {
    let Ok(g) = world.get_entity(game) else {
        return f64::NAN;
    };
    match q {
        Quantity::Game(gq) => quantity::read_game(&g, gq),
        Quantity::Region(r, side) => quantity::read_region(&g, r, side),
        Quantity::Bloc(side, bq) => {
            let Some(links) = g.get::<Game>() else {
                return f64::NAN;
            };
            world
                .get_entity(links.bloc(side))
                .map_or(f64::NAN, |b| quantity::read_bloc(&b, bq))
        }
    }
}

pub(super) fn submit_to(
    world: &mut World,
    game: Entity,
    scenario: &Scenario,
    side: Side,
    command: Command,
) -> Result<(), CommandError> {
    if world.get::<Outcome>(game).is_none_or(|o| o.is_over()) {
        return Err(CommandError::GameOver);
    }
    let queued = world
        .get::<Orders>(game)
        .map_or(&[][..], |o| o.pending.as_slice());
    orders::check_against(world, game, scenario, side, &command, queued)?;
    if let Some(mut orders) = world.get_mut::<Orders>(game) {
        orders.pending.push((side, command));
    }
    Ok(())
}

pub(super) fn clear_ledger(world: &mut World, game: Entity) {
    if let Some(mut ledger) = world.get_mut::<Ledger>(game) {
        ledger.entries.clear();
    }
}
