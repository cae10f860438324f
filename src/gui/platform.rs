//! What differs between the desktop and the browser: where saves, autosaves and debriefs go,
//! and how a file is picked. The screens call these; `cfg(target_arch = "wasm32")` appears
//! only here and in the window.
//!
//! Desktop: files in the saves folder. Browser: saves and debriefs download as files, the
//! autosave lives in the browser's local storage, and files are picked with the page's file
//! picker (or dropped onto the page).

use std::path::Path;

use crate::save::{SaveGame, Session};

/// Save a game for the player; returns what to tell them (a path, or the downloaded name).
/// `turn` is the turn on screen (the one about to be played) and `date` its quarter, so the
/// name matches what the player saw: `save-turn12-2027Q4.aisave`.
pub(crate) fn save_game(
    session: &Session,
    dir: &Path,
    turn: u32,
    date: &str,
) -> Result<String, String> {
    let date: String = date.chars().filter(|c| c.is_ascii_alphanumeric()).collect();
    let name = format!("save-turn{turn:02}-{date}.{}", crate::save::EXTENSION);
    #[cfg(not(target_arch = "wasm32"))]
    {
        let path = dir.join(name);
        let _ = std::fs::create_dir_all(dir);
        session.save_to(&path).map_err(|e| e.to_string())?;
        Ok(path.display().to_string())
    }
    #[cfg(target_arch = "wasm32")]
    {
        let _ = dir;
        let report = crate::save::verify(session.save_game());
        if let crate::save::Verdict::Diverged { .. } | crate::save::Verdict::RulesChanged { .. } =
            report.verdict
        {
            return Err(report.to_string());
        }
        let text = String::from_utf8_lossy(&crate::save::encode(session.save_game())).into_owned();
        web::download(&name, &text)?;
        Ok(format!("{name} (downloaded)"))
    }
}

/// Keep the autosave of the game in progress (desktop: a file per turn in `dir`; browser:
/// the page's local storage).
pub(crate) fn autosave(session: &Session, dir: Option<&Path>) -> Result<(), String> {
    #[cfg(not(target_arch = "wasm32"))]
    {
        match dir {
            Some(dir) => crate::save::autosave(session, dir)
                .map(|_| ())
                .map_err(|e| e.to_string()),
            None => Ok(()),
        }
    }
    #[cfg(target_arch = "wasm32")]
    {
        let _ = dir;
        let text = String::from_utf8_lossy(&crate::save::encode(session.save_game())).into_owned();
        web::store(web::AUTOSAVE_KEY, &text)
    }
}

/// Write the debrief of a game; returns where it went.
pub(crate) fn export_debrief(
    save: &SaveGame,
    t: &crate::i18n::Strings,
    dir: &Path,
) -> Result<String, String> {
    #[cfg(not(target_arch = "wasm32"))]
    {
        let slug: String = save
            .scenario
            .name
            .chars()
            .map(|c| {
                if c.is_ascii_alphanumeric() {
                    c.to_ascii_lowercase()
                } else {
                    '_'
                }
            })
            .collect::<String>()
            .split('_')
            .filter(|w| !w.is_empty())
            .take(4)
            .collect::<Vec<_>>()
            .join("_");
        let out = dir.join("debrief").join(format!(
            "{slug}-seed{}-turn{:02}",
            save.seed,
            save.turns.len()
        ));
        let page = crate::report::debrief::write(save, &out, t)?;
        Ok(page.display().to_string())
    }
    #[cfg(target_arch = "wasm32")]
    {
        let _ = dir;
        let name = format!("ai-race-debrief-seed{}.html", save.seed);
        web::download(&name, &crate::report::debrief::html(save, t))?;
        Ok(format!("{name} (downloaded)"))
    }
}

/// Write the printable class kit of a scenario in the window's language; returns where it
/// went (desktop: a folder beside the saves, with the fonts; browser: a download).
pub(crate) fn export_kit(
    s: &crate::scenario::Scenario,
    t: &crate::i18n::Strings,
    dir: &Path,
) -> Result<String, String> {
    #[cfg(not(target_arch = "wasm32"))]
    {
        let out = dir.join("kit").join(t.lang());
        let page = crate::kit::write(s, t, &out)?;
        Ok(page.display().to_string())
    }
    #[cfg(target_arch = "wasm32")]
    {
        let _ = dir;
        let name = format!("ai-race-kit-{}.html", t.lang());
        web::download(&name, &crate::kit::html(s, t))?;
        Ok(format!("{name} (downloaded)"))
    }
}

/// Files the player picked or dropped since the last call: (name, text).
pub(crate) fn take_files() -> Vec<(String, String)> {
    #[cfg(target_arch = "wasm32")]
    {
        web::take_files()
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        Vec::new()
    }
}

