//! Every word the interface shows, in Vietnamese (default) and English.

use crate::core::num::count::CountError;
use crate::core::num::number_vi::format_count;
use crate::core::num::percent::PercentError;
use crate::core::rules::assessment::{Measure, Verdict};
use crate::core::rules::form::FieldError;
use crate::core::rules::rule_set::Bilingual;
use crate::core::rules::tier::Tier;
use crate::core::stored::record::DecodeError;
use crate::core::table::evaluate::GroupVerdict;
use crate::core::table::import::{Preview, RowProblem, TextField, MAX_CHARS, MAX_ROWS};
use crate::core::table::sniff::NotText;
use crate::storage::Notice;
use crate::ui::widgets::user_text::Msg;
use leptos::prelude::GetUntracked;

/// The language in force. Views read it once: switching language rebuilds the views, so
/// texts are plain strings rather than one reactive closure each (a much smaller wasm).
pub fn use_lang() -> Lang {
    leptos::prelude::expect_context::<leptos::prelude::RwSignal<Lang>>().get_untracked()
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lang {
    Vi,
    En,
}

impl Lang {
    pub fn code(self) -> &'static str {
        match self {
            Lang::Vi => "vi",
            Lang::En => "en",
        }
    }

    pub fn from_code(code: &str) -> Option<Lang> {
        match code {
            "vi" => Some(Lang::Vi),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    pub fn other(self) -> Lang {
        match self {
            Lang::Vi => Lang::En,
            Lang::En => Lang::Vi,
        }
    }

    /// Picks the text of a bilingual value.
    pub fn pick(self, text: &Bilingual) -> &str {
        match self {
            Lang::Vi => &text.vi,
            Lang::En => &text.en,
        }
    }

    pub fn t(self) -> &'static TableStrings {
        match self {
            Lang::Vi => &VI_TABLE,
            Lang::En => &EN_TABLE,
        }
    }

    pub fn s(self) -> &'static Strings {
        match self {
            Lang::Vi => &VI,
            Lang::En => &EN,
        }
    }
}

/// Fixed texts; sentences with numbers are the functions below.
pub struct Strings {
    pub app_title: &'static str,
    pub app_tagline: &'static str,
    pub switch_to: &'static str,
    pub inputs_heading: &'static str,
    pub commune_name: &'static str,
    pub commune_name_placeholder: &'static str,
    pub registered_tier: &'static str,
    pub dx_criterion: &'static str,
    pub dx_hint: &'static str,
    pub total: &'static str,
    pub online: &'static str,
    pub full_online: &'static str,
    pub count_hint: &'static str,
    pub optional_hint: &'static str,
    pub results_heading: &'static str,
    pub online_rate: &'static str,
    pub full_rate: &'static str,
    pub no_dossiers: &'static str,
    pub tier_met: &'static str,
    pub no_tier_met: &'static str,
    pub col_needed: &'static str,
    pub col_existing: &'static str,
    pub met: &'static str,
    pub not_met: &'static str,
    pub registered_mark: &'static str,
    pub unreachable: &'static str,
    pub needs_full_count: &'static str,
    pub online_word: &'static str,
    pub full_word: &'static str,
    pub with_dx: &'static str,
    pub needed_note: &'static str,
    pub fix_fields: &'static str,
    pub enter_counts: &'static str,
    pub rule_set_heading: &'static str,
    pub legal_basis: &'static str,
    pub privacy: &'static str,
    pub saved_here: &'static str,
    pub share: &'static str,
    pub nav_label: &'static str,
    pub nav_calculator: &'static str,
    pub nav_table: &'static str,
    pub nav_rule_sets: &'static str,
    pub nav_history: &'static str,
    pub no_threshold: &'static str,
    pub commune_group: &'static str,
    pub commune_group_none: &'static str,
}

pub static VI: Strings = Strings {
    app_title: "Tỷ lệ hồ sơ trực tuyến",
    app_tagline: "Xã đạt tiêu chí nông thôn mới chưa, và còn thiếu bao nhiêu hồ sơ?",
    switch_to: "English",
    inputs_heading: "Số liệu của xã",
    commune_name: "Tên xã / phường / đặc khu",
    commune_name_placeholder: "Ví dụ: Xã Vạn Thạnh",
    registered_tier: "Hạng đăng ký đạt chuẩn",
    dx_criterion: "Chọn tiêu chí tự chọn về chuyển đổi số",
    dx_hint: "NTM kiểu mẫu khi đó cần thêm tỷ lệ hồ sơ trực tuyến toàn trình.",
    total: "Tổng số hồ sơ TTHC đã giải quyết",
    online: "Số hồ sơ giải quyết trực tuyến",
    full_online: "Số hồ sơ trực tuyến toàn trình",
    count_hint: "Ví dụ: 1.234 hoặc 1234",
    optional_hint: "Không bắt buộc; cần khi chọn tiêu chí chuyển đổi số.",
    results_heading: "Kết quả",
    online_rate: "Tỷ lệ hồ sơ trực tuyến",
    full_rate: "Tỷ lệ hồ sơ toàn trình",
    no_dossiers: "Chưa có hồ sơ",
    tier_met: "Hạng đạt được",
    no_tier_met: "Chưa đạt hạng nào",
    col_needed: "Cần thêm hồ sơ",
    col_existing: "Hoặc: số hồ sơ đã có lẽ ra phải trực tuyến",
    met: "Đạt",
    not_met: "Chưa đạt",
    registered_mark: "đăng ký",
    unreachable: "Không thể đạt bằng cách thêm hồ sơ",
    needs_full_count: "Cần nhập số hồ sơ toàn trình",
    online_word: "trực tuyến",
    full_word: "toàn trình",
    with_dx: "nếu chọn chuyển đổi số",
    needed_note: "Hồ sơ thêm vào đều là hồ sơ trực tuyến, nên cả tử số và mẫu số cùng tăng.",
    fix_fields: "Sửa các ô được đánh dấu để xem kết quả.",
    enter_counts: "Nhập tổng số hồ sơ và số hồ sơ trực tuyến để xem kết quả.",
    rule_set_heading: "Bộ tiêu chí áp dụng",
    legal_basis: "Căn cứ",
    privacy: "Số liệu chỉ lưu trong trình duyệt này, không gửi đi đâu.",
    saved_here: "Đã lưu trên máy này.",
    share: "Chia sẻ số liệu (liên kết, mã QR)",
    nav_label: "Chức năng",
    nav_calculator: "Một xã",
    nav_table: "Bảng đơn vị",
    nav_rule_sets: "Bộ tiêu chí",
    nav_history: "Theo dõi",
    no_threshold: "Chưa nhập ngưỡng",
    commune_group: "Nhóm xã",
    commune_group_none: "(chưa chọn nhóm)",
};

