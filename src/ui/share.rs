//! The share page (`chia-se/`): makes a link (and its QR code) carrying the commune's
//! figures, or opens such a link after showing what it holds.

use super::i18n::{use_lang, Lang};
use crate::core::num::number_vi::format_count;
use crate::core::stored::qr::qr_path;
use crate::core::stored::record::{self, CommuneRecord, DecodeError};
use crate::core::stored::share::{self, BadValue, ShareError};
use crate::storage::{self, Key};
use crate::ui::widgets::user_text::Msg;
use leptos::prelude::*;

fn tr(lang: Lang, vi: &'static str, en: &'static str) -> &'static str {
    match lang {
        Lang::Vi => vi,
        Lang::En => en,
    }
}

/// What a record holds, in one line; the name is isolated (and bold), so that a name
/// written to look like this line cannot pass for it.
fn describe(lang: Lang, r: &CommuneRecord) -> Msg {
    let name = r.name.trim();
    let start = if name.is_empty() {
        Msg::app(tr(lang, "(chưa đặt tên)", "(no name)"))
    } else {
        Msg::default().user(name)
    };
    let counts = r.counts.map(|c| {
        let (t, o) = (
            format_count(c.total().get()),
            format_count(c.online().get()),
        );
        match lang {
            Lang::Vi => format!("{o} / {t} hồ sơ trực tuyến"),
            Lang::En => format!("{o} of {t} dossiers online"),
        }
    });
    let tier = r.registered.short_name();
    start.and(match (lang, counts) {
        (Lang::Vi, Some(c)) => format!(" — đăng ký {tier} — {c}"),
        (Lang::Vi, None) => format!(" — đăng ký {tier} — chưa có số hồ sơ"),
        (Lang::En, Some(c)) => format!(" — registered for {tier} — {c}"),
        (Lang::En, None) => format!(" — registered for {tier} — no counts yet"),
    })
}

fn problem(lang: Lang, e: &ShareError) -> &'static str {
    match e {
        ShareError::Empty => tr(
            lang,
            "Liên kết không chứa số liệu.",
            "The link carries no figures.",
        ),
        ShareError::UnknownVersion => tr(
            lang,
            "Liên kết không phải của ứng dụng này hoặc do phiên bản khác tạo.",
            "The link is not this app's, or was made by another version.",
        ),
        ShareError::TooLong => tr(
            lang,
            "Liên kết quá dài để là của ứng dụng này.",
            "The link is too long to be this app's.",
        ),
        ShareError::Damaged => tr(
            lang,
            "Liên kết bị hỏng (bị cắt bớt hoặc sửa đổi). Hãy xin lại liên kết.",
            "The link is damaged (cut short or altered). Ask for it again.",
        ),
        ShareError::Invalid(DecodeError::NewerSchema(_)) => tr(
            lang,
            "Liên kết do phiên bản mới hơn của ứng dụng tạo.",
            "The link was made by a newer version of the app.",
        ),
        ShareError::Invalid(_) => tr(
            lang,
            "Số liệu trong liên kết không hợp lệ.",
            "The figures in the link are not valid.",
        ),
        ShareError::BadValue(v) => bad_value(lang, *v),
    }
}

fn bad_value(lang: Lang, v: BadValue) -> &'static str {
    match v {
        BadValue::NameTooLong => tr(
            lang,
            "Tên xã trong liên kết dài quá 200 ký tự. Hãy xin lại liên kết.",
            "The commune name in the link is longer than 200 characters. Ask for the link again.",
        ),
        BadValue::UnknownTier => tr(
            lang,
            "Hạng đăng ký trong liên kết không phải NTM, NTM nâng cao hay NTM kiểu mẫu. Hãy xin lại liên kết.",
            "The registered tier in the link is not NTM, advanced or model NTM. Ask for the link again.",
        ),
        BadValue::CountOutOfRange => tr(
            lang,
            "Số hồ sơ trong liên kết âm hoặc lớn hơn 1.000.000.000. Hãy xin lại liên kết.",
            "A dossier count in the link is negative or above 1.000.000.000. Ask for the link again.",
        ),
        BadValue::OnlineExceedsTotal => tr(
            lang,
            "Trong liên kết, số hồ sơ trực tuyến lớn hơn tổng số hồ sơ. Hãy xin lại liên kết.",
            "In the link, more dossiers are online than there are dossiers. Ask for the link again.",
        ),
        BadValue::FullExceedsOnline => tr(
            lang,
            "Trong liên kết, số hồ sơ toàn trình lớn hơn số hồ sơ trực tuyến. Hãy xin lại liên kết.",
            "In the link, more dossiers are full-process than online. Ask for the link again.",
        ),
        BadValue::CommuneGroup => tr(
            lang,
            "Nhóm xã trong liên kết không phải 1, 2 hay 3. Hãy xin lại liên kết.",
            "The commune group in the link is not 1, 2 or 3. Ask for the link again.",
        ),
        BadValue::RuleSetIdTooLong => tr(
            lang,
            "Mã bộ tiêu chí trong liên kết dài quá 100 ký tự. Hãy xin lại liên kết.",
            "The rule-set id in the link is longer than 100 characters. Ask for the link again.",
        ),
    }
}

