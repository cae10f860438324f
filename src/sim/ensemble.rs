//! Many games at once: an [`Ensemble`] holds games in worlds of [`ENSEMBLE_CHUNK`], each game
//! independent of the others and equal to the same game played alone.

use super::*;

/// Many games of one scenario, batched: every system runs once per turn for all the games of
/// a world. The games are held in worlds of at most [`ENSEMBLE_CHUNK`] games each, so that a
/// world's state stays in the processor's cache from one system to the next; games never
/// interact, so how they are split changes no result (game `k` of an ensemble is game `k`
/// alone, tested).
pub struct Ensemble {
    chunks: Vec<Chunk>,
    len: usize,
    scenario: Arc<Scenario>,
}

/// Most games one world of an [`Ensemble`] holds (measured on the fair ensemble benchmark:
/// 256 games per world played four turns ran 2.8 µs per game-turn against 4.1 µs for one world
/// of 10,000; 100 per world paid more in per-run overhead).
pub const ENSEMBLE_CHUNK: usize = 256;

/// One world of an ensemble and the schedule that plays it.
pub(super) struct Chunk {
    world: World,
    schedule: Schedule,
    games: Vec<Entity>,
}

impl Ensemble {
    /// `n` new games; game `k` has seed [`rng::derive_seed`]`(seed, k)`. Ledger off.
    pub fn new(scenario: &Scenario, seed: u64, n: usize) -> Ensemble {
        let snaps: Vec<Snapshot> = (0..n as u64)
            .map(|k| Snapshot::initial(scenario, rng::derive_seed(seed, k)))
            .collect();
        Ensemble::from_snapshots(scenario, &snaps)
    }

    /// One game per snapshot (the opponent's rollouts, a classroom's branches). Ledger off.
    pub fn from_snapshots(scenario: &Scenario, snapshots: &[Snapshot]) -> Ensemble {
        let scenario = Arc::new(scenario.clone());
        let chunks = snapshots
            .chunks(ENSEMBLE_CHUNK)
            .map(|part| {
                let mut world = World::new();
                let games = part
                    .iter()
                    .map(|s| spawn_game(&mut world, &scenario, s, false))
                    .collect();
                Chunk {
                    world,
                    schedule: build_turn_schedule(),
                    games,
                }
            })
            .collect();
        Ensemble {
            chunks,
            len: snapshots.len(),
            scenario,
        }
    }

    /// True when the ensemble's games play by `s` (its worlds can then be [`reset`] to
    /// positions of `s`).
    ///
    /// [`reset`]: Ensemble::reset
    pub fn plays(&self, s: &Scenario) -> bool {
        *self.scenario == *s
    }

    /// Replace the games with one per snapshot of the same scenario, reusing the worlds
    /// already built and their schedules (a new world pays about 220 µs the first time it
    /// runs its schedule; a lookahead plays several sets of rollouts per decision). Game `k`
    /// then plays exactly as in `Ensemble::from_snapshots(scenario, snapshots)` (tested).
    pub fn reset(&mut self, snapshots: &[Snapshot]) {
        while self.len > snapshots.len() {
            let Some(chunk) = self.chunks.last_mut() else {
                break;
            };
            if let Some(game) = chunk.games.pop() {
                despawn_game(&mut chunk.world, game);
            }
            if chunk.games.is_empty() {
                self.chunks.pop();
            }
            self.len -= 1;
        }
        for (k, snap) in snapshots.iter().enumerate().take(self.len) {
            if let Some((world, game)) = self.locate_mut(k) {
                write_state(world, game, snap);
                if let Some(mut journal) = world.get_mut::<Journal>(game) {
                    journal.entries.clear();
                }
                clear_ledger(world, game);
            }
        }
        for snap in &snapshots[self.len..] {
            if self
                .chunks
                .last()
                .is_none_or(|c| c.games.len() >= ENSEMBLE_CHUNK)
            {
                self.chunks.push(Chunk {
                    world: World::new(),
                    schedule: build_turn_schedule(),
                    games: Vec::new(),
                });
            }
            if let Some(chunk) = self.chunks.last_mut() {
                let game = spawn_game(&mut chunk.world, &self.scenario, snap, false);
                chunk.games.push(game);
            }
        }
        self.len = snapshots.len();
    }

