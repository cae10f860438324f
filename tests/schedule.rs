//! The turn schedule has no ambiguous system order.

use ai_race::sim::build_turn_schedule;
use bevy::ecs::schedule::{LogLevel, ScheduleBuildSettings};
use bevy::prelude::World;

#[test]
fn turn_schedule_has_zero_ambiguities() {
    let mut schedule = build_turn_schedule();
    schedule.set_build_settings(ScheduleBuildSettings {
        ambiguity_detection: LogLevel::Error,
        ..Default::default()
    });
    let mut world = World::new();
    schedule
        .initialize(&mut world)
        .expect("the schedule builds with ambiguity detection as an error");
    assert_eq!(schedule.graph().conflicting_systems().len(), 0);
}