pub static EN: Strings = Strings {
    app_title: "Online dossier rate",
    app_tagline:
        "Does the commune meet the New Rural criterion, and how many dossiers short is it?",
    switch_to: "Tiếng Việt",
    inputs_heading: "The commune's figures",
    commune_name: "Commune / ward / special zone",
    commune_name_placeholder: "e.g. Xã Vạn Thạnh",
    registered_tier: "Tier registered for",
    dx_criterion: "Takes the optional digital-transformation criterion",
    dx_hint: "The model tier then also needs a full-process online rate.",
    total: "All procedure dossiers resolved",
    online: "Dossiers resolved online",
    full_online: "Full-process online dossiers",
    count_hint: "e.g. 1.234 or 1234",
    optional_hint: "Optional; needed with the digital-transformation criterion.",
    results_heading: "Results",
    online_rate: "Online rate",
    full_rate: "Full-process rate",
    no_dossiers: "No dossiers yet",
    tier_met: "Tier met",
    no_tier_met: "No tier met yet",
    col_needed: "More dossiers needed",
    col_existing: "Or: existing dossiers that had to be online",
    met: "Met",
    not_met: "Not met",
    registered_mark: "registered",
    unreachable: "Cannot be reached by adding dossiers",
    needs_full_count: "Enter the full-process count",
    online_word: "online",
    full_word: "full-process",
    with_dx: "with digital transformation",
    needed_note: "Every added dossier is online, so numerator and denominator both grow.",
    fix_fields: "Fix the marked fields to see the results.",
    enter_counts: "Enter all dossiers and online dossiers to see the results.",
    rule_set_heading: "Rule set applied",
    legal_basis: "Legal basis",
    privacy: "Figures stay in this browser; nothing is sent anywhere.",
    saved_here: "Saved on this device.",
    share: "Share the figures (link, QR code)",
    nav_label: "Views",
    nav_calculator: "One commune",
    nav_table: "Units table",
    nav_rule_sets: "Rule sets",
    nav_history: "Over time",
    no_threshold: "Threshold not entered",
    commune_group: "Commune group",
    commune_group_none: "(no group chosen)",
};

/// Texts of the table page only (kept apart so the first page's bundle does not carry them).
pub struct TableStrings {
    pub col_status: &'static str,
    pub table_heading: &'static str,
    pub add_unit: &'static str,
    pub failing_only: &'static str,
    pub export_csv: &'static str,
    pub export_json: &'static str,
    pub deleted: &'static str,
    pub undo: &'static str,
    pub units_word: &'static str,
    pub col_name: &'static str,
    pub col_group: &'static str,
    pub col_kind: &'static str,
    pub col_target: &'static str,
    pub col_total: &'static str,
    pub col_online: &'static str,
    pub col_full: &'static str,
    pub col_rate: &'static str,
    pub col_note: &'static str,
    pub col_actions: &'static str,
    pub prev_page: &'static str,
    pub next_page: &'static str,
    pub unknown: &'static str,
    pub edit: &'static str,
    pub delete: &'static str,
    pub save: &'static str,
    pub cancel: &'static str,
    pub no_target: &'static str,
    pub groups_heading: &'static str,
    pub no_groups: &'static str,
    pub open: &'static str,
    pub open_in_calculator: &'static str,
    pub group_word: &'static str,
    pub ranking_heading: &'static str,
    pub ranking_n: &'static str,
    pub top: &'static str,
    pub bottom: &'static str,
    pub import_heading: &'static str,
    pub import_hint: &'static str,
    pub import_paste: &'static str,
    pub import_file: &'static str,
    pub import_replace: &'static str,
    pub import_unreadable: &'static str,
    pub copy_word: &'static str,
    pub rule_set_name: &'static str,
    pub in_use: &'static str,
    pub use_for_table: &'static str,
    pub copy_to_edit: &'static str,
    pub rule_sets_heading: &'static str,
    pub rule_sets_hint: &'static str,
    pub backup_heading: &'static str,
    pub backup_warning: &'static str,
    pub safari_warning: &'static str,
    pub safari_backup_link: &'static str,
    pub backup_download: &'static str,
    pub backup_restore: &'static str,
    pub backup_unreadable: &'static str,
    pub backup_confirm: &'static str,
}

