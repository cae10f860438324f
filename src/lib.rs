//! AI Race: a turn-based strategy game of the US–China race for artificial intelligence.
//!
//! The library holds the deterministic simulation ([`sim`]), the scenario format
//! ([`scenario`]), the computer players ([`ai`]), the history exports ([`report`]) and the
//! command line ([`cli`]). Start with [`sim::Sim`] and [`scenario::Scenario`].

#![forbid(unsafe_code)]

pub mod ai;
pub mod branch;
pub mod calibration;
pub(crate) mod charts;
pub mod class;
pub mod cli;
pub mod experiment;
pub(crate) mod fonts;
#[cfg(feature = "gui")]
pub mod gui;
pub mod i18n;
pub(crate) mod kit;
pub mod report;
pub mod save;
pub mod scenario;
pub mod sim;
pub(crate) mod vocab;

pub use scenario::Scenario;
pub use sim::orders::Command;
pub use sim::quantity::{Quantity, Side};
pub use sim::{Ensemble, Sim, Snapshot};

/// The codemap in ARCHITECTURE.md names every source file (a folder's `mod.rs` by its
/// folder), and no source file is longer than 600 lines unless ARCHITECTURE.md lists it
/// under "Files over 600 lines" with the reason.
#[cfg(test)]
mod codemap {
    use std::path::{Path, PathBuf};

    const MAX_LINES: usize = 600;

    fn sources(dir: &Path, out: &mut Vec<PathBuf>) {
        let Ok(entries) = std::fs::read_dir(dir) else {
            return;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                sources(&path, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                out.push(path);
            }
        }
    }

    #[test]
    fn the_codemap_names_every_source_file_and_none_is_too_long() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let doc = std::fs::read_to_string(root.join("ARCHITECTURE.md")).expect("ARCHITECTURE.md");
        let start = doc.find("## Codemap").expect("a codemap section");
        let codemap = &doc[start..];
        let end = codemap[3..].find("\n## ").map_or(codemap.len(), |e| e + 3);
        let codemap = &codemap[..end];
        let long_list = doc
            .find("### Files over 600 lines")
            .map_or("", |s| &doc[s..]);
        let mut files = Vec::new();
        sources(&root.join("src"), &mut files);
        assert!(files.len() > 50, "found the sources");
        let mut unnamed = Vec::new();
        let mut long = Vec::new();
        for path in &files {
            let rel = path.strip_prefix(root).unwrap_or(path);
            let name = path
                .file_name()
                .and_then(|n| n.to_str())
                .unwrap_or_default();
            let named = if name == "mod.rs" {
                let folder = path
                    .parent()
                    .and_then(|p| p.file_name())
                    .and_then(|n| n.to_str())
                    .unwrap_or_default();
                codemap.contains(&format!("{folder}/"))
            } else {
                codemap.contains(name)
            };
            if !named {
                unnamed.push(rel.display().to_string());
            }
            let lines = std::fs::read_to_string(path).map_or(0, |t| t.lines().count());
            if lines > MAX_LINES && !long_list.contains(&rel.display().to_string()) {
                long.push(format!("{} ({lines} lines)", rel.display()));
            }
        }
        assert!(
            unnamed.is_empty(),
            "ARCHITECTURE.md's codemap does not name: {unnamed:?}"
        );
        assert!(
            long.is_empty(),
            "longer than {MAX_LINES} lines and not listed in ARCHITECTURE.md: {long:?}"
        );
    }
}
