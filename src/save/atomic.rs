//! Atomic file replacement: write a temporary sibling, flush and fsync it, rename it over the
//! target, fsync the directory. At every moment the target is either the old file or the new
//! one, never a mix. Each step can be made to fail in tests.

use std::io::Write;
use std::path::{Path, PathBuf};

/// The steps of an atomic write, for fault injection.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    /// The temporary file has been written (not yet synced).
    AfterTempWrite,
    /// About to fsync the temporary file.
    BeforeFsync,
    /// The temporary file is on disk.
    AfterFsync,
    /// About to rename it over the target.
    BeforeRename,
    /// Renamed; the directory is not yet synced.
    AfterRename,
}

/// Every step, in order.
pub const STEPS: [Step; 5] = [
    Step::AfterTempWrite,
    Step::BeforeFsync,
    Step::AfterFsync,
    Step::BeforeRename,
    Step::AfterRename,
];

fn temp_sibling(path: &Path) -> PathBuf {
    let name = path
        .file_name()
        .map_or_else(|| "save".into(), |n| n.to_string_lossy().into_owned());
    path.with_file_name(format!(".{name}.tmp-{}", std::process::id()))
}

/// Replace `path` with `bytes` atomically.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    write_atomic_with(path, bytes, &mut |_| Ok(()))
}

/// [`write_atomic`] with a hook called at each [`Step`]; an error from the hook aborts the
/// write there (the temporary file is removed when it can be).
pub fn write_atomic_with(
    path: &Path,
    bytes: &[u8],
    hook: &mut dyn FnMut(Step) -> std::io::Result<()>,
) -> std::io::Result<()> {
    let tmp = temp_sibling(path);
    let result = (|| {
        let mut file = std::fs::File::create(&tmp)?;
        file.write_all(bytes)?;
        file.flush()?;
        hook(Step::AfterTempWrite)?;
        hook(Step::BeforeFsync)?;
        file.sync_all()?;
        hook(Step::AfterFsync)?;
        drop(file);
        hook(Step::BeforeRename)?;
        std::fs::rename(&tmp, path)?;
        hook(Step::AfterRename)?;
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty())
            && let Ok(d) = std::fs::File::open(dir)
        {
            // Not every platform can sync a directory; the rename is done either way.
            let _ = d.sync_all();
        }
        remove_stale_temporaries(path);
        Ok(())
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result
}

/// Remove temporary siblings left by writers that were killed mid-write.
fn remove_stale_temporaries(path: &Path) {
    let (Some(dir), Some(name)) = (path.parent(), path.file_name()) else {
        return;
    };
    let dir = if dir.as_os_str().is_empty() {
        Path::new(".")
    } else {
        dir
    };
    let prefix = format!(".{}.tmp-", name.to_string_lossy());
    if let Ok(entries) = std::fs::read_dir(dir) {
        for e in entries.filter_map(Result::ok) {
            if e.file_name().to_string_lossy().starts_with(&prefix) {
                let _ = std::fs::remove_file(e.path());
            }
        }
    }
}