pub static VI_TABLE: TableStrings = TableStrings {
    col_status: "Kết quả",
    table_heading: "Bảng đơn vị",
    add_unit: "+ Thêm đơn vị",
    failing_only: "Chỉ hiện đơn vị chưa đạt",
    export_csv: "Tải CSV (Excel)",
    export_json: "Tải JSON",
    deleted: "Đã xóa",
    undo: "Hoàn tác",
    units_word: "đơn vị",
    col_name: "Tên đơn vị",
    col_group: "Nhóm / huyện",
    col_kind: "Loại",
    col_target: "Hạng / chỉ tiêu",
    col_total: "Tổng số",
    col_online: "Trực tuyến",
    col_full: "Toàn trình",
    col_rate: "Tỷ lệ",
    col_note: "Ghi chú",
    col_actions: "Thao tác",
    prev_page: "‹ Trang trước",
    next_page: "Trang sau ›",
    unknown: "Chưa rõ",
    edit: "Sửa",
    delete: "Xóa",
    save: "Lưu",
    cancel: "Hủy",
    no_target: "(không đăng ký)",
    groups_heading: "Đánh giá theo nhóm / huyện",
    no_groups: "Chưa có nhóm: nhập cột Nhóm hoặc dán phụ lục có dòng huyện.",
    open: "Tính",
    open_in_calculator: "Mở đơn vị này trong trang Một xã",
    group_word: "nhóm",
    ranking_heading: "Xếp hạng theo tỷ lệ",
    ranking_n: "Số đơn vị mỗi đầu",
    top: "Cao nhất",
    bottom: "Thấp nhất",
    import_heading: "Nhập bảng",
    import_hint: "Dán từ Excel / LibreOffice (có hoặc không có dòng tiêu đề), hoặc phụ lục công văn (TT ⇥ Địa phương ⇥ Tỷ lệ ⇥ Ghi chú); hoặc mở tệp CSV / JSON. Xem trước rồi mới nhập.",
    import_paste: "Dán bảng vào đây",
    import_file: "Mở tệp…",
    import_replace: "Thay toàn bộ bảng hiện có",
    import_unreadable: "Không đọc được tệp JSON này",
    copy_word: "bản sao",
    rule_set_name: "Tên bộ tiêu chí",
    in_use: "đang dùng cho bảng",
    use_for_table: "Dùng cho bảng",
    copy_to_edit: "Sao chép để sửa",
    rule_sets_heading: "Bộ tiêu chí",
    rule_sets_hint: "Mỗi bộ tiêu chí ghi rõ căn cứ pháp lý. Bộ có sẵn không sửa được: sao chép rồi sửa từng ngưỡng; bản sao được lưu trên máy này.",
    backup_heading: "Sao lưu và khôi phục",
    backup_warning: "Trình duyệt (nhất là Safari trên iPhone) có thể tự xóa dữ liệu của trang sau vài ngày không mở. Hãy tải bản sao lưu định kỳ và giữ ở nơi an toàn.",
    safari_warning: "Safari (và mọi trình duyệt trên iPhone, iPad) có thể xóa dữ liệu của trang sau 7 ngày không mở trang. Hãy tải bản sao lưu sau mỗi lần nhập số liệu, hoặc thêm ứng dụng vào Màn hình chính (nút Chia sẻ → “Thêm vào MH chính”): mở từ đó, dữ liệu không bị xóa như vậy.",
    safari_backup_link: "Đến mục sao lưu",
    backup_download: "Tải bản sao lưu (JSON)",
    backup_restore: "Khôi phục từ tệp…",
    backup_unreadable: "Tệp này không phải bản sao lưu đọc được; không thay đổi gì",
    backup_confirm: "Khôi phục (thay dữ liệu hiện có)",
};

pub static EN_TABLE: TableStrings = TableStrings {
    col_status: "Status",
    table_heading: "Units table",
    add_unit: "+ Add unit",
    failing_only: "Show failing units only",
    export_csv: "Download CSV (Excel)",
    export_json: "Download JSON",
    deleted: "Deleted",
    undo: "Undo",
    units_word: "units",
    col_name: "Unit",
    col_group: "Group / district",
    col_kind: "Kind",
    col_target: "Tier / quota",
    col_total: "All",
    col_online: "Online",
    col_full: "Full-process",
    col_rate: "Rate",
    col_note: "Note",
    col_actions: "Actions",
    prev_page: "‹ Previous",
    next_page: "Next ›",
    unknown: "Unknown",
    edit: "Edit",
    delete: "Delete",
    save: "Save",
    cancel: "Cancel",
    no_target: "(none)",
    groups_heading: "Group (district) verdicts",
    no_groups: "No groups yet: fill the Group column or paste an appendix with district rows.",
    open: "Open",
    open_in_calculator: "Open this unit in the One commune page",
    group_word: "group",
    ranking_heading: "Ranking by rate",
    ranking_n: "Units at each end",
    top: "Highest",
    bottom: "Lowest",
    import_heading: "Import a table",
    import_hint: "Paste from Excel / LibreOffice (with or without a header row), or a letter's appendix (No ⇥ Unit ⇥ Rate ⇥ Note); or open a CSV / JSON file. Nothing is imported before you confirm.",
    import_paste: "Paste the table here",
    import_file: "Open a file…",
    import_replace: "Replace the whole current table",
    import_unreadable: "This JSON file could not be read",
    copy_word: "copy",
    rule_set_name: "Rule set name",
    in_use: "used by the table",
    use_for_table: "Use for the table",
    copy_to_edit: "Copy to edit",
    rule_sets_heading: "Rule sets",
    rule_sets_hint: "Each rule set names its legal basis. Presets cannot be changed: copy one and edit any threshold; copies are saved on this device.",
    backup_heading: "Backup and restore",
    backup_warning: "Browsers (Safari on iPhone above all) may delete a site's data after some days unused. Download a backup regularly and keep it somewhere safe.",
    safari_warning: "Safari (and every browser on iPhone and iPad) may delete this site's data after 7 days without a visit. Download a backup after each session of entering figures, or add the app to the Home Screen (Share → “Add to Home Screen”): opened from there, its data is not deleted that way.",
    safari_backup_link: "Go to the backup",
    backup_download: "Download a backup (JSON)",
    backup_restore: "Restore from a file…",
    backup_unreadable: "This file is not a readable backup; nothing was changed",
    backup_confirm: "Restore (replaces the current data)",
};

