//! The window's use of the string tables ([`crate::i18n`]): the language a start plays in.

pub use crate::i18n::*;

impl Strings {
    /// The table for the language asked for (`--lang`), or else the one remembered in the
    /// settings kept in `saves`, or else English. A language asked for that loads (English,
    /// or a table in `dir`) is remembered for the next start.
    pub fn chosen(
        asked: Option<&str>,
        saves: &std::path::Path,
        dir: &std::path::Path,
    ) -> Result<Strings, String> {
        let mut settings = super::shell::Settings::load(saves);
        let lang = asked
            .or(settings.lang.as_deref())
            .unwrap_or("en")
            .to_owned();
        let strings = Strings::for_language(&lang, dir)?;
        let found =
            crate::i18n::shipped(&lang).is_some() || dir.join(format!("{lang}.ftl")).is_file();
        if found && asked.is_some() && settings.lang.as_deref() != asked {
            settings.lang = asked.map(str::to_owned);
            settings.store(saves);
        }
        Ok(strings)
    }
}
