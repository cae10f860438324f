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

/// Most worlds kept for reuse on one thread: 12,288 games' worth, enough for a 10,000-game
/// ensemble (a 256-game world of a mid-game position holds a few megabytes).
const SPARE_WORLDS: usize = 48;

std::thread_local! {
    static SPARE: std::cell::RefCell<SparePool> = const {
        std::cell::RefCell::new(SparePool { scenario: None, chunks: Vec::new() })
    };
}

/// The worlds of dropped ensembles, kept on their thread for the next ensemble of the same
/// scenario. It holds no game that anyone can read: a reused world's games are overwritten
/// (or removed) before the new ensemble is handed out, exactly as [`Ensemble::reset`] does.
pub(super) struct SparePool {
    /// The scenario the kept worlds play.
    scenario: Option<Arc<Scenario>>,
    /// Full worlds first, at most one part-full world last.
    chunks: Vec<Chunk>,
}

impl SparePool {
    /// The scenario, shared with the spare worlds when they play it, and up to `needed` of
    /// those worlds, full ones first (game `k` of an ensemble lives in world
    /// `k / ENSEMBLE_CHUNK`, so only the last world may be part full).
    fn take(scenario: &Scenario, needed: usize) -> (Arc<Scenario>, Vec<Chunk>) {
        SPARE
            .try_with(|pool| {
                let mut pool = pool.borrow_mut();
                let shared = match &pool.scenario {
                    Some(kept) if **kept == *scenario => Arc::clone(kept),
                    _ => return (Arc::new(scenario.clone()), Vec::new()),
                };
                let mut taken = Vec::with_capacity(needed);
                while taken.len() < needed {
                    let Some(i) = pool
                        .chunks
                        .iter()
                        .position(|c| c.games.len() == ENSEMBLE_CHUNK)
                        .or_else(|| pool.chunks.len().checked_sub(1))
                    else {
                        break;
                    };
                    let chunk = pool.chunks.swap_remove(i);
                    let full = chunk.games.len() == ENSEMBLE_CHUNK;
                    taken.push(chunk);
                    if !full {
                        break;
                    }
                }
                (shared, taken)
            })
            .unwrap_or_else(|_| (Arc::new(scenario.clone()), Vec::new()))
    }

    /// Keep the worlds of a dropped ensemble (those of another scenario are let go).
    fn give(scenario: &Arc<Scenario>, chunks: Vec<Chunk>) {
        // During thread teardown the pool may be gone: the worlds are then simply dropped.
        let _ = SPARE.try_with(|pool| {
            let Ok(mut pool) = pool.try_borrow_mut() else {
                return;
            };
            let same = pool
                .scenario
                .as_ref()
                .is_some_and(|kept| Arc::ptr_eq(kept, scenario) || **kept == **scenario);
            if !same {
                pool.chunks.clear();
                pool.scenario = Some(Arc::clone(scenario));
            }
            for chunk in chunks {
                if pool.chunks.len() >= SPARE_WORLDS || chunk.games.is_empty() {
                    break;
                }
                pool.chunks.push(chunk);
            }
        });
    }
}

impl Drop for Ensemble {
    fn drop(&mut self) {
        SparePool::give(&self.scenario, std::mem::take(&mut self.chunks));
    }
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
    ///
    /// The worlds of ensembles of the same scenario dropped earlier on this thread are
    /// reused when there are any (a pool on each thread): a new world pays for building its schedule
    /// the first time it runs (Bevy analyses the schedule's graph per world), which is more
    /// than a turn of its 256 games. A game plays the same in a reused world as in a new one
    /// (tested, as for [`Ensemble::reset`]).
    pub fn from_snapshots(scenario: &Scenario, snapshots: &[Snapshot]) -> Ensemble {
        let needed = snapshots.len().div_ceil(ENSEMBLE_CHUNK);
        let (scenario, chunks) = SparePool::take(scenario, needed);
        let len = chunks.iter().map(|c| c.games.len()).sum();
        let mut ensemble = Ensemble {
            chunks,
            len,
            scenario,
        };
        ensemble.reset(snapshots);
        ensemble
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