fn measure_word(lang: Lang, measure: Measure) -> &'static str {
    match measure {
        Measure::Online => lang.s().online_word,
        Measure::FullOnline => lang.s().full_word,
    }
}

/// "15 hồ sơ trực tuyến toàn trình" / "15 full-process online dossiers".
pub fn dossiers(lang: Lang, n: u64, measure: Measure) -> String {
    let n = format_count(n);
    match (lang, measure) {
        (Lang::Vi, Measure::Online) => format!("{n} hồ sơ trực tuyến"),
        (Lang::Vi, Measure::FullOnline) => format!("{n} hồ sơ trực tuyến toàn trình"),
        (Lang::En, m) => format!(
            "{n} {} dossier{}",
            measure_word(lang, m),
            if n == "1" { "" } else { "s" }
        ),
    }
}

/// The one-line answer a commune chairman reads; the commune's name in it is isolated.
pub fn verdict(lang: Lang, verdict: Verdict, name: &str) -> Msg {
    let who = name.trim();
    let Verdict::Met { registered } = verdict else {
        return Msg::app(verdict_text(lang, verdict));
    };
    let tier = registered.short_name();
    let (unnamed, rest) = match lang {
        Lang::Vi => (
            "Xã",
            format!(" đã đạt tiêu chí hồ sơ trực tuyến của {tier}."),
        ),
        Lang::En => (
            "The commune",
            format!(" meets the online-dossier criterion for {tier}."),
        ),
    };
    if who.is_empty() {
        Msg::app(format!("{unnamed}{rest}"))
    } else {
        Msg::default().user(who).and(rest)
    }
}

fn verdict_text(lang: Lang, verdict: Verdict) -> String {
    match (lang, verdict) {
        (Lang::Vi, Verdict::NoDossiers) => "Chưa có hồ sơ nào trong kỳ: chưa tính được tỷ lệ.".into(),
        (Lang::En, Verdict::NoDossiers) => "No dossiers in the period yet: there is no rate.".into(),
        (_, Verdict::Met { .. }) => String::new(),
        (Lang::Vi, Verdict::Short { registered, needed, measure }) => format!(
            "Cần thêm {} để đạt {}.",
            dossiers(lang, needed, measure),
            registered.short_name()
        ),
        (Lang::En, Verdict::Short { registered, needed, measure }) => format!(
            "{} more {} dossier{} needed to reach {}.",
            format_count(needed),
            measure_word(lang, measure),
            if needed == 1 { "" } else { "s" },
            registered.short_name()
        ),
        (Lang::Vi, Verdict::Unreachable { registered }) => format!(
            "Không thể đạt {} bằng cách thêm hồ sơ: ngưỡng 100 % đòi mọi hồ sơ đều đạt.",
            registered.short_name()
        ),
        (Lang::En, Verdict::Unreachable { registered }) => format!(
            "{} cannot be reached by adding dossiers: a 100 % threshold needs every dossier to count.",
            registered.short_name()
        ),
        (Lang::Vi, Verdict::NeedsFullCount { registered }) => format!(
            "Nhập số hồ sơ trực tuyến toàn trình để đánh giá {} (tiêu chí chuyển đổi số).",
            registered.short_name()
        ),
        (Lang::Vi, Verdict::NoThreshold { registered }) => format!(
            "Bộ tiêu chí này chưa có ngưỡng cho {} (của nhóm xã đã chọn): vào Bộ tiêu chí, sao chép và nhập ngưỡng.",
            registered.short_name()
        ),
        (Lang::En, Verdict::NoThreshold { registered }) => format!(
            "This rule set has no threshold for {} (for the chosen commune group): copy it under Rule sets and enter the thresholds.",
            registered.short_name()
        ),
        (Lang::En, Verdict::NeedsFullCount { registered }) => format!(
            "Enter the full-process online count to judge {} (digital-transformation criterion).",
            registered.short_name()
        ),
    }
}

pub fn field_error(lang: Lang, error: FieldError) -> &'static str {
    let vi = lang == Lang::Vi;
    match error {
        FieldError::Count(CountError::Empty) => {
            if vi {
                "Vui lòng nhập số hồ sơ."
            } else {
                "Enter a number of dossiers."
            }
        }
        FieldError::Count(CountError::Negative) => {
            if vi {
                "Số hồ sơ không thể âm."
            } else {
                "A count cannot be negative."
            }
        }
        FieldError::Count(CountError::NotWhole) => {
            if vi {
                "Số hồ sơ là số nguyên; dấu phẩy là dấu thập phân. Viết 1.234 hoặc 1234."
            } else {
                "Dossiers are counted whole; a comma is a decimal comma. Write 1.234 or 1234."
            }
        }
        FieldError::Count(CountError::BadGrouping) => {
            if vi {
                "Dấu chấm chỉ để tách hàng nghìn, ví dụ 1.234; số hồ sơ là số nguyên."
            } else {
                "Dots only separate thousands, e.g. 1.234; counts are whole numbers."
            }
        }
        FieldError::Count(CountError::NotANumber) => {
            if vi {
                "Chỉ nhập chữ số, ví dụ 1.234."
            } else {
                "Digits only, e.g. 1.234."
            }
        }
        FieldError::Count(CountError::TooLarge) => {
            if vi {
                "Số quá lớn: tối đa 1.000.000.000 hồ sơ."
            } else {
                "Too large: at most 1.000.000.000 dossiers."
            }
        }
        FieldError::OnlineExceedsTotal => {
            if vi {
                "Số hồ sơ trực tuyến không thể lớn hơn tổng số hồ sơ."
            } else {
                "Online dossiers cannot exceed all dossiers."
            }
        }
        FieldError::FullExceedsOnline => {
            if vi {
                "Số hồ sơ toàn trình không thể lớn hơn số hồ sơ trực tuyến."
            } else {
                "Full-process dossiers cannot exceed online dossiers."
            }
        }
    }
}

