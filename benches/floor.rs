//! The floor under the ensemble benchmark (`benches/sim.rs`): what Bevy's schedule costs per
//! game when each of 25 systems does almost nothing, laid out as the simulation lays a game out
//! (a game entity linking two bloc entities) in 40 worlds of 256 games, as an `Ensemble` of
//! 10,000 holds them. Run: `cargo bench --no-default-features --bench floor`; divan reports time
//! per game-turn (one run of all 25 systems over one game).
//!
//! - `games_only`: each system walks the games and reads one field.
//! - `bloc_lookups`: each system also looks both blocs up by entity (`Query::get_many_mut`),
//!   as the simulation's systems do, and changes one number in each.
//! - `blocs_in_step`: the same change, the blocs walked in step with the games (checked
//!   against the links, which spawn order makes hold here) instead of looked up.
//!
//! The simulation's ~20 systems that touch blocs pay the second row's cost before doing any of
//! the model's work; ARCHITECTURE.md (Performance) sets it against the fair benchmark.
use bevy::ecs::schedule::{Schedule, ScheduleLabel, SingleThreadedExecutor};
use bevy::prelude::*;
use divan::{Bencher, counter::ItemsCount};

fn main() {
    divan::main();
}

#[derive(ScheduleLabel, Clone, Debug, PartialEq, Eq, Hash)]
struct Turn;

/// A game: its two blocs, and whether it is over.
#[derive(Component)]
struct GameLinks {
    us: Entity,
    china: Entity,
    over: bool,
}

/// A number a system changes.
#[derive(Component)]
struct Stock(f64);

/// A number a system reads.
#[derive(Component)]
struct Rate(f64);

fn games_only(games: Query<&GameLinks>) {
    for g in &games {
        if g.over {
            continue;
        }
        std::hint::black_box(g.us);
    }
}

fn bloc_lookups(games: Query<&GameLinks>, mut blocs: Query<(&mut Stock, &Rate)>) {
    for g in &games {
        if g.over {
            continue;
        }
        if let Ok([(mut us, us_rate), (mut china, china_rate)]) =
            blocs.get_many_mut([g.us, g.china])
        {
            us.0 += china_rate.0 * 1e-3;
            china.0 += us_rate.0 * 1e-3;
        }
    }
}

fn blocs_in_step(games: Query<&GameLinks>, mut blocs: Query<(Entity, &mut Stock, &Rate)>) {
    let mut walk = blocs.iter_mut();
    for g in &games {
        let (Some((us_id, mut us, us_rate)), Some((china_id, mut china, china_rate))) =
            (walk.next(), walk.next())
        else {
            return;
        };
        if g.over || us_id != g.us || china_id != g.china {
            continue;
        }
        us.0 += china_rate.0 * 1e-3;
        china.0 += us_rate.0 * 1e-3;
    }
}

const WORLDS: usize = 40;
const GAMES: usize = 256;
const SYSTEMS: usize = 25;

fn bench_systems<M>(
    bencher: Bencher,
    system: impl IntoScheduleConfigs<bevy::ecs::system::ScheduleSystem, M> + Copy,
) {
    let mut worlds: Vec<(World, Schedule)> = (0..WORLDS)
        .map(|_| {
            let mut schedule = Schedule::new(Turn);
            schedule.set_executor(SingleThreadedExecutor::new());
            for _ in 0..SYSTEMS {
                schedule.add_systems(system);
            }
            let mut world = World::new();
            for _ in 0..GAMES {
                let us = world.spawn((Stock(1.0), Rate(2.0))).id();
                let china = world.spawn((Stock(1.0), Rate(2.0))).id();
                world.spawn(GameLinks {
                    us,
                    china,
                    over: false,
                });
            }
            schedule.run(&mut world);
            (world, schedule)
        })
        .collect();
    bencher
        .counter(ItemsCount::new(WORLDS * GAMES))
        .bench_local(|| {
            for (world, schedule) in &mut worlds {
                schedule.run(world);
            }
        });
}

#[divan::bench(name = "games_only", sample_count = 20)]
fn bench_games_only(bencher: Bencher) {
    bench_systems(bencher, games_only);
}

#[divan::bench(name = "bloc_lookups", sample_count = 20)]
fn bench_bloc_lookups(bencher: Bencher) {
    bench_systems(bencher, bloc_lookups);
}

#[divan::bench(name = "blocs_in_step", sample_count = 20)]
fn bench_blocs_in_step(bencher: Bencher) {
    bench_systems(bencher, blocs_in_step);
}
