//! The save file: encoding a game as a header line and a RON body, and decoding one (size, magic, checksum, format migrations) into a game and what was found on the way.

use super::*;

/// What loading learned about a file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LoadInfo {
    /// The format version it was written in.
    pub format: u32,
    /// The game version that wrote it.
    pub game_version: String,
    /// True when that version differs from this one (its rules may differ).
    pub other_version: bool,
}

/// Encode a save: the header line, then the RON body.
pub fn encode(save: &SaveGame) -> Vec<u8> {
    // As for the scenario hash: RON fails for a type's serde features, never for its data;
    // an empty body would be a save that loses the game.
    let body = ron::to_string(save).expect("every SaveGame encodes as RON");
    let checksum = xxhash_rust::xxh3::xxh3_64(body.as_bytes());
    format!(
        "{MAGIC} format={FORMAT_VERSION} game={} scenario={:016x} checksum={checksum:016x}\n{body}\n",
        save.game_version, save.scenario_hash
    )
    .into_bytes()
}

/// Decode save bytes; `path` names the file in messages.
pub fn decode(bytes: &[u8], path: &Path) -> Result<(SaveGame, LoadInfo), SaveError> {
    parse(bytes).map_err(|reason| SaveError::Bad {
        path: path.to_owned(),
        reason,
        newest_autosave: newest_good_autosave(path),
    })
}

/// Check and decode save bytes; the error says what is wrong.
pub(super) fn parse(bytes: &[u8]) -> Result<(SaveGame, LoadInfo), String> {
    if bytes.is_empty() {
        return Err(
            "the file is empty; it is not a save (was the game stopped while writing it?)".into(),
        );
    }
    if !bytes.starts_with(MAGIC.as_bytes()) {
        return Err(format!(
            "not an AI Race save (it does not start with `{MAGIC}`); is it the right file?"
        ));
    }
    let Some(newline) = bytes.iter().position(|&b| b == b'\n') else {
        return Err("the header line is cut off: the file is truncated".into());
    };
    let header = std::str::from_utf8(&bytes[..newline])
        .map_err(|_| "the header line is not text: the file is damaged".to_owned())?;
    let field = |name: &str| {
        header
            .split(' ')
            .find_map(|w| w.strip_prefix(name).and_then(|r| r.strip_prefix('=')))
    };
    let format: u32 = field("format")
        .and_then(|v| v.parse().ok())
        .ok_or("the header has no readable format version: the file is damaged")?;
    if format > FORMAT_VERSION {
        return Err(format!(
            "written in save format {format} by a newer AI Race ({}); this version reads formats up to {FORMAT_VERSION}: update the game",
            field("game").unwrap_or("unknown")
        ));
    }
    if format == 0 {
        return Err("save format 0 does not exist: the file is damaged".into());
    }
    let checksum = field("checksum")
        .and_then(|v| u64::from_str_radix(v, 16).ok())
        .ok_or("the header has no readable checksum: the file is damaged")?;
    let body = &bytes[newline + 1..];
    let body = body.strip_suffix(b"\n").unwrap_or(body);
    if xxhash_rust::xxh3::xxh3_64(body) != checksum {
        return Err(
            "the contents do not match their checksum: the file is damaged or truncated".into(),
        );
    }
    let text = std::str::from_utf8(body)
        .map_err(|_| "the body is not UTF-8 text: the file is damaged".to_owned())?;
    let save = migrate(format, text).map_err(|e| format!("the body cannot be read: {e}"))?;
    if scenario_hash(&save.scenario) != save.scenario_hash {
        return Err(
            "the embedded scenario does not match its recorded hash: the file is damaged".into(),
        );
    }
    let game_version = save.game_version.clone();
    Ok((
        save,
        LoadInfo {
            format,
            other_version: game_version != env!("CARGO_PKG_VERSION"),
            game_version,
        },
    ))
}

/// Read a body of an older format into the current [`SaveGame`]; each format adds an arm
/// that converts from the one before.
///
/// - 1 → 2: scenarios gained `doctrines` (none in a format 1 save). The scenario's canonical
///   hash covers every field, so it is recomputed for the migrated scenario; the body's
///   checksum has already vouched for the text.
pub(super) fn migrate(format: u32, text: &str) -> Result<SaveGame, String> {
    let options = ron::Options::default().with_recursion_limit(128);
    let parse = |text: &str| {
        options.from_str::<SaveGame>(text).map_err(|e| {
            format!(
                "line {}, column {}: {}",
                e.span.start.line, e.span.start.col, e.code
            )
        })
    };
    match format {
        1 | 2 => {
            let mut save = parse(text)?;
            strip_held_upkeep(&mut save);
            save.scenario_hash = scenario_hash(&save.scenario);
            Ok(save)
        }
        3 => parse(text),
        other => Err(format!("no reader for format {other}")),
    }
}

/// 2 → 3: policies' running costs were held effects on state funding; they are now paid each
/// quarter (`funding.upkeep`). Remove the held effects from every snapshot, give their money
/// back to state funding, and book the upkeep the new way. (The save was made by another
/// version of the rules, so its replay reports "rules changed"; the snapshots still load.)
pub(super) fn strip_held_upkeep(save: &mut SaveGame) {
    use crate::sim::effects::Owner;
    for log in &mut save.turns {
        let snap = &mut log.snapshot;
        snap.effects.list.retain(|e| match e.owner {
            Owner::LegacyUpkeep { side, .. } => {
                snap.blocs[side.index()].funding.state -= e.applied_total;
                false
            }
            _ => true,
        });
        for b in &mut snap.blocs {
            b.funding.upkeep = crate::sim::policies::upkeep_of(&save.scenario, &b.policies);
        }
    }
}

/// Read and decode a save file.
pub fn read(path: &Path) -> Result<(SaveGame, LoadInfo), SaveError> {
    let io = |what: &'static str, e: std::io::Error| SaveError::Io {
        path: path.to_owned(),
        what,
        reason: e.to_string(),
    };
    let meta = std::fs::metadata(path).map_err(|e| io("cannot read the save", e))?;
    if meta.len() > MAX_SAVE_BYTES {
        return Err(SaveError::Bad {
            path: path.to_owned(),
            reason: format!(
                "the file is {} bytes, more than any save ({MAX_SAVE_BYTES}); is it the right file?",
                meta.len()
            ),
            newest_autosave: newest_good_autosave(path),
        });
    }
    let bytes = std::fs::read(path).map_err(|e| io("cannot read the save", e))?;
    decode(&bytes, path)
}

/// Read a save that must be of `scenario` (for "continue this scenario" screens): a save of
/// another scenario is refused by name.
pub fn read_for(path: &Path, scenario: &Scenario) -> Result<(SaveGame, LoadInfo), SaveError> {
    let (save, info) = read(path)?;
    if save.scenario_hash != scenario_hash(scenario) {
        return Err(SaveError::Bad {
            path: path.to_owned(),
            reason: format!(
                "is a save of \"{}\", not of \"{}\" (or of another version of it); open it on its own, or pick the matching scenario",
                save.scenario.name, scenario.name
            ),
            newest_autosave: None,
        });
    }
    Ok((save, info))
}