pub fn decode_reason(lang: Lang, reason: &DecodeError) -> String {
    match (lang, reason) {
        (Lang::Vi, DecodeError::NotJson) => "không phải dữ liệu của ứng dụng".into(),
        (Lang::En, DecodeError::NotJson) => "not the app's data".into(),
        (Lang::Vi, DecodeError::Foreign) => "dữ liệu lạ, không do ứng dụng này ghi".into(),
        (Lang::En, DecodeError::Foreign) => "foreign data, not written by this app".into(),
        (Lang::Vi, DecodeError::NewerSchema(v)) => {
            format!("ghi bởi phiên bản mới hơn (lược đồ {v})")
        }
        (Lang::En, DecodeError::NewerSchema(v)) => {
            format!("written by a newer version (schema {v})")
        }
        (Lang::Vi, DecodeError::Invalid) => "số liệu không hợp lệ".into(),
        (Lang::En, DecodeError::Invalid) => "impossible figures".into(),
    }
}

/// Why a chosen or pasted file (a table export, a backup) could not be read, and what to do.
pub fn file_reason(lang: Lang, reason: &DecodeError) -> String {
    match (lang, reason) {
        (Lang::Vi, DecodeError::NotJson) => "không phải JSON hợp lệ".into(),
        (Lang::En, DecodeError::NotJson) => "not valid JSON".into(),
        (Lang::Vi, DecodeError::Foreign) => "không phải tệp của ứng dụng này".into(),
        (Lang::En, DecodeError::Foreign) => "not a file of this app".into(),
        (Lang::Vi, DecodeError::NewerSchema(v)) => format!(
            "tệp do phiên bản mới hơn của ứng dụng ghi (định dạng {v}): hãy cập nhật ứng dụng (tải lại trang khi có mạng) rồi mở lại tệp"
        ),
        (Lang::En, DecodeError::NewerSchema(v)) => format!(
            "written by a newer version of the app (format {v}): update the app (reload the page while online), then open the file again"
        ),
        (Lang::Vi, DecodeError::Invalid) => "số liệu không hợp lệ".into(),
        (Lang::En, DecodeError::Invalid) => "impossible values".into(),
    }
}

pub fn notice(lang: Lang, notice: &Notice) -> String {
    match (lang, notice) {
        (Lang::Vi, Notice::Unavailable) => "Trình duyệt không cho lưu dữ liệu (chế độ riêng tư hoặc bị chặn): \
            số liệu chỉ giữ trong trang này và sẽ mất khi đóng trang."
            .into(),
        (Lang::En, Notice::Unavailable) => "This browser does not allow storage (private mode or blocked): \
            figures live only in this page and are lost when it closes."
            .into(),
        (Lang::Vi, Notice::KeptAside { kept_as, reason }) => format!(
            "Dữ liệu đã lưu trước đây không đọc được ({}). Đã cất nguyên vẹn dưới khóa “{kept_as}”, không xóa.",
            decode_reason(lang, reason)
        ),
        (Lang::En, Notice::KeptAside { kept_as, reason }) => format!(
            "Previously stored data could not be read ({}). It was kept intact under the key “{kept_as}”.",
            decode_reason(lang, reason)
        ),
        (Lang::Vi, Notice::Unreadable { reason }) => format!(
            "Dữ liệu đã lưu không đọc được ({}) và không cất riêng được: ứng dụng sẽ không ghi đè lên nó.",
            decode_reason(lang, reason)
        ),
        (Lang::En, Notice::Unreadable { reason }) => format!(
            "Stored data could not be read ({}) nor moved aside: the app will not write over it.",
            decode_reason(lang, reason)
        ),
        (Lang::Vi, Notice::Full) => "Bộ nhớ trình duyệt đã đầy: thay đổi mới có thể không lưu được. \
            Hãy tải bản sao lưu."
            .into(),
        (Lang::En, Notice::Full) => "Browser storage is full: new changes may not save. Download a backup."
            .into(),
        (Lang::Vi, Notice::Overtaken) => "Thẻ khác vừa lưu số liệu mới hơn; thay đổi vừa làm ở đây chưa lưu."
            .into(),
        (Lang::En, Notice::Overtaken) => "Another tab saved newer figures; the change just made here was not saved."
            .into(),
        (Lang::Vi, Notice::WriteFailed) => "Không lưu được (bộ nhớ trình duyệt đầy hoặc bị chặn): \
            số liệu mới chỉ còn trong trang này."
            .into(),
        (Lang::En, Notice::WriteFailed) => "Could not save (browser storage full or blocked): \
            the latest figures live only in this page."
            .into(),
    }
}

/// "≥ 30 % trực tuyến".
pub fn requirement(lang: Lang, percent: &str, measure: Measure) -> String {
    format!("≥ {percent} {}", measure_word(lang, measure))
}

