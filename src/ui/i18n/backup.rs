//! The backup of every page's data (on the table page), and the Safari notice that points to
//! it (on the table and history pages).

use super::{texts, Lang};
use crate::core::num::number_vi::format_count;
use crate::core::stored::backup::Backup;
use crate::storage::Key;
use crate::ui::widgets::user_text::Msg;

texts! {
    /// The backup section of the table page.
    pub struct BackupTexts, fn backup;
    backup_heading: "Sao lưu và khôi phục" / "Backup and restore",
    backup_warning: "Trình duyệt (nhất là Safari trên iPhone) có thể tự xóa dữ liệu của trang sau vài ngày không mở. Hãy tải bản sao lưu định kỳ và giữ ở nơi an toàn."
        / "Browsers (Safari on iPhone above all) may delete a site's data after some days unused. Download a backup regularly and keep it somewhere safe.",
    backup_download: "Tải bản sao lưu (JSON)" / "Download a backup (JSON)",
    backup_restore: "Khôi phục từ tệp…" / "Restore from a file…",
    backup_unreadable: "Tệp này không phải bản sao lưu đọc được; không thay đổi gì"
        / "This file is not a readable backup; nothing was changed",
    backup_confirm: "Khôi phục (thay dữ liệu hiện có)" / "Restore (replaces the current data)",
}

texts! {
    /// Safari may delete the app's data: the notice and its link to the backup.
    pub struct SafariTexts, fn safari;
    safari_warning: "Safari (và mọi trình duyệt trên iPhone, iPad) có thể xóa dữ liệu của trang sau 7 ngày không mở trang. Hãy tải bản sao lưu sau mỗi lần nhập số liệu, hoặc thêm ứng dụng vào Màn hình chính (nút Chia sẻ → “Thêm vào MH chính”): mở từ đó, dữ liệu không bị xóa như vậy."
        / "Safari (and every browser on iPhone and iPad) may delete this site's data after 7 days without a visit. Download a backup after each session of entering figures, or add the app to the Home Screen (Share → “Add to Home Screen”): opened from there, its data is not deleted that way.",
    safari_backup_link: "Đến mục sao lưu" / "Go to the backup",
}

/// Why a restore wrote nothing, naming the part that did not fit.
pub fn restore_failed(lang: Lang, key: Key, rolled_back: bool) -> String {
    let part = match (lang, key) {
        (Lang::Vi, Key::Commune) => "số liệu trang Một xã",
        (Lang::Vi, Key::Table) => "bảng đơn vị",
        (Lang::Vi, Key::RuleSets) => "các bộ tiêu chí",
        (Lang::Vi, Key::History) => "số liệu theo tháng",
        (Lang::Vi, Key::Lang) => "ngôn ngữ",
        (Lang::Vi, Key::ColumnMaps) => "cách gán cột khi nhập bảng",
        (Lang::En, Key::Commune) => "the commune's figures",
        (Lang::En, Key::Table) => "the units table",
        (Lang::En, Key::RuleSets) => "the rule sets",
        (Lang::En, Key::History) => "the monthly figures",
        (Lang::En, Key::Lang) => "the language",
        (Lang::En, Key::ColumnMaps) => "how imported columns are mapped",
    };
    match (lang, rolled_back) {
        (Lang::Vi, true) => format!(
            "Không khôi phục được: phần {part} không ghi được vào bộ nhớ trình duyệt (có thể đã đầy). \
             Không phần nào được thay; dữ liệu hiện có giữ nguyên."
        ),
        (Lang::En, true) => format!(
            "Nothing was restored: {part} could not be written to browser storage (it may be full). \
             No part was replaced; the current data is unchanged."
        ),
        (Lang::Vi, false) => format!(
            "Không khôi phục được: phần {part} không ghi được, và không đặt lại được hết dữ liệu cũ. \
             Hãy tải lại trang và kiểm tra; tệp sao lưu vẫn còn nguyên."
        ),
        (Lang::En, false) => format!(
            "Nothing was restored: {part} could not be written, and not all earlier data could be put \
             back. Reload the page and check; the backup file is still intact."
        ),
    }
}

/// What a backup holds; the commune's name in it is isolated.
pub fn backup_summary(lang: Lang, b: &Backup) -> Msg {
    let commune = b
        .commune
        .as_ref()
        .map(|c| c.name.trim())
        .filter(|n| !n.is_empty());
    let units = format_count(b.units() as u64);
    let sets = b.custom_rule_sets();
    let months = b.history_months();
    let lead = match lang {
        Lang::Vi => "Bản sao lưu có: ",
        Lang::En => "The backup holds: ",
    };
    let mut rest = match lang {
        Lang::Vi => format!("{units} đơn vị trong bảng, {sets} bộ tiêu chí tự chỉnh"),
        Lang::En => format!("{units} units in the table, {sets} edited rule sets"),
    };
    match (months, lang) {
        (0, _) => {}
        (m, Lang::Vi) => rest.push_str(&format!(", {m} tháng số liệu theo dõi")),
        (m, Lang::En) => rest.push_str(&format!(", {m} months of history")),
    }
    rest.push('.');
    match (commune, lang) {
        (None, _) => Msg::app(format!("{lead}{rest}")),
        (Some(n), Lang::Vi) => Msg::app(format!("{lead}xã “"))
            .user(n)
            .and(format!("”, {rest}")),
        (Some(n), Lang::En) => Msg::app(format!("{lead}commune “"))
            .user(n)
            .and(format!("”, {rest}")),
    }
}
