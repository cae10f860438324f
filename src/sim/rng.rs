//! Randomness: one portable ChaCha8 stream per (game seed, purpose).
//!
//! Each purpose (events, market swings, fog-of-war noise, each computer player) draws from
//! its own stream, so adding a computer player or changing its level never changes which
//! events fire, and a game's history is the same alone or among ten thousand. There is no
//! other randomness in the simulation.

use bevy::prelude::Component;
use rand_chacha::ChaCha8Rng;
use rand_core::{Rng, SeedableRng};
use serde::{Deserialize, Serialize};

/// What a stream is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Purpose {
    /// Random events and catastrophes.
    Events = 1,
    /// Market and investor-sentiment swings.
    Market = 2,
    /// Intelligence-estimate noise (fog of war).
    Fog = 3,
    /// The computer player for the US.
    AiUs = 4,
    /// The computer player for China.
    AiChina = 5,
}

/// SplitMix64 step: a well-known, portable way to spread one seed over many words.
pub fn splitmix64(state: &mut u64) -> u64 {
    *state = state.wrapping_add(0x9E37_79B9_7F4A_7C15);
    let mut z = *state;
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

/// The seed of game `index` of an ensemble seeded with `base`.
pub fn derive_seed(base: u64, index: u64) -> u64 {
    let mut s = base ^ index.wrapping_mul(0xD6E8_FEB8_6659_FD93);
    splitmix64(&mut s)
}

fn stream(seed: u64, purpose: Purpose) -> ChaCha8Rng {
    let mut s = seed;
    let mut key = [0u8; 32];
    for chunk in key.chunks_exact_mut(8) {
        chunk.copy_from_slice(&splitmix64(&mut s).to_le_bytes());
    }
    let mut rng = ChaCha8Rng::from_seed(key);
    rng.set_stream(purpose as u64);
    rng
}

/// A game's random streams.
#[derive(Component, Clone, Debug)]
pub struct Streams {
    seed: u64,
    /// Events and catastrophes.
    pub events: ChaCha8Rng,
    /// Market swings.
    pub market: ChaCha8Rng,
}

/// Where each stream stands: enough to rebuild [`Streams`] exactly.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct StreamsState {
    /// The game's seed.
    pub seed: u64,
    /// Words drawn from the events stream.
    pub events_pos: u128,
    /// Words drawn from the market stream.
    pub market_pos: u128,
}

impl Streams {
    /// Fresh streams for a game seed.
    pub fn new(seed: u64) -> Streams {
        Streams {
            seed,
            events: stream(seed, Purpose::Events),
            market: stream(seed, Purpose::Market),
        }
    }

    /// The game's seed.
    pub fn seed(&self) -> u64 {
        self.seed
    }

    /// Position of every stream.
    pub fn state(&self) -> StreamsState {
        StreamsState {
            seed: self.seed,
            events_pos: self.events.get_word_pos(),
            market_pos: self.market.get_word_pos(),
        }
    }

    /// Rebuild streams at a recorded position.
    pub fn from_state(state: &StreamsState) -> Streams {
        let mut s = Streams::new(state.seed);
        s.events.set_word_pos(state.events_pos);
        s.market.set_word_pos(state.market_pos);
        s
    }
}

/// A stream for another purpose (fog of war, a computer player), independent of the game's.
pub fn purpose_stream(seed: u64, purpose: Purpose) -> ChaCha8Rng {
    stream(seed, purpose)
}

/// Uniform number in [0, 1) with 53 random bits.
pub fn uniform(rng: &mut ChaCha8Rng) -> f64 {
    (rng.next_u64() >> 11) as f64 * (1.0 / (1u64 << 53) as f64)
}

/// Two independent standard normal draws (Box–Muller with `libm`, the same on every
/// platform).
pub fn standard_normal_pair(rng: &mut ChaCha8Rng) -> [f64; 2] {
    let u1 = 1.0 - uniform(rng); // (0, 1]
    let u2 = uniform(rng);
    let r = (-2.0 * libm::log(u1)).sqrt();
    let (s, c) = libm::sincos(2.0 * core::f64::consts::PI * u2);
    [r * c, r * s]
}