pub fn tier_name(tier: Tier) -> &'static str {
    tier.short_name()
}

pub fn percent_error(lang: Lang, e: PercentError) -> &'static str {
    let vi = lang == Lang::Vi;
    match e {
        PercentError::Empty => {
            if vi {
                "Nhập một tỷ lệ, ví dụ 30 hoặc 67,5."
            } else {
                "Enter a rate, e.g. 30 or 67,5."
            }
        }
        PercentError::NotANumber => {
            if vi {
                "Không phải số: ví dụ 30 hoặc 67,5."
            } else {
                "Not a number: e.g. 30 or 67,5."
            }
        }
        PercentError::OutOfRange => {
            if vi {
                "Tỷ lệ phải từ 0 đến 100."
            } else {
                "A rate lies between 0 and 100."
            }
        }
        PercentError::TooPrecise => {
            if vi {
                "Tối đa hai chữ số thập phân."
            } else {
                "At most two decimals."
            }
        }
    }
}

pub fn row_problem(lang: Lang, problem: &RowProblem) -> String {
    let vi = lang == Lang::Vi;
    let count = |what_vi: &str, what_en: &str, e: CountError| {
        let why = field_error(lang, FieldError::Count(e));
        if vi {
            format!("{what_vi}: {why}")
        } else {
            format!("{what_en}: {why}")
        }
    };
    match problem {
        RowProblem::NoName => (if vi {
            "Thiếu tên đơn vị."
        } else {
            "The unit has no name."
        })
        .into(),
        RowProblem::BadTotal(e) => count("Tổng số", "All", *e),
        RowProblem::BadOnline(e) => count("Trực tuyến", "Online", *e),
        RowProblem::BadFull(e) => count("Toàn trình", "Full-process", *e),
        RowProblem::IncompleteCounts => (if vi {
            "Cần cả tổng số và số trực tuyến."
        } else {
            "Both the total and the online count are needed."
        })
        .into(),
        RowProblem::BadRate(e) => {
            if vi {
                format!("Tỷ lệ: {}", percent_error(lang, *e))
            } else {
                format!("Rate: {}", percent_error(lang, *e))
            }
        }
        RowProblem::Counts(crate::core::num::counts::CountsError::OnlineExceedsTotal) => {
            field_error(lang, FieldError::OnlineExceedsTotal).into()
        }
        RowProblem::Counts(crate::core::num::counts::CountsError::FullExceedsOnline) => {
            field_error(lang, FieldError::FullExceedsOnline).into()
        }
        RowProblem::UnknownKind(k) => {
            if vi {
                format!("Loại đơn vị “{k}” không rõ.")
            } else {
                format!("Unknown kind of unit “{k}”.")
            }
        }
        RowProblem::BadCommuneGroup(g) => {
            if vi {
                format!("Nhóm xã “{g}” không hợp lệ (1, 2 hoặc 3).")
            } else {
                format!("Invalid commune group “{g}” (1, 2 or 3).")
            }
        }
        RowProblem::TooManyRows { unread } => {
            let (max, unread) = (format_count(MAX_ROWS as u64), format_count(*unread as u64));
            if vi {
                format!("Quá giới hạn {max} dòng mỗi lần nhập: {unread} dòng từ dòng này trở đi chưa được đọc. Hãy nhập phần còn lại ở lần sau.")
            } else {
                format!("Over the limit of {max} rows per import: {unread} rows from this line on were not read. Import the rest in another go.")
            }
        }
        RowProblem::UnclosedQuote => (if vi {
            "Dấu ngoặc kép (\") mở ở dòng này không được đóng, nên dòng này không đọc được: hãy xóa dấu ngoặc hoặc thêm dấu đóng."
        } else {
            "A quote (\") opened on this line is never closed, so the line was not read: remove the quote or close it."
        })
        .into(),
        RowProblem::TooLong { field, chars, max } => {
            let (chars, max) = (format_count(*chars as u64), format_count(*max as u64));
            let (what_vi, what_en) = match field {
                TextField::Name => ("Tên đơn vị", "The unit's name"),
                TextField::Group => ("Nhóm / huyện", "The group"),
                TextField::Target => ("Hạng / chỉ tiêu", "The tier / quota"),
                TextField::Note => ("Ghi chú", "The note"),
            };
            if vi {
                format!("{what_vi} dài {chars} ký tự, tối đa {max}: hãy rút gọn.")
            } else {
                format!("{what_en} has {chars} characters, at most {max}: shorten it.")
            }
        }
        RowProblem::CellTooLong { column, chars } => {
            let (chars, max) = (
                format_count(*chars as u64),
                format_count(crate::core::table::csv::MAX_CELL_CHARS as u64),
            );
            if vi {
                format!("Ô thứ {column} dài {chars} ký tự, tối đa {max}: hãy rút gọn hoặc kiểm tra dấu ngoặc kép.")
            } else {
                format!("Cell {column} has {chars} characters, at most {max}: shorten it or check its quotes.")
            }
        }
        RowProblem::TooManyCells { cells } => {
            let (cells, max) = (
                format_count(*cells as u64),
                format_count(crate::core::table::csv::MAX_CELLS as u64),
            );
            if vi {
                format!("Dòng có {cells} ô, tối đa {max}: hãy kiểm tra dấu phân cách.")
            } else {
                format!("The row has {cells} cells, at most {max}: check the separators.")
            }
        }
    }
}

pub fn line_word(lang: Lang) -> &'static str {
    if lang == Lang::Vi {
        "Dòng"
    } else {
        "Line"
    }
}

