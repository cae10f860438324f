//! The shipped fonts (Latin, Arabic, CJK), compiled in once for every front-end that draws
//! or writes text: the window and the printable kit (which copies them beside its page, so
//! a browser prints Chinese and Arabic without fonts of its own).

/// Noto Sans (Latin, Greek, Cyrillic).
pub const NOTO_SANS: &[u8] = include_bytes!("../assets/fonts/NotoSans-Regular.ttf");
/// Noto Sans Arabic.
pub const NOTO_ARABIC: &[u8] = include_bytes!("../assets/fonts/NotoSansArabic-Regular.ttf");
/// Droid Sans Fallback (Chinese, Japanese, Korean).
pub const DROID_CJK: &[u8] = include_bytes!("../assets/fonts/DroidSansFallbackFull.ttf");

/// Each font with its file name, for writing them beside a page.
pub const FILES: &[(&str, &[u8])] = &[
    ("NotoSans-Regular.ttf", NOTO_SANS),
    ("NotoSansArabic-Regular.ttf", NOTO_ARABIC),
    ("DroidSansFallbackFull.ttf", DROID_CJK),
];
