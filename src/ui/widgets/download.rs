//! Files in and out: a text offered as a download (exports, backups), and the text of a
//! file the person chose (imports, restores).

use wasm_bindgen::JsCast;

/// Offers `text` as a download named `filename`; false when the browser refused.
pub fn download(filename: &str, mime: &str, text: &str) -> bool {
    offer(filename, mime, &wasm_bindgen::JsValue::from_str(text))
}

/// Offers `bytes` as a download named `filename`; false when the browser refused.
pub fn download_bytes(filename: &str, mime: &str, bytes: &[u8]) -> bool {
    offer(filename, mime, &js_sys::Uint8Array::from(bytes).into())
}

fn offer(filename: &str, mime: &str, part: &wasm_bindgen::JsValue) -> bool {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return false;
    };
    let parts = js_sys::Array::of1(part);
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_buffer_source_sequence_and_options(&parts, &options)
    else {
        return false;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return false;
    };
    let ok = document
        .create_element("a")
        .ok()
        .and_then(|a| a.dyn_into::<web_sys::HtmlAnchorElement>().ok())
        .map(|a| {
            a.set_href(&url);
            a.set_download(filename);
            a.click();
        })
        .is_some();
    let _ = web_sys::Url::revoke_object_url(&url);
    ok
}

/// The `<input type="file">` that fired `event`, and the file chosen in it.
fn chosen_file(event: &leptos::ev::Event) -> Option<(web_sys::HtmlInputElement, web_sys::File)> {
    let input = event
        .target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())?;
    let file = input.files().and_then(|f| f.get(0))?;
    Some((input, file))
}

/// Reads the file chosen in the `<input type="file">` that fired `event`, then calls
/// `with_text` with its contents; the input is cleared so the same file can be chosen again.
pub fn read_chosen_file(event: &leptos::ev::Event, with_text: impl FnOnce(String) + 'static) {
    let Some((input, file)) = chosen_file(event) else {
        return;
    };
    let promise = file.text();
    leptos::task::spawn_local(async move {
        if let Ok(value) = wasm_bindgen_futures::JsFuture::from(promise).await {
            with_text(value.as_string().unwrap_or_default());
        }
    });
    input.set_value("");
}

/// Like [`read_chosen_file`], the file's bytes as they are, with its name and size: for
/// imports, which look at what a file is before reading it as text. `with_bytes` is not
/// called with the bytes of a file larger than `max_bytes`; it gets `None` instead.
pub fn read_chosen_bytes(
    event: &leptos::ev::Event,
    max_bytes: f64,
    with_bytes: impl FnOnce(String, f64, Option<Vec<u8>>) + 'static,
) {
    let Some((input, file)) = chosen_file(event) else {
        return;
    };
    input.set_value("");
    let (name, size) = (file.name(), file.size());
    if size > max_bytes {
        with_bytes(name, size, None);
        return;
    }
    let promise = file.array_buffer();
    leptos::task::spawn_local(async move {
        if let Ok(buffer) = wasm_bindgen_futures::JsFuture::from(promise).await {
            with_bytes(name, size, Some(js_sys::Uint8Array::new(&buffer).to_vec()));
        }
    });
}