pub fn preview_summary(lang: Lang, p: &Preview) -> String {
    let (units, groups, errors) = (
        format_count(p.units.len() as u64),
        p.groups.len(),
        p.errors.len(),
    );
    match lang {
        Lang::Vi => {
            format!("Đọc được {units} đơn vị, {groups} nhóm; {errors} dòng không đọc được.")
        }
        Lang::En => {
            format!("Read {units} units in {groups} groups; {errors} rows could not be read.")
        }
    }
}

pub fn import_button(lang: Lang, n: usize) -> String {
    let n = format_count(n as u64);
    match lang {
        Lang::Vi => format!("Nhập {n} đơn vị"),
        Lang::En => format!("Import {n} units"),
    }
}

pub fn imported(lang: Lang, n: usize) -> String {
    let n = format_count(n as u64);
    match lang {
        Lang::Vi => format!("Đã nhập {n} đơn vị vào bảng."),
        Lang::En => format!("Imported {n} units into the table."),
    }
}

/// The limits of one import, as the import panel states them.
pub fn import_limits(lang: Lang) -> String {
    let (rows, chars) = (
        format_count(MAX_ROWS as u64),
        format_count(MAX_CHARS as u64),
    );
    match lang {
        Lang::Vi => format!("Mỗi lần nhập đọc tối đa {rows} dòng và {chars} ký tự; bảng lớn hơn hãy chia thành nhiều lần nhập."),
        Lang::En => format!("Each import reads at most {rows} rows and {chars} characters; split a larger table into several imports."),
    }
}

/// A pasted text or a file over [`MAX_CHARS`]: nothing of it is read.
pub fn text_too_long(lang: Lang, chars: usize) -> String {
    let (chars, max) = (format_count(chars as u64), format_count(MAX_CHARS as u64));
    match lang {
        Lang::Vi => format!("Văn bản dài {chars} ký tự, quá giới hạn {max} ký tự mỗi lần nhập, nên chưa đọc gì: hãy chia bảng thành nhiều phần rồi nhập từng phần."),
        Lang::En => format!("The text has {chars} characters, over the limit of {max} per import, so nothing was read: split the table and import it part by part."),
    }
}

/// A long paste or file held aside instead of being put into the import box.
pub fn held_text(lang: Lang, lines: usize, chars: usize, file: Option<&str>) -> String {
    let (lines, chars) = (format_count(lines as u64), format_count(chars as u64));
    match (lang, file) {
        (Lang::Vi, None) => format!("Đã dán {lines} dòng ({chars} ký tự). Văn bản dài không hiện trong ô để trang không bị treo: dán bảng khác để thay, hoặc xóa."),
        (Lang::Vi, Some(f)) => format!("Đã mở tệp “{f}”: {lines} dòng ({chars} ký tự). Văn bản dài không hiện trong ô để trang không bị treo: dán hoặc mở bảng khác để thay, hoặc xóa."),
        (Lang::En, None) => format!("Pasted {lines} lines ({chars} characters). A long text is not shown in the box, so that the page stays responsive: paste another table to replace it, or clear it."),
        (Lang::En, Some(f)) => format!("Opened “{f}”: {lines} lines ({chars} characters). A long text is not shown in the box, so that the page stays responsive: paste or open another table to replace it, or clear it."),
    }
}

pub fn clear_held(lang: Lang) -> &'static str {
    match lang {
        Lang::Vi => "Xóa văn bản đã dán",
        Lang::En => "Clear the pasted text",
    }
}

/// Reading a large text in steps: how far it has got.
pub fn reading_progress(lang: Lang, percent: usize) -> String {
    match lang {
        Lang::Vi => format!("Đang đọc bảng… {percent} %"),
        Lang::En => format!("Reading the table… {percent} %"),
    }
}

/// A preview cut at [`MAX_ROWS`].
pub fn rows_limit(lang: Lang, unread: usize) -> String {
    let (max, unread) = (format_count(MAX_ROWS as u64), format_count(unread as u64));
    match lang {
        Lang::Vi => format!("Chỉ đọc {max} dòng đầu (giới hạn mỗi lần nhập); {unread} dòng sau chưa được đọc. Hãy nhập phần còn lại ở lần sau."),
        Lang::En => format!("Only the first {max} rows were read (the limit per import); {unread} more rows were not. Import the rest in another go."),
    }
}

/// Why a chosen file is not read: what it is, and what to do instead.
pub fn not_text(lang: Lang, file: &str, why: NotText) -> String {
    let vi = lang == Lang::Vi;
    let what = match why {
        NotText::Workbook => (if vi {
            "là sổ tính Excel (.xlsx/.xls/.ods), không phải văn bản: hãy lưu thành CSV (Tệp → Lưu thành → CSV UTF-8) hoặc sao chép các ô rồi dán vào ô trên"
        } else {
            "is an Excel workbook (.xlsx/.xls/.ods), not text: save it as CSV (File → Save as → CSV UTF-8) or copy the cells and paste them into the box above"
        })
        .to_owned(),
        NotText::Zip => (if vi {
            "là tệp nén (.zip), không phải bảng: hãy giải nén rồi mở tệp CSV bên trong"
        } else {
            "is a zip archive, not a table: unzip it and open the CSV file inside"
        })
        .to_owned(),
        NotText::Pdf => (if vi {
            "là tệp PDF, không đọc được thành bảng: hãy mở bản Excel / CSV gốc, hoặc sao chép bảng trong PDF rồi dán vào ô trên"
        } else {
            "is a PDF, which cannot be read as a table: open the original Excel / CSV file, or copy the table from the PDF and paste it into the box above"
        })
        .to_owned(),
        NotText::Image(kind) => {
            if vi {
                format!("là ảnh {}, không phải bảng: hãy mở bản Excel / CSV gốc", kind.name())
            } else {
                format!("is a {} image, not a table: open the original Excel / CSV file", kind.name())
            }
        }
        NotText::Nul { line } => {
            if vi {
                format!("chứa dữ liệu nhị phân (byte 0 ở dòng {line}), không phải văn bản: hãy chọn tệp CSV, TSV, TXT hoặc JSON")
            } else {
                format!("holds binary data (a zero byte on line {line}), not text: choose a CSV, TSV, TXT or JSON file")
            }
        }
        NotText::NotUtf8 { line } => {
            if vi {
                format!("không phải văn bản UTF-8 (ký tự lạ ở dòng {line}; có thể là bảng mã Windows-1258 hoặc TCVN3): hãy lưu lại thành “CSV UTF-8” rồi mở lại")
            } else {
                format!("is not UTF-8 text (an unreadable character on line {line}; perhaps Windows-1258 or TCVN3): save it again as “CSV UTF-8” and open it again")
            }
        }
    };
    if vi {
        format!("Tệp “{file}” {what}. Bảng không thay đổi.")
    } else {
        format!("The file “{file}” {what}. The table is unchanged.")
    }
}