/// Ask the page for a file (browser only; the desktop types a path). The file arrives
/// later through [`take_files`].
pub(crate) fn pick_file(accept: &str) {
    #[cfg(target_arch = "wasm32")]
    web::pick_file(accept);
    #[cfg(not(target_arch = "wasm32"))]
    let _ = accept;
}

/// Ask the page for several files at once (browser only), arriving through [`take_files`].
pub(crate) fn pick_files(accept: &str) {
    #[cfg(target_arch = "wasm32")]
    web::pick_files(accept);
    #[cfg(not(target_arch = "wasm32"))]
    let _ = accept;
}

/// Write the class report of saves given as (name, text) — the browser's picked files — and
/// return where it went (a download in a browser; beside the saves on the desktop).
pub(crate) fn export_class_report(
    files: &[(String, String)],
    t: &crate::i18n::Strings,
    dir: &Path,
) -> Result<String, String> {
    let (games, skipped) = crate::report::class::load_texts(files);
    if games.is_empty() {
        return Err(t.t("load-class-report-none"));
    }
    let page = crate::report::class::html(&games, &skipped, t);
    #[cfg(not(target_arch = "wasm32"))]
    {
        let out = dir.join("class_report");
        std::fs::create_dir_all(&out).map_err(|e| e.to_string())?;
        let path = out.join("class_report.html");
        std::fs::write(&path, page).map_err(|e| e.to_string())?;
        Ok(path.display().to_string())
    }
    #[cfg(target_arch = "wasm32")]
    {
        let _ = dir;
        let name = "ai-race-class-report.html";
        web::download(name, &page)?;
        Ok(format!("{name} (downloaded)"))
    }
}

/// True in the browser.
pub(crate) const fn is_web() -> bool {
    cfg!(target_arch = "wasm32")
}

/// The autosave kept by the browser, if any (None on the desktop).
pub(crate) fn browser_autosave() -> Option<String> {
    #[cfg(target_arch = "wasm32")]
    {
        web::load(web::AUTOSAVE_KEY)
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        None
    }
}

/// A line for whoever watches: standard output on the desktop, the console in a browser.
pub(crate) fn log(line: &str) {
    #[cfg(target_arch = "wasm32")]
    web_sys::console::log_1(&line.into());
    #[cfg(not(target_arch = "wasm32"))]
    println!("{line}");
}

/// The first frame is drawn: the browser's page hides its loading message and the web check
/// reads the time (nothing on the desktop, which reports it when an autoplay ends).
pub(crate) fn first_frame(ms: u128) {
    #[cfg(target_arch = "wasm32")]
    {
        web_sys::console::log_1(&format!("AI_RACE_FIRST_FRAME {ms}").into());
        if let Some(body) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.body())
        {
            let _ = body.dataset().set("firstFrame", &ms.to_string());
        }
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = ms;
}

/// The page's address asks for (`?autoplay=8&seed=7&side=us&level=easy&scenario=baseline_2025`):
/// key and value pairs (values decoded), empty on the desktop.
pub(crate) fn query() -> Vec<(String, String)> {
    #[cfg(target_arch = "wasm32")]
    {
        let search = web_sys::window()
            .and_then(|w| w.location().search().ok())
            .unwrap_or_default();
        search
            .trim_start_matches('?')
            .split('&')
            .filter(|p| !p.is_empty())
            .map(|p| {
                let (k, v) = p.split_once('=').unwrap_or((p, ""));
                // Values as typed: `+` and `%XX` decoded (a team's name has spaces).
                let v = js_sys::decode_uri_component(&v.replace('+', " "))
                    .map_or_else(|_| v.to_owned(), String::from);
                (k.to_owned(), v)
            })
            .collect()
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        Vec::new()
    }
}

#[cfg(target_arch = "wasm32")]
mod web {
    //! The page's side: `window.aiRace` from `web/index.html` and the browser's storage.
    use std::sync::Mutex;

    use wasm_bindgen::JsCast;
    use wasm_bindgen::prelude::*;

    pub(crate) const AUTOSAVE_KEY: &str = "ai-race-autosave";

    static PICKED: Mutex<Vec<(String, String)>> = Mutex::new(Vec::new());

    fn bridge() -> Result<JsValue, String> {
        let window = web_sys::window().ok_or("no browser window")?;
        js_sys::Reflect::get(&window, &JsValue::from_str("aiRace"))
            .ok()
            .filter(|v| !v.is_undefined())
            .ok_or_else(|| "the page's aiRace helpers are missing (is this index.html?)".into())
    }

    fn call(name: &str, args: &[JsValue]) -> Result<JsValue, String> {
        let obj = bridge()?;
        let f: js_sys::Function = js_sys::Reflect::get(&obj, &JsValue::from_str(name))
            .map_err(|_| format!("aiRace.{name} is missing"))?
            .dyn_into()
            .map_err(|_| format!("aiRace.{name} is not a function"))?;
        let arr = js_sys::Array::new();
        for a in args {
            arr.push(a);
        }
        f.apply(&obj, &arr)
            .map_err(|e| format!("aiRace.{name} failed: {e:?}"))
    }

