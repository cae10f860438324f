//! Any bytes given to the scenario loader: never a panic, a hang or an unplaced diagnostic.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data)
        && let Err(e) = ai_race::Scenario::from_ron_str(text, "fuzz.ron")
    {
        let _ = e.plain();
        let _ = e.render(false);
    }
});
