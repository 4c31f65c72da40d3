//! Rule sets the host publishes beside the app (`rule-sets.json`, exactly what a rule set's
//! "download" writes): `shell.js` asks for the file as the page starts, and each page reads
//! the answer before it mounts, waiting at most [`WAIT_MS`].

use crate::core::rules::rule_set::RuleSet;
use crate::core::stored::rule_set_file;
use crate::storage::Notice;
use wasm_bindgen::JsCast;

/// The longest a page waits for the host's answer before it starts without it.
const WAIT_MS: i32 = 3_000;

/// The host's sets (none when it publishes none, or could not be asked), and a notice when
/// its file could not be read.
pub async fn load() -> (Vec<RuleSet>, Option<Notice>) {
    let Some(text) = answer().await else {
        return (Vec::new(), None);
    };
    match rule_set_file::read(&text) {
        Ok(sets) => (sets, None),
        Err(e) => (Vec::new(), Some(Notice::HostedUnreadable(e))),
    }
}

async fn answer() -> Option<String> {
    let window = web_sys::window()?;
    let asked = js_sys::Reflect::get(&window, &"ntmHostedRuleSets".into())
        .ok()?
        .dyn_into::<js_sys::Promise>()
        .ok()?;
    let timeout = js_sys::Promise::new(&mut |resolve, _| {
        let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, WAIT_MS);
    });
    let first = js_sys::Promise::race(&js_sys::Array::of2(&asked, &timeout));
    wasm_bindgen_futures::JsFuture::from(first)
        .await
        .ok()?
        .as_string()
}
