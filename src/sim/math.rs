//! Deterministic maths helpers on top of `libm`.

/// x^y for x ≥ 0, with exact shortcuts for the exponents scenarios use most (1, 0.5, 0)
/// and `e^(y·ln x)` otherwise, which is several times cheaper than `libm::pow` and
/// accurate to a few units in the last place. The same code runs on every platform, so
/// results stay bit-identical everywhere.
#[inline]
#[expect(clippy::float_cmp, reason = "exact special cases of the exponent")]
pub(crate) fn pow(x: f64, y: f64) -> f64 {
    if y == 1.0 {
        x
    } else if y == 0.5 {
        x.sqrt()
    } else if y == 0.0 {
        1.0
    } else if x > 0.0 {
        libm::exp(y * libm::log(x))
    } else {
        libm::pow(x, y)
    }
}