    /// The world and entity of game `k`.
    fn locate(&self, k: usize) -> Option<(&World, Entity)> {
        let chunk = self.chunks.get(k / ENSEMBLE_CHUNK)?;
        Some((&chunk.world, *chunk.games.get(k % ENSEMBLE_CHUNK)?))
    }

    /// The world and entity of game `k`, to change.
    fn locate_mut(&mut self, k: usize) -> Option<(&mut World, Entity)> {
        let chunk = self.chunks.get_mut(k / ENSEMBLE_CHUNK)?;
        let game = *chunk.games.get(k % ENSEMBLE_CHUNK)?;
        Some((&mut chunk.world, game))
    }

    /// Number of games.
    pub fn len(&self) -> usize {
        self.len
    }

    /// True when there are no games.
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// The scenario.
    pub fn scenario(&self) -> &Scenario {
        &self.scenario
    }

    /// The scenario, shared (to keep while the ensemble is changed).
    pub(crate) fn shared_scenario(&self) -> Arc<Scenario> {
        Arc::clone(&self.scenario)
    }

    /// Play one turn of every game still running.
    pub fn advance_turn(&mut self) {
        for chunk in &mut self.chunks {
            chunk.schedule.run(&mut chunk.world);
        }
    }

    /// Play `turns` turns of every game still running, with no orders in between: each
    /// world plays all of them before the next starts, which keeps it in cache (the same
    /// games as `turns` calls of [`Ensemble::advance_turn`]).
    pub fn advance_turns(&mut self, turns: u32) {
        for chunk in &mut self.chunks {
            for _ in 0..turns {
                chunk.schedule.run(&mut chunk.world);
            }
        }
    }

    /// Queue an order for game `k`.
    pub fn submit(&mut self, k: usize, side: Side, command: Command) -> Result<(), CommandError> {
        let scenario = Arc::clone(&self.scenario);
        let Some((world, game)) = self.locate_mut(k) else {
            return Err(CommandError::GameOver);
        };
        submit_to(world, game, &scenario, side, command)
    }

    /// A quantity of game `k` (NaN when there is no game `k`).
    pub fn value(&self, k: usize, q: Quantity) -> f64 {
        self.locate(k)
            .map_or(f64::NAN, |(world, g)| read_value(world, g, q))
    }

    /// How game `k` stands.
    pub fn outcome(&self, k: usize) -> Option<Outcome> {
        let (world, g) = self.locate(k)?;
        world.get::<Outcome>(g).copied()
    }

    /// The choices waiting for an answer in game `k`.
    pub fn pending_choices(&self, k: usize) -> Vec<events::PendingChoice> {
        self.locate(k)
            .and_then(|(world, g)| world.get::<EventState>(g))
            .map(|e| e.pending.clone())
            .unwrap_or_default()
    }

    /// Snapshot of game `k`.
    pub fn snapshot(&self, k: usize) -> Option<Snapshot> {
        let (world, g) = self.locate(k)?;
        read_state(world, g)
    }

    /// Read game `k` into `out`, reusing its memory; false when there is no game `k`
    /// (`out` is then unchanged or partly read, and must not be used).
    pub(crate) fn snapshot_into(&self, k: usize, out: &mut Snapshot) -> bool {
        self.locate(k)
            .and_then(|(world, g)| read_state_into(world, g, out))
            .is_some()
    }

    /// Put a snapshot back into game `k`, in place.
    pub fn restore(&mut self, k: usize, snapshot: &Snapshot) {
        if let Some((world, g)) = self.locate_mut(k) {
            write_state(world, g, snapshot);
        }
    }
}
