//! The shipped fonts (Latin, Arabic, CJK), compiled in once for every front-end that draws
//! or writes text: the window and the printable kit (which copies them beside its page, so
//! a browser prints Chinese and Arabic without fonts of its own).

/// Noto Sans (Latin, Greek, Cyrillic).
pub(crate) const NOTO_SANS: &[u8] = include_bytes!("../assets/fonts/NotoSans-Regular.ttf");
/// Noto Sans Arabic.
pub(crate) const NOTO_ARABIC: &[u8] = include_bytes!("../assets/fonts/NotoSansArabic-Regular.ttf");
/// Droid Sans Fallback (Chinese, Japanese, Korean).
pub(crate) const DROID_CJK: &[u8] = include_bytes!("../assets/fonts/DroidSansFallbackFull.ttf");

/// Each font with its file name, for writing them beside a page.
pub(crate) const FILES: &[(&str, &[u8])] = &[
    ("NotoSans-Regular.ttf", NOTO_SANS),
    ("NotoSansArabic-Regular.ttf", NOTO_ARABIC),
    ("DroidSansFallbackFull.ttf", DROID_CJK),
];

/// Write the fonts into `dir/fonts`, for a page beside them that names them.
pub(crate) fn write_beside(dir: &std::path::Path) -> Result<(), String> {
    let fonts = dir.join("fonts");
    std::fs::create_dir_all(&fonts)
        .map_err(|e| format!("cannot create {}: {e}", fonts.display()))?;
    for (name, bytes) in FILES {
        let path = fonts.join(name);
        std::fs::write(&path, bytes)
            .map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    }
    Ok(())
}