/// How many groups are judged, and how many pass.
pub fn group_count(lang: Lang, groups: usize, passing: usize) -> String {
    let (n, ok, not) = (
        format_count(groups as u64),
        format_count(passing as u64),
        format_count((groups - passing.min(groups)) as u64),
    );
    match lang {
        Lang::Vi => format!("{n} nhóm: {ok} đạt, {not} chưa đạt."),
        Lang::En => format!("{n} groups: {ok} pass, {not} do not."),
    }
}

/// The errors past those listed.
pub fn more_rows(lang: Lang, n: usize) -> String {
    let n = format_count(n as u64);
    match lang {
        Lang::Vi => format!("… và {n} dòng khác không đọc được."),
        Lang::En => format!("… and {n} more rows that could not be read."),
    }
}

/// A JSON table's refused units are numbered, not lined.
pub fn unit_number_word(lang: Lang) -> &'static str {
    if lang == Lang::Vi {
        "Đơn vị thứ"
    } else {
        "Unit no."
    }
}

/// Each part of a group verdict: whether it holds, and what it says (unit names isolated).
pub fn group_parts(lang: Lang, v: &GroupVerdict) -> Vec<(bool, Msg)> {
    let vi = lang == Lang::Vi;
    // A group of thousands of communes names the first few and counts the rest.
    const NAMED: usize = 20;
    let names = |lead: &str, list: &[String]| {
        let shown = Msg::app(lead).users(&list[..list.len().min(NAMED)], ", ");
        match (list.len().saturating_sub(NAMED), vi) {
            (0, _) => shown.and("."),
            (more, true) => shown.and(format!(" và {} đơn vị khác.", format_count(more as u64))),
            (more, false) => shown.and(format!(" and {} more.", format_count(more as u64))),
        }
    };
    let all = match (v.all_reach.pass, vi) {
        (true, true) => Msg::app(format!("100% xã ({}) đạt tỷ lệ NTM.", v.communes)),
        (true, false) => Msg::app(format!("All {} communes reach the NTM rate.", v.communes)),
        (false, true) => names("Chưa đủ 100% xã đạt tỷ lệ NTM: ", &v.all_reach.breaking),
        (false, false) => names(
            "Not every commune reaches the NTM rate: ",
            &v.all_reach.breaking,
        ),
    };
    let some = Msg::app(if vi {
        format!(
            "{} / {} xã đạt tỷ lệ NTM nâng cao (cần ít nhất {}).",
            v.some_reached, v.communes, v.some_required
        )
    } else {
        format!(
            "{} of {} communes reach the advanced rate ({} needed).",
            v.some_reached, v.communes, v.some_required
        )
    });
    let towns = match (v.towns, v.towns_part.pass, vi) {
        (0, _, true) => Msg::app("Không có thị trấn."),
        (0, _, false) => Msg::app("No towns."),
        (n, true, true) => Msg::app(format!("{n} thị trấn đều đạt chỉ tiêu.")),
        (n, true, false) => Msg::app(format!("All {n} towns meet their quota.")),
        (_, false, true) => names("Thị trấn chưa đạt chỉ tiêu: ", &v.towns_part.breaking),
        (_, false, false) => names("Towns below their quota: ", &v.towns_part.breaking),
    };
    vec![
        (v.all_reach.pass, all),
        (v.some_pass, some),
        (v.towns_part.pass, towns),
    ]
}

/// Why a restore wrote nothing, naming the part that did not fit.
pub fn restore_failed(lang: Lang, key: crate::storage::Key, rolled_back: bool) -> String {
    use crate::storage::Key;
    let part = match (lang, key) {
        (Lang::Vi, Key::Commune) => "số liệu trang Một xã",
        (Lang::Vi, Key::Table) => "bảng đơn vị",
        (Lang::Vi, Key::RuleSets) => "các bộ tiêu chí",
        (Lang::Vi, Key::History) => "số liệu theo tháng",
        (Lang::Vi, Key::Lang) => "ngôn ngữ",
        (Lang::En, Key::Commune) => "the commune's figures",
        (Lang::En, Key::Table) => "the units table",
        (Lang::En, Key::RuleSets) => "the rule sets",
        (Lang::En, Key::History) => "the monthly figures",
        (Lang::En, Key::Lang) => "the language",
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
pub fn backup_summary(lang: Lang, b: &crate::core::stored::backup::Backup) -> Msg {
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