fn location() -> Option<web_sys::Location> {
    web_sys::window().map(|w| w.location())
}

/// Calls `navigator[method](arg)` when the browser has it; false otherwise.
fn call_navigator(path: &[&str], arg: &wasm_bindgen::JsValue) -> bool {
    use wasm_bindgen::JsCast;
    let Some(mut target) = web_sys::window().map(|w| wasm_bindgen::JsValue::from(w.navigator()))
    else {
        return false;
    };
    let mut this = target.clone();
    for key in path {
        this = target.clone();
        match js_sys::Reflect::get(&target, &(*key).into()) {
            Ok(v) if !v.is_undefined() => target = v,
            _ => return false,
        }
    }
    target
        .dyn_ref::<js_sys::Function>()
        .is_some_and(|f| f.call1(&this, arg).is_ok())
}

/// The whole share page: language from storage, a plain header, then make or open a link.
#[component]
pub fn ShareApp(lang: Lang) -> impl IntoView {
    provide_context(RwSignal::new(lang));
    if let Some(html) = document().document_element() {
        let _ = html.set_attribute("lang", lang.code());
    }
    let hash = location().and_then(|l| l.hash().ok()).unwrap_or_default();
    let content = if hash.len() > 1 {
        view! { <OpenLink fragment=hash/> }.into_any()
    } else {
        view! { <MakeLink/> }.into_any()
    };
    view! {
        <header class="top">
            <div class="top-inner">
                <div>
                    <h1>{lang.s().app_title}</h1>
                    <p class="tagline">{lang.s().app_tagline}</p>
                </div>
            </div>
        </header>
        <main id="main">
            <section class="panel">{content}</section>
        </main>
        <footer class="bottom">
            <p>{lang.s().privacy}</p>
        </footer>
    }
}