    pub(crate) fn download(name: &str, text: &str) -> Result<(), String> {
        call(
            "download",
            &[JsValue::from_str(name), JsValue::from_str(text)],
        )
        .map(|_| ())
    }

    pub(crate) fn pick_files(accept: &str) {
        let Ok(promise) = call(
            "pickFile",
            &[JsValue::from_str(accept), JsValue::from_bool(true)],
        ) else {
            return;
        };
        let Ok(promise) = promise.dyn_into::<js_sys::Promise>() else {
            return;
        };
        wasm_bindgen_futures::spawn_local(async move {
            if let Ok(v) = wasm_bindgen_futures::JsFuture::from(promise).await
                && js_sys::Array::is_array(&v)
            {
                for f in js_sys::Array::from(&v).iter() {
                    push_file(&f);
                }
            }
        });
    }

    pub(crate) fn pick_file(accept: &str) {
        let Ok(promise) = call("pickFile", &[JsValue::from_str(accept)]) else {
            return;
        };
        let Ok(promise) = promise.dyn_into::<js_sys::Promise>() else {
            return;
        };
        wasm_bindgen_futures::spawn_local(async move {
            if let Ok(v) = wasm_bindgen_futures::JsFuture::from(promise).await {
                push_file(&v);
            }
        });
    }

    fn push_file(v: &JsValue) {
        let get = |k: &str| {
            js_sys::Reflect::get(v, &JsValue::from_str(k))
                .ok()
                .and_then(|x| x.as_string())
        };
        if let (Some(name), Some(text)) = (get("name"), get("text"))
            && let Ok(mut list) = PICKED.lock()
        {
            list.push((name, text));
        }
    }

    pub(crate) fn take_files() -> Vec<(String, String)> {
        if let Ok(dropped) = call("takeDropped", &[])
            && let Ok(arr) = dropped.dyn_into::<js_sys::Array>()
        {
            for v in arr.iter() {
                push_file(&v);
            }
        }
        PICKED
            .lock()
            .map(|mut l| std::mem::take(&mut *l))
            .unwrap_or_default()
    }

    fn storage() -> Option<web_sys::Storage> {
        web_sys::window()?.local_storage().ok()?
    }

    pub(crate) fn store(key: &str, text: &str) -> Result<(), String> {
        storage()
            .ok_or("this browser keeps no local storage")?
            .set_item(key, text)
            .map_err(|_| "the browser's storage is full or blocked".to_string())
    }

    pub fn load(key: &str) -> Option<String> {
        storage()?.get_item(key).ok()?
    }
}

/// Keep a class seat's ticket (the host's address, the seat's token, the team) so a reloaded
/// page or a restarted window can come back to it: in the browser's storage, or a file in
/// `dir` on the desktop.
pub(crate) fn keep_class_ticket(dir: &Path, text: &str) -> Result<(), String> {
    #[cfg(target_arch = "wasm32")]
    {
        let _ = dir;
        web::store(CLASS_TICKET, text)
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
        let path = dir.join(CLASS_TICKET_FILE);
        std::fs::write(&path, text).map_err(|e| format!("{}: {e}", path.display()))
    }
}

/// The class seat's ticket kept by [`keep_class_ticket`], if any.
pub(crate) fn class_ticket(dir: &Path) -> Option<String> {
    #[cfg(target_arch = "wasm32")]
    {
        let _ = dir;
        web::load(CLASS_TICKET)
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        std::fs::read_to_string(dir.join(CLASS_TICKET_FILE)).ok()
    }
}

#[cfg(target_arch = "wasm32")]
const CLASS_TICKET: &str = "ai-race-class-seat";
#[cfg(not(target_arch = "wasm32"))]
const CLASS_TICKET_FILE: &str = "class-seat.json";

/// Where a class's host most likely is: in a page the host served, its own address with the
/// next port (the host's WebSocket); on the desktop, this machine with `ai-race host`'s
/// default ports.
pub(crate) fn class_address() -> String {
    #[cfg(target_arch = "wasm32")]
    {
        let location = web_sys::window().map(|w| w.location());
        let host = location
            .as_ref()
            .and_then(|l| l.hostname().ok())
            .filter(|h| !h.is_empty())
            .unwrap_or_else(|| "127.0.0.1".into());
        let port = location
            .and_then(|l| l.port().ok())
            .and_then(|p| p.parse::<u16>().ok())
            .unwrap_or(80);
        format!("{host}:{}", port.saturating_add(1))
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        "127.0.0.1:8081".into()
    }
}
