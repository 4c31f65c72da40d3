//! The first page (one commune): its form, its results, its verdict and its rule set.

use super::{texts, Lang};
use crate::core::num::number_vi::format_count;
use crate::core::rules::assessment::{Measure, Verdict};
use crate::core::rules::rule_set::LegalBasis;
use crate::ui::widgets::user_text::Msg;

texts! {
    /// Texts of the first page only.
    pub struct CalculatorTexts, fn calculator;
    inputs_heading: "Số liệu của xã" / "The commune's figures",
    commune_name: "Tên xã / phường / đặc khu" / "Commune / ward / special zone",
    commune_name_placeholder: "Ví dụ: Xã Vạn Thạnh" / "e.g. Xã Vạn Thạnh",
    registered_tier: "Hạng đăng ký đạt chuẩn" / "Tier registered for",
    dx_criterion: "Chọn tiêu chí tự chọn về chuyển đổi số"
        / "Takes the optional digital-transformation criterion",
    dx_hint: "NTM kiểu mẫu khi đó cần thêm tỷ lệ hồ sơ trực tuyến toàn trình."
        / "The model tier then also needs a full-process online rate.",
    total: "Tổng số hồ sơ TTHC đã giải quyết" / "All procedure dossiers resolved",
    online: "Số hồ sơ giải quyết trực tuyến" / "Dossiers resolved online",
    full_online: "Số hồ sơ trực tuyến toàn trình" / "Full-process online dossiers",
    count_hint: "Ví dụ: 1.234 hoặc 1234" / "e.g. 1.234 or 1234",
    optional_hint: "Không bắt buộc; cần khi chọn tiêu chí chuyển đổi số."
        / "Optional; needed with the digital-transformation criterion.",
    results_heading: "Kết quả" / "Results",
    online_rate: "Tỷ lệ hồ sơ trực tuyến" / "Online rate",
    full_rate: "Tỷ lệ hồ sơ toàn trình" / "Full-process rate",
    no_dossiers: "Chưa có hồ sơ" / "No dossiers yet",
    tier_met: "Hạng đạt được" / "Tier met",
    no_tier_met: "Chưa đạt hạng nào" / "No tier met yet",
    col_existing: "Hoặc: số hồ sơ đã có lẽ ra phải trực tuyến"
        / "Or: existing dossiers that had to be online",
    registered_mark: "đăng ký" / "registered",
    needs_full_count: "Cần nhập số hồ sơ toàn trình" / "Enter the full-process count",
    with_dx: "nếu chọn chuyển đổi số" / "with digital transformation",
    needed_note: "Hồ sơ thêm vào đều là hồ sơ trực tuyến, nên cả tử số và mẫu số cùng tăng."
        / "Every added dossier is online, so numerator and denominator both grow.",
    fix_fields: "Sửa các ô được đánh dấu để xem kết quả."
        / "Fix the marked fields to see the results.",
    enter_counts: "Nhập tổng số hồ sơ và số hồ sơ trực tuyến để xem kết quả."
        / "Enter all dossiers and online dossiers to see the results.",
    saved_here: "Đã lưu trên máy này." / "Saved on this device.",
    share: "Chia sẻ số liệu (liên kết, mã QR)" / "Share the figures (link, QR code)",
    commune_group_none: "(chưa chọn nhóm)" / "(no group chosen)",
    col_needed: "Cần thêm hồ sơ" / "More dossiers needed",
    met: "Đạt" / "Met",
    not_met: "Chưa đạt" / "Not met",
    unreachable: "Không thể đạt bằng cách thêm hồ sơ" / "Cannot be reached by adding dossiers",
    online_word: "trực tuyến" / "online",
    full_word: "toàn trình" / "full-process",
    rule_set_heading: "Bộ tiêu chí áp dụng" / "Rule set applied",
    legal_basis: "Căn cứ" / "Legal basis",
    no_threshold: "Chưa nhập ngưỡng" / "Threshold not entered",
    commune_group: "Nhóm xã" / "Commune group",
}

