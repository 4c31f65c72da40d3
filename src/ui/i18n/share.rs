//! The share page: making a link (and its QR code) and opening one.

use super::{texts, Lang};
use crate::core::num::number_vi::format_count;
use crate::core::rules::rule_set::TierDef;
use crate::core::stored::record::{CommuneRecord, DecodeError};
use crate::core::stored::share::{BadValue, ShareError};
use crate::ui::widgets::user_text::Msg;

texts! {
    /// Texts of the share page.
    pub struct ShareTexts, fn share;
    make_heading: "Chia sẻ số liệu của xã" / "Share the commune's figures",
    nothing: "Chưa có số liệu để chia sẻ: hãy nhập ở trang Một xã trước."
        / "Nothing to share yet: enter the figures on the One commune page first.",
    back: "← Về trang Một xã" / "← Back to One commune",
    privacy: "Số liệu nằm trong phần sau dấu # của liên kết: trình duyệt không gửi phần đó lên máy chủ. Ai có liên kết đều xem được số liệu."
        / "The figures sit after the # of the link, which browsers never send to a server. Anyone with the link can read them.",
    open_heading: "Mở liên kết chia sẻ" / "Open a shared link",
    unchanged: "Không có gì thay đổi." / "Nothing was changed.",
    holds: "Liên kết này chứa:" / "This link holds:",
    replaces: "Số liệu đang lưu trên máy này sẽ được thay:" / "It replaces what this device holds:",
    accept: "Mở số liệu này" / "Open these figures",
    keep: "Không, giữ số liệu hiện có" / "No, keep what is here",
    save_failed: "Không lưu được vào trình duyệt." / "Could not save in this browser.",
}

texts! {
    /// Texts of a link and its QR code (the share page, a rule set's card).
    pub struct LinkTexts, fn link;
    link: "Liên kết" / "Link",
    copy: "Sao chép liên kết" / "Copy the link",
    share_app: "Chia sẻ qua ứng dụng khác (Zalo, thư…)" / "Share through another app",
    copied: "Đã sao chép." / "Copied.",
    qr_label: "Mã QR của liên kết" / "QR code of the link",
    qr_caption: "Quét mã để mở trên máy khác." / "Scan to open on another device.",
    qr_too_long: "Liên kết quá dài cho mã QR: hãy gửi liên kết hoặc tệp."
        / "The link is too long for a QR code: send the link or the file.",
}

/// What a record holds, in one line; the name is isolated (and bold), so that a name
/// written to look like this line cannot pass for it.
pub fn describe(lang: Lang, r: &CommuneRecord) -> Msg {
    let name = r.name.trim();
    let start = if name.is_empty() {
        Msg::app(match lang {
            Lang::Vi => "(chưa đặt tên)",
            Lang::En => "(no name)",
        })
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
    let tier = TierDef::national(r.registered).map_or_else(
        || r.registered.slug().to_owned(),
        |d| lang.pick(&d.name).to_owned(),
    );
    start.and(match (lang, counts) {
        (Lang::Vi, Some(c)) => format!(" — đăng ký {tier} — {c}"),
        (Lang::Vi, None) => format!(" — đăng ký {tier} — chưa có số hồ sơ"),
        (Lang::En, Some(c)) => format!(" — registered for {tier} — {c}"),
        (Lang::En, None) => format!(" — registered for {tier} — no counts yet"),
    })
}

/// Why a shared link cannot be opened.
pub fn problem(lang: Lang, e: &ShareError) -> &'static str {
    match e {
        ShareError::Empty => match lang {
            Lang::Vi => "Liên kết không chứa số liệu.",
            Lang::En => "The link carries no figures.",
        },
        ShareError::UnknownVersion => match lang {
            Lang::Vi => "Liên kết không phải của ứng dụng này hoặc do phiên bản khác tạo.",
            Lang::En => "The link is not this app's, or was made by another version.",
        },
        ShareError::TooLong => match lang {
            Lang::Vi => "Liên kết quá dài để là của ứng dụng này.",
            Lang::En => "The link is too long to be this app's.",
        },
        ShareError::Damaged => match lang {
            Lang::Vi => "Liên kết bị hỏng (bị cắt bớt hoặc sửa đổi). Hãy xin lại liên kết.",
            Lang::En => "The link is damaged (cut short or altered). Ask for it again.",
        },
        ShareError::Invalid(DecodeError::NewerSchema(_)) => match lang {
            Lang::Vi => "Liên kết do phiên bản mới hơn của ứng dụng tạo.",
            Lang::En => "The link was made by a newer version of the app.",
        },
        ShareError::Invalid(_) => match lang {
            Lang::Vi => "Số liệu trong liên kết không hợp lệ.",
            Lang::En => "The figures in the link are not valid.",
        },
        ShareError::BadValue(v) => bad_value(lang, *v),
    }
}

fn bad_value(lang: Lang, v: BadValue) -> &'static str {
    match v {
        BadValue::NameTooLong => match lang {
            Lang::Vi => "Tên xã trong liên kết dài quá 200 ký tự. Hãy xin lại liên kết.",
            Lang::En => "The commune name in the link is longer than 200 characters. Ask for the link again.",
        },
        BadValue::UnknownTier => match lang {
            Lang::Vi => "Hạng đăng ký trong liên kết không phải NTM, NTM nâng cao hay NTM kiểu mẫu. Hãy xin lại liên kết.",
            Lang::En => "The registered tier in the link is not NTM, advanced or model NTM. Ask for the link again.",
        },
        BadValue::CountOutOfRange => match lang {
            Lang::Vi => "Số hồ sơ trong liên kết âm hoặc lớn hơn 1.000.000.000. Hãy xin lại liên kết.",
            Lang::En => "A dossier count in the link is negative or above 1.000.000.000. Ask for the link again.",
        },
        BadValue::OnlineExceedsTotal => match lang {
            Lang::Vi => "Trong liên kết, số hồ sơ trực tuyến lớn hơn tổng số hồ sơ. Hãy xin lại liên kết.",
            Lang::En => "In the link, more dossiers are online than there are dossiers. Ask for the link again.",
        },
        BadValue::FullExceedsOnline => match lang {
            Lang::Vi => "Trong liên kết, số hồ sơ toàn trình lớn hơn số hồ sơ trực tuyến. Hãy xin lại liên kết.",
            Lang::En => "In the link, more dossiers are full-process than online. Ask for the link again.",
        },
        BadValue::CommuneGroup => match lang {
            Lang::Vi => "Nhóm xã trong liên kết không phải 1, 2 hay 3. Hãy xin lại liên kết.",
            Lang::En => "The commune group in the link is not 1, 2 or 3. Ask for the link again.",
        },
        BadValue::RuleSetIdTooLong => match lang {
            Lang::Vi => "Mã bộ tiêu chí trong liên kết dài quá 100 ký tự. Hãy xin lại liên kết.",
            Lang::En => "The rule-set id in the link is longer than 100 characters. Ask for the link again.",
        },
    }
}
