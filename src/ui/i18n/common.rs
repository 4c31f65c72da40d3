//! What every page shows: the header, the navigation and the footer, the notices about
//! stored data, and the errors of a count or a rate typed in a field.

use super::{texts, Lang};
use crate::core::num::count::CountError;
use crate::core::num::percent::PercentError;
use crate::core::rules::form::FieldError;
use crate::core::stored::record::DecodeError;
use crate::core::stored::rule_set_file::FileError;
use crate::storage::Notice;

texts! {
    /// The header, the navigation and the footer of every page.
    pub struct CommonTexts, fn common;
    app_title: "Tỷ lệ hồ sơ trực tuyến" / "Online dossier rate",
    app_tagline: "Xã đạt tiêu chí nông thôn mới chưa, và còn thiếu bao nhiêu hồ sơ?"
        / "Does the commune meet the New Rural criterion, and how many dossiers short is it?",
    switch_to: "English" / "Tiếng Việt",
    privacy: "Số liệu chỉ lưu trong trình duyệt này, không gửi đi đâu."
        / "Figures stay in this browser; nothing is sent anywhere.",
    nav_label: "Chức năng" / "Views",
    nav_calculator: "Một xã" / "One commune",
    nav_table: "Bảng đơn vị" / "Units table",
    nav_rule_sets: "Bộ tiêu chí" / "Rule sets",
    nav_history: "Theo dõi" / "Over time",
}

/// Why stored data could not be read, as a notice says it.
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

/// What happened to the data stored in the browser.
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
        (Lang::Vi, Notice::HostedUnreadable(e)) => format!(
            "Tệp bộ tiêu chí của trang này (rule-sets.json) không đọc được ({}): ứng dụng dùng các bộ có sẵn. \
            Hãy báo cho nơi quản lý trang.",
            rule_set_file_reason(lang, e)
        ),
        (Lang::En, Notice::HostedUnreadable(e)) => format!(
            "This site's rule-set file (rule-sets.json) could not be read ({}): the app uses its own sets. \
            Tell whoever runs the site.",
            rule_set_file_reason(lang, e)
        ),
        (Lang::Vi, Notice::WriteFailed) => "Không lưu được (bộ nhớ trình duyệt đầy hoặc bị chặn): \
            số liệu mới chỉ còn trong trang này."
            .into(),
        (Lang::En, Notice::WriteFailed) => "Could not save (browser storage full or blocked): \
            the latest figures live only in this page."
            .into(),
    }
}

/// Why a rule-set file (the host's, or one opened) was not read, in a few words.
pub fn rule_set_file_reason(lang: Lang, e: &FileError) -> String {
    match (lang, e) {
        (Lang::Vi, FileError::TooLarge) => "tệp quá lớn (tối đa 1 MB)".into(),
        (Lang::En, FileError::TooLarge) => "the file is too large (1 MB at most)".into(),
        (Lang::Vi, FileError::NotJson) => "tệp không phải JSON".into(),
        (Lang::En, FileError::NotJson) => "the file is not JSON".into(),
        (Lang::Vi, FileError::Foreign) => "đây không phải tệp bộ tiêu chí của ntm-calc".into(),
        (Lang::En, FileError::Foreign) => "this is not an ntm-calc rule-set file".into(),
        (Lang::Vi, FileError::Newer(n)) => {
            format!("tệp do phiên bản mới hơn của ứng dụng ghi (định dạng {n}); hãy tải lại trang")
        }
        (Lang::En, FileError::Newer(n)) => {
            format!("a newer version of the app wrote the file (format {n}); reload the page")
        }
        (Lang::Vi, FileError::DamagedLink) => {
            "liên kết không nguyên vẹn (bị cắt bớt hoặc sửa) hoặc do phiên bản khác ghi".into()
        }
        (Lang::En, FileError::DamagedLink) => {
            "the link is not whole (cut short or altered) or another version wrote it".into()
        }
        (Lang::Vi, FileError::Count) => "tệp không có bộ nào, hoặc có quá 100 bộ".into(),
        (Lang::En, FileError::Count) => "the file holds no set, or more than 100".into(),
        (Lang::Vi, FileError::BadSet(i)) => {
            format!(
                "bộ thứ {} thiếu một giá trị hoặc có giá trị không hợp lệ",
                i + 1
            )
        }
        (Lang::En, FileError::BadSet(i)) => {
            format!("set {} has a missing or impossible value", i + 1)
        }
    }
}

/// A count of dossiers that was not taken, or counts that do not fit together.
#[inline(never)]
pub fn field_error(lang: Lang, error: FieldError) -> &'static str {
    match error {
        FieldError::Count(CountError::Empty) => match lang {
            Lang::Vi => "Vui lòng nhập số hồ sơ.",
            Lang::En => "Enter a number of dossiers.",
        },
        FieldError::Count(CountError::Negative) => match lang {
            Lang::Vi => "Số hồ sơ không thể âm.",
            Lang::En => "A count cannot be negative.",
        },
        FieldError::Count(CountError::NotWhole) => match lang {
            Lang::Vi => "Số hồ sơ là số nguyên; dấu phẩy là dấu thập phân. Viết 1.234 hoặc 1234.",
            Lang::En => {
                "Dossiers are counted whole; a comma is a decimal comma. Write 1.234 or 1234."
            }
        },
        FieldError::Count(CountError::BadGrouping) => match lang {
            Lang::Vi => "Dấu chấm chỉ để tách hàng nghìn, ví dụ 1.234; số hồ sơ là số nguyên.",
            Lang::En => "Dots only separate thousands, e.g. 1.234; counts are whole numbers.",
        },
        FieldError::Count(CountError::NotANumber) => match lang {
            Lang::Vi => "Chỉ nhập chữ số, ví dụ 1.234.",
            Lang::En => "Digits only, e.g. 1.234.",
        },
        FieldError::Count(CountError::TooLarge) => match lang {
            Lang::Vi => "Số quá lớn: tối đa 1.000.000.000 hồ sơ.",
            Lang::En => "Too large: at most 1.000.000.000 dossiers.",
        },
        FieldError::OnlineExceedsTotal => match lang {
            Lang::Vi => "Số hồ sơ trực tuyến không thể lớn hơn tổng số hồ sơ.",
            Lang::En => "Online dossiers cannot exceed all dossiers.",
        },
        FieldError::FullExceedsOnline => match lang {
            Lang::Vi => "Số hồ sơ toàn trình không thể lớn hơn số hồ sơ trực tuyến.",
            Lang::En => "Full-process dossiers cannot exceed online dossiers.",
        },
    }
}

/// A rate (a threshold, a scorecard figure) that was not taken.
pub fn percent_error(lang: Lang, e: PercentError) -> &'static str {
    match (e, lang) {
        (PercentError::Empty, Lang::Vi) => "Nhập một tỷ lệ, ví dụ 30 hoặc 67,5.",
        (PercentError::Empty, Lang::En) => "Enter a rate, e.g. 30 or 67,5.",
        (PercentError::NotANumber, Lang::Vi) => "Không phải số: ví dụ 30 hoặc 67,5.",
        (PercentError::NotANumber, Lang::En) => "Not a number: e.g. 30 or 67,5.",
        (PercentError::OutOfRange, Lang::Vi) => "Tỷ lệ phải từ 0 đến 100.",
        (PercentError::OutOfRange, Lang::En) => "A rate lies between 0 and 100.",
        (PercentError::TooPrecise, Lang::Vi) => "Tối đa hai chữ số thập phân.",
        (PercentError::TooPrecise, Lang::En) => "At most two decimals.",
    }
}
