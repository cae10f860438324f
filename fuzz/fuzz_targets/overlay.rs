//! Any text given as an overlay (resolved against the shipped scenarios): never a panic, a
//! hang or an unplaced diagnostic. Seed it with scenarios/*.ron other than the baseline.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        // Whatever the bytes, read them as an overlay of the baseline.
        let text = if ai_race::scenario::overlay::is_overlay(text) {
            text.to_owned()
        } else {
            format!("(base: \"baseline_2025\", {text}")
        };
        if let Err(e) = ai_race::Scenario::from_ron_str(&text, "fuzz.ron") {
            let _ = e.plain();
            let _ = e.render(false);
            assert!(e.diagnostics().iter().all(|d| d.line.is_some()), "{}", e.plain());
        }
    }
});
