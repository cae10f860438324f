//! `clone_from` that reuses memory, for the game's components that hold vectors.
//!
//! A derived `Clone` gives `clone_from` as `*self = source.clone()`: a fresh allocation and a
//! free for every vector, every time. Reading a running game into the same snapshot turn
//! after turn (an experiment reads every game after every turn) then spends more time in the
//! allocator than in copying. [`clone_reusing!`] writes `Clone` field by field so each
//! vector's `clone_from` keeps its memory. The pattern names every field without `..`, so a
//! field added later and not listed here does not compile.

/// `Clone` for a struct, field by field, with a `clone_from` that reuses each field's memory.
macro_rules! clone_reusing {
    ($t:ident { $($f:ident),+ $(,)? }) => {
        impl Clone for $t {
            fn clone(&self) -> Self {
                let $t { $($f),+ } = self;
                $t { $($f: $f.clone()),+ }
            }

            fn clone_from(&mut self, source: &Self) {
                let $t { $($f),+ } = self;
                $($f.clone_from(&source.$f);)+
            }
        }
    };
}
