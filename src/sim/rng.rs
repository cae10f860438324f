//! Randomness: one portable stream per (game seed, purpose).
//!
//! Each purpose (events, market swings, fog-of-war noise, each computer player) draws from
//! its own stream, so adding a computer player or changing its level never changes which
//! events fire, and a game's history is the same alone or among ten thousand. There is no
//! other randomness in the simulation.
//!
//! A stream is SplitMix64 (Steele, Lea and Flood, 2014): the n-th draw is a fixed mix of
//! `key + n·γ`, where the key is derived from the seed and the purpose. It is portable (pure
//! 64-bit integer arithmetic), its whole state is two words — which keeps ten thousand games
//! small in memory — and its position is just a counter, so a snapshot records it exactly.

use bevy::prelude::Component;
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

/// The golden-ratio increment of SplitMix64.
const GAMMA: u64 = 0x9E37_79B9_7F4A_7C15;

/// The SplitMix64 output mix.
fn mix(mut z: u64) -> u64 {
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

/// SplitMix64 step: a well-known, portable way to spread one seed over many words.
pub(crate) fn splitmix64(state: &mut u64) -> u64 {
    *state = state.wrapping_add(GAMMA);
    mix(*state)
}

/// The seed of game `index` of an ensemble seeded with `base`.
pub fn derive_seed(base: u64, index: u64) -> u64 {
    let mut s = base ^ index.wrapping_mul(0xD6E8_FEB8_6659_FD93);
    splitmix64(&mut s)
}

/// One random stream: a key and how many words have been drawn.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Stream {
    key: u64,
    drawn: u64,
}

impl Stream {
    /// The stream of a purpose for a seed.
    pub fn new(seed: u64, purpose: Purpose) -> Stream {
        let mut s = seed ^ mix((purpose as u64).wrapping_mul(GAMMA));
        Stream {
            key: splitmix64(&mut s),
            drawn: 0,
        }
    }

    /// The next 64 random bits.
    #[inline]
    pub(crate) fn next_u64(&mut self) -> u64 {
        self.drawn += 1;
        mix(self.key.wrapping_add(self.drawn.wrapping_mul(GAMMA)))
    }

    /// Words drawn so far.
    pub fn position(&self) -> u64 {
        self.drawn
    }

    /// Move to a position.
    pub(crate) fn set_position(&mut self, drawn: u64) {
        self.drawn = drawn;
    }

    /// The uniform draw `ahead + 1` places on (0 is the next draw), without drawing: the
    /// stream is a counter, so a caller that owes a fixed number of draws can compute only
    /// the ones it looks at and then [`Stream::skip`] them all.
    #[inline]
    pub(crate) fn uniform_ahead(&self, ahead: u64) -> f64 {
        let n = self.drawn.wrapping_add(ahead).wrapping_add(1);
        to_unit(mix(self.key.wrapping_add(n.wrapping_mul(GAMMA))))
    }

    /// Move on `n` draws (as drawing them would).
    #[inline]
    pub fn skip(&mut self, n: u64) {
        self.drawn = self.drawn.wrapping_add(n);
    }
}

/// A game's random streams.
#[derive(Component, Clone, Debug)]
pub(crate) struct Streams {
    seed: u64,
    /// Events and catastrophes.
    pub events: Stream,
    /// Market swings.
    pub market: Stream,
}

/// Where each stream stands: enough to rebuild `Streams` exactly.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct StreamsState {
    /// The game's seed.
    pub seed: u64,
    /// Words drawn from the events stream.
    pub events_pos: u64,
    /// Words drawn from the market stream.
    pub market_pos: u64,
}

impl Streams {
    /// Fresh streams for a game seed.
    pub fn new(seed: u64) -> Streams {
        Streams {
            seed,
            events: Stream::new(seed, Purpose::Events),
            market: Stream::new(seed, Purpose::Market),
        }
    }

    /// Position of every stream.
    pub fn state(&self) -> StreamsState {
        StreamsState {
            seed: self.seed,
            events_pos: self.events.position(),
            market_pos: self.market.position(),
        }
    }

    /// Rebuild streams at a recorded position.
    pub(crate) fn from_state(state: &StreamsState) -> Streams {
        let mut s = Streams::new(state.seed);
        s.events.set_position(state.events_pos);
        s.market.set_position(state.market_pos);
        s
    }
}

/// A stream for another purpose (fog of war, a computer player), independent of the game's.
pub fn purpose_stream(seed: u64, purpose: Purpose) -> Stream {
    Stream::new(seed, purpose)
}

/// Uniform number in [0, 1) with 53 random bits.
#[inline]
pub fn uniform(rng: &mut Stream) -> f64 {
    to_unit(rng.next_u64())
}

/// A 64-bit draw as a uniform number in [0, 1) (its top 53 bits).
#[inline]
fn to_unit(x: u64) -> f64 {
    (x >> 11) as f64 * (1.0 / (1u64 << 53) as f64)
}

/// Two independent standard normal draws (Box–Muller with `libm`, the same on every
/// platform).
pub(crate) fn standard_normal_pair(rng: &mut Stream) -> [f64; 2] {
    let u1 = 1.0 - uniform(rng); // (0, 1]
    let u2 = uniform(rng);
    let r = (-2.0 * libm::log(u1)).sqrt();
    let (s, c) = libm::sincos(2.0 * core::f64::consts::PI * u2);
    [r * c, r * s]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn streams_are_uniform_and_independent() {
        let mut a = Stream::new(7, Purpose::Events);
        let mut b = Stream::new(7, Purpose::Market);
        let n = 100_000;
        let (mut sum_a, mut sum_ab, mut low) = (0.0, 0.0, 0);
        for _ in 0..n {
            let (x, y) = (uniform(&mut a), uniform(&mut b));
            sum_a += x;
            sum_ab += (x - 0.5) * (y - 0.5);
            low += usize::from(x < 0.01);
        }
        let mean = sum_a / f64::from(n);
        assert!((mean - 0.5).abs() < 0.005, "mean {mean}");
        let cov = sum_ab / f64::from(n);
        assert!(cov.abs() < 0.002, "covariance {cov}");
        assert!((800..1200).contains(&low), "{low} draws below 0.01");
    }

    #[test]
    fn draws_looked_ahead_equal_the_draws_made() {
        let mut a = Stream::new(11, Purpose::Events);
        a.skip(5);
        let ahead: Vec<f64> = (0..30).map(|k| a.uniform_ahead(k)).collect();
        let mut b = a;
        let drawn: Vec<f64> = (0..30).map(|_| uniform(&mut b)).collect();
        assert_eq!(ahead, drawn);
        a.skip(30);
        assert_eq!(a, b);
    }

    #[test]
    fn a_stream_restored_at_its_position_continues_identically() {
        let mut a = Stream::new(3, Purpose::Events);
        for _ in 0..17 {
            a.next_u64();
        }
        let mut b = Stream::new(3, Purpose::Events);
        b.set_position(a.position());
        assert_eq!(a.next_u64(), b.next_u64());
    }
}