fn measure_word(lang: Lang, measure: Measure) -> &'static str {
    match measure {
        Measure::Online => lang.calculator().online_word,
        Measure::FullOnline => lang.calculator().full_word,
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
/// The verdict for the commune `name`; `tier` is the registered tier's name.
pub fn verdict(lang: Lang, verdict: Verdict, name: &str, tier: &str) -> Msg {
    let who = name.trim();
    let Verdict::Met { .. } = verdict else {
        return Msg::app(verdict_text(lang, verdict, tier));
    };
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

fn verdict_text(lang: Lang, verdict: Verdict, tier: &str) -> String {
    match (lang, verdict) {
        (Lang::Vi, Verdict::NoDossiers) => "Chưa có hồ sơ nào trong kỳ: chưa tính được tỷ lệ.".into(),
        (Lang::En, Verdict::NoDossiers) => "No dossiers in the period yet: there is no rate.".into(),
        (_, Verdict::Met { .. }) => String::new(),
        (Lang::Vi, Verdict::Short { needed, measure, .. }) => format!(
            "Cần thêm {} để đạt {}.",
            dossiers(lang, needed, measure),
            tier
        ),
        (Lang::En, Verdict::Short { needed, measure, .. }) => format!(
            "{} more {} dossier{} needed to reach {}.",
            format_count(needed),
            measure_word(lang, measure),
            if needed == 1 { "" } else { "s" },
            tier
        ),
        (Lang::Vi, Verdict::Unreachable { .. }) => format!(
            "Không thể đạt {} bằng cách thêm hồ sơ: ngưỡng 100 % đòi mọi hồ sơ đều đạt.",
            tier
        ),
        (Lang::En, Verdict::Unreachable { .. }) => format!(
            "{} cannot be reached by adding dossiers: a 100 % threshold needs every dossier to count.",
            tier
        ),
        (Lang::Vi, Verdict::NeedsFullCount { .. }) => format!(
            "Nhập số hồ sơ trực tuyến toàn trình để đánh giá {} (tiêu chí chuyển đổi số).",
            tier
        ),
        (Lang::Vi, Verdict::NoThreshold { .. }) => format!(
            "Bộ tiêu chí này chưa có ngưỡng tỷ lệ hồ sơ trực tuyến cho {} (của nhóm xã đã chọn), nên chưa thể kết luận đạt hay chưa đạt. Để đặt ngưỡng: vào Bộ tiêu chí, sao chép bộ này và nhập ngưỡng tỉnh đã ban hành, hoặc mở tệp bộ tiêu chí của tỉnh.",
            tier
        ),
        (Lang::En, Verdict::NoThreshold { .. }) => format!(
            "This rule set has no online-dossier threshold for {} (for the chosen commune group), so there is no pass or fail yet. To set it: under Rule sets, copy this set and enter the province's thresholds, or open the province's rule-set file.",
            tier
        ),
        (Lang::En, Verdict::NeedsFullCount { .. }) => format!(
            "Enter the full-process online count to judge {} (digital-transformation criterion).",
            tier
        ),
    }
}

/// "≥ 30 % trực tuyến".
pub fn requirement(lang: Lang, percent: &str, measure: Measure) -> String {
    format!("≥ {percent} {}", measure_word(lang, measure))
}

/// The document a rule set comes from: "Quyết định … ngày … của …" / "Decision … of …, …".
// Inlined into its one caller (the rule set panel): as a call of its own, the first page's
// wasm grew by a few bytes.
#[inline(always)]
pub fn legal_source(lang: Lang, basis: &LegalBasis) -> String {
    match lang {
        Lang::Vi => {
            format!(
                "{} {} của {}",
                basis.document,
                basis.date.official_vi(),
                basis.issuer.vi,
            )
        }
        Lang::En => {
            format!(
                "{} of {}, {}",
                basis.document,
                basis.date.numeric(),
                basis.issuer.en,
            )
        }
    }
}
