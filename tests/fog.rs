//! Fog of war: the rival's true value lies inside the shown 90% interval about 90% of the
//! time at every intelligence level, and intervals narrow as intelligence rises.

mod common;

use ai_race::sim::quantity::BlocQ;
use ai_race::{Side, Sim};

/// (coverage, mean relative width of the interval) over many seeds and turns.
fn coverage(level: f64) -> (f64, f64) {
    let s = common::baseline_with(|s| {
        s.us.intel.level.value = level;
        s.china.intel.level.value = level;
        s.world.risk.catastrophe_scale.value = 0.0;
    });
    let (mut inside, mut total, mut width) = (0u32, 0u32, 0.0);
    for seed in 0..12 {
        let mut sim = Sim::new(&s, seed);
        for _ in 0..24 {
            sim.advance_turn();
            for viewer in Side::BOTH {
                let view = sim.view(viewer);
                let rival = sim.bloc(viewer.rival()).unwrap();
                for &q in BlocQ::ALL {
                    let truth = rival.value(q);
                    if truth == 0.0 {
                        continue; // exactly zero is trivially inside; it says nothing
                    }
                    let e = view.rival(q);
                    total += 1;
                    inside += u32::from(e.contains(truth));
                    width += (e.high - e.low) / truth.abs();
                }
            }
        }
    }
    (
        f64::from(inside) / f64::from(total),
        width / f64::from(total),
    )
}

#[test]
fn the_90_percent_interval_holds_the_truth_85_to_95_percent_of_the_time() {
    let mut widths = Vec::new();
    for level in [0.0, 0.25, 0.5, 0.75, 1.0] {
        let (cov, width) = coverage(level);
        assert!(
            (0.85..=0.95).contains(&cov),
            "intelligence {level}: coverage {cov:.3}"
        );
        widths.push(width);
    }
    assert!(
        widths.windows(2).all(|w| w[1] < w[0]),
        "intervals must narrow as intelligence rises: {widths:?}"
    );
}

#[test]
fn a_view_never_changes_the_game_and_two_reads_agree() {
    let s = common::baseline();
    let mut a = Sim::new(&s, 3);
    let mut b = Sim::new(&s, 3);
    for _ in 0..6 {
        let v1 = a.view(Side::China);
        let v2 = a.view(Side::China);
        assert_eq!(
            format!("{:?}", v1.rival),
            format!("{:?}", v2.rival),
            "reading twice gives the same estimates"
        );
        a.advance_turn();
        b.advance_turn();
        assert_eq!(a.state_hash(), b.state_hash());
    }
}

#[test]
fn own_numbers_are_exact_and_the_lead_is_an_estimate() {
    let s = common::baseline();
    let mut sim = Sim::new(&s, 9);
    sim.advance_turn();
    let view = sim.view(Side::Us);
    assert_eq!(view.own, sim.bloc(Side::Us).unwrap());
    assert!(view.lead_months.low <= view.lead_months.value);
    assert!(view.lead_months.value <= view.lead_months.high);
    assert!(view.lead_months.high > view.lead_months.low);
}