#[component]
fn MakeLink() -> impl IntoView {
    let lang = use_lang();
    let Some(record) = storage::peek(Key::Commune, record::decode) else {
        return view! {
            <h2>{tr(lang, "Chia sẻ số liệu của xã", "Share the commune's figures")}</h2>
            <p data-testid="share-nothing">
                {tr(lang, "Chưa có số liệu để chia sẻ: hãy nhập ở trang Một xã trước.", "Nothing to share yet: enter the figures on the One commune page first.")}
            </p>
            <p><a href="../">{tr(lang, "← Về trang Một xã", "← Back to One commune")}</a></p>
        }
        .into_any();
    };
    let base = location().and_then(|l| l.href().ok()).unwrap_or_default();
    let base = base.split('#').next().unwrap_or_default().to_owned();
    let link = format!("{base}#{}", share::encode(&record));
    let qr = qr_path(&link);
    let copied = RwSignal::new(false);
    let can_share = web_sys::window().is_some_and(|w| {
        js_sys::Reflect::get(&w.navigator(), &"share".into()).is_ok_and(|v| v.is_function())
    });
    let link_for_copy = link.clone();
    let link_for_share = link.clone();
    view! {
        <h2>{tr(lang, "Chia sẻ số liệu của xã", "Share the commune's figures")}</h2>
        <p class="share-what" data-testid="share-summary">{describe(lang, &record).view()}</p>
        <label class="block-label" for="share-link">{tr(lang, "Liên kết", "Link")}</label>
        <input id="share-link" class="share-link" data-testid="share-url" type="text" readonly prop:value=link.clone()/>
        <div class="toolbar">
            <button
                type="button"
                data-testid="share-copy"
                on:click=move |_| copied.set(call_navigator(&["clipboard", "writeText"], &link_for_copy.clone().into()))
            >
                {tr(lang, "Sao chép liên kết", "Copy the link")}
            </button>
            {can_share
                .then(|| {
                    view! {
                        <button
                            type="button"
                            data-testid="share-system"
                            on:click=move |_| {
                                let data = js_sys::Object::new();
                                let _ = js_sys::Reflect::set(&data, &"url".into(), &link_for_share.clone().into());
                                let _ = js_sys::Reflect::set(&data, &"title".into(), &"ntm-calc".into());
                                call_navigator(&["share"], &data);
                            }
                        >
                            {tr(lang, "Chia sẻ qua ứng dụng khác (Zalo, thư…)", "Share through another app")}
                        </button>
                    }
                })}
        </div>
        {move || copied.get().then(|| view! { <p class="ok-note" role="status">{tr(lang, "Đã sao chép.", "Copied.")}</p> })}
        {qr.map(|(width, path)| {
            let size = width + 8;
            view! {
                <figure class="qr">
                    <svg
                        data-testid="share-qr"
                        viewBox=format!("-4 -4 {size} {size}")
                        role="img"
                        aria-label=tr(lang, "Mã QR của liên kết", "QR code of the link")
                    >
                        <rect x="-4" y="-4" width=size.to_string() height=size.to_string() fill="#fff"></rect>
                        <path d=path fill="#000"></path>
                    </svg>
                    <figcaption>{tr(lang, "Quét mã để mở trên máy khác.", "Scan to open on another device.")}</figcaption>
                </figure>
            }
        })}
        <p class="hint">
            {tr(
                lang,
                "Số liệu nằm trong phần sau dấu # của liên kết: trình duyệt không gửi phần đó lên máy chủ. Ai có liên kết đều xem được số liệu.",
                "The figures sit after the # of the link, which browsers never send to a server. Anyone with the link can read them.",
            )}
        </p>
        <p><a href="../">{tr(lang, "← Về trang Một xã", "← Back to One commune")}</a></p>
    }
    .into_any()
}

#[component]
fn OpenLink(fragment: String) -> impl IntoView {
    let lang = use_lang();
    let back =
        view! { <p><a href="../">{tr(lang, "← Về trang Một xã", "← Back to One commune")}</a></p> };
    let incoming = match share::decode(&fragment) {
        Ok(record) => record,
        Err(e) => {
            return view! {
                <h2>{tr(lang, "Mở liên kết chia sẻ", "Open a shared link")}</h2>
                <p class="error" role="alert" data-testid="share-error">
                    {problem(lang, &e)} " " {tr(lang, "Không có gì thay đổi.", "Nothing was changed.")}
                </p>
                {back}
            }
            .into_any();
        }
    };
    let current = storage::peek(Key::Commune, record::decode);
    let failed = RwSignal::new(false);
    let summary = describe(lang, &incoming);
    let accept = move |_| {
        if storage::available() && storage::save(Key::Commune, &incoming).is_ok() {
            if let Some(l) = location() {
                let _ = l.set_href("../");
            }
        } else {
            failed.set(true);
        }
    };
    view! {
        <h2>{tr(lang, "Mở liên kết chia sẻ", "Open a shared link")}</h2>
        <p>{tr(lang, "Liên kết này chứa:", "This link holds:")}</p>
        <p class="verdict ok share-what" data-testid="share-incoming">{summary.view()}</p>
        {current
            .map(|c| {
                view! {
                    <p>{tr(lang, "Số liệu đang lưu trên máy này sẽ được thay:", "It replaces what this device holds:")}</p>
                    <p class="share-what" data-testid="share-current">{describe(lang, &c).view()}</p>
                }
            })}
        <div class="toolbar">
            <button type="button" class="primary" data-testid="share-accept" on:click=accept>
                {tr(lang, "Mở số liệu này", "Open these figures")}
            </button>
            <a href="../" data-testid="share-cancel">{tr(lang, "Không, giữ số liệu hiện có", "No, keep what is here")}</a>
        </div>
        {move || failed.get().then(|| view! { <p class="error" role="alert">{tr(lang, "Không lưu được vào trình duyệt.", "Could not save in this browser.")}</p> })}
    }
    .into_any()
}
