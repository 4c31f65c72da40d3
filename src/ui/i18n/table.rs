//! The table page: the units table, its rows and pages, the import, the group verdicts, the
//! rule sets, and the question before a unit replaces the first page's commune.

use super::{texts, Lang};
use crate::core::num::count::CountError;
use crate::core::num::counts::CountsError;
use crate::core::num::number_vi::format_count;
use crate::core::rules::form::FieldError;
use crate::core::rules::rule_set::RuleSet;
use crate::core::stored::record::{CommuneRecord, DecodeError};
use crate::core::stored::rule_set_file::{Difference, FileError};
use crate::core::table::columns::Role;
use crate::core::table::csv::{MAX_CELLS, MAX_CELL_CHARS};
use crate::core::table::evaluate::GroupVerdict;
use crate::core::table::import::{Preview, RowProblem, TextField, MAX_CHARS, MAX_ROWS};
use crate::core::table::sniff::NotText;
use crate::core::table::unit::UnitKind;
use crate::ui::i18n::common::{field_error, percent_error, rule_set_file_reason};
use crate::ui::widgets::user_text::Msg;

texts! {
    /// Texts of the table page (kept apart so that the first page's bundle does not carry
    /// them).
    pub struct TableTexts, fn table;
    col_status: "Kết quả" / "Status",
    table_heading: "Bảng đơn vị" / "Units table",
    add_unit: "+ Thêm đơn vị" / "+ Add unit",
    failing_only: "Chỉ hiện đơn vị chưa đạt" / "Show failing units only",
    export_csv: "Tải CSV (Excel)" / "Download CSV (Excel)",
    export_json: "Tải JSON" / "Download JSON",
    deleted: "Đã xóa" / "Deleted",
    undo: "Hoàn tác" / "Undo",
    units_word: "đơn vị" / "units",
    col_name: "Tên đơn vị" / "Unit",
    col_group: "Nhóm / huyện" / "Group / district",
    col_kind: "Loại" / "Kind",
    col_target: "Hạng / chỉ tiêu" / "Tier / quota",
    col_total: "Tổng số" / "All",
    col_online: "Trực tuyến" / "Online",
    col_full: "Toàn trình" / "Full-process",
    col_rate: "Tỷ lệ" / "Rate",
    col_note: "Ghi chú" / "Note",
    col_actions: "Thao tác" / "Actions",
    prev_page: "‹ Trang trước" / "‹ Previous",
    next_page: "Trang sau ›" / "Next ›",
    unknown: "Chưa rõ" / "Unknown",
    edit: "Sửa" / "Edit",
    delete: "Xóa" / "Delete",
    save: "Lưu" / "Save",
    cancel: "Hủy" / "Cancel",
    no_target: "(không đăng ký)" / "(none)",
    groups_heading: "Đánh giá theo nhóm / huyện" / "Group (district) verdicts",
    no_groups: "Chưa có nhóm: nhập cột Nhóm hoặc dán phụ lục có dòng huyện."
        / "No groups yet: fill the Group column or paste an appendix with district rows.",
    open: "Tính" / "Open",
    open_in_calculator: "Mở đơn vị này trong trang Một xã"
        / "Open this unit in the One commune page",
    group_word: "nhóm" / "group",
    ranking_heading: "Xếp hạng theo tỷ lệ" / "Ranking by rate",
    ranking_n: "Số đơn vị mỗi đầu" / "Units at each end",
    top: "Cao nhất" / "Highest",
    bottom: "Thấp nhất" / "Lowest",
    import_heading: "Nhập bảng" / "Import a table",
    import_hint: "Dán từ Excel / LibreOffice (có hoặc không có dòng tiêu đề), hoặc phụ lục công văn (TT ⇥ Địa phương ⇥ Tỷ lệ ⇥ Ghi chú); hoặc mở tệp CSV / JSON, hay bảng tính Excel / LibreOffice (.xlsx, .xls, .ods) tải từ hệ thống một cửa. Xem trước rồi mới nhập."
        / "Paste from Excel / LibreOffice (with or without a header row), or a letter's appendix (No ⇥ Unit ⇥ Rate ⇥ Note); or open a CSV / JSON file, or an Excel / LibreOffice workbook (.xlsx, .xls, .ods) downloaded from the one-stop system. Nothing is imported before you confirm.",
    import_paste: "Dán bảng vào đây" / "Paste the table here",
    import_file: "Mở tệp…" / "Open a file…",
    import_replace: "Thay toàn bộ bảng hiện có" / "Replace the whole current table",
    import_unreadable: "Không đọc được tệp JSON này" / "This JSON file could not be read",
    copy_word: "bản sao" / "copy",
    rule_set_name: "Tên bộ tiêu chí" / "Rule set name",
    in_use: "đang dùng cho bảng" / "used by the table",
    use_for_table: "Dùng cho bảng" / "Use for the table",
    copy_to_edit: "Sao chép để sửa" / "Copy to edit",
    rule_sets_heading: "Bộ tiêu chí" / "Rule sets",
    rule_sets_hint: "Mỗi bộ tiêu chí ghi rõ căn cứ pháp lý. Bộ có sẵn không sửa được: sao chép rồi sửa từng ngưỡng; bản sao được lưu trên máy này."
        / "Each rule set names its legal basis. Presets cannot be changed: copy one and edit any threshold; copies are saved on this device.",
    rule_set_export: "Tải tệp bộ này (.json)" / "Download this set (.json)",
    rule_set_link: "Liên kết và mã QR" / "Link and QR code",
    carries_rule_set: "Bảng này kèm bộ tiêu chí" / "This table comes with the rule set",
    share_table: "Chia sẻ bảng (liên kết, mã QR)" / "Share the table (link, QR code)",
    share_table_too_long: "Bảng quá lớn cho một liên kết: hãy gửi tệp “Tải JSON” — tệp mang đủ các đơn vị và bộ tiêu chí, mở bằng ô nhập bảng."
        / "The table is too large for a link: send the “Download JSON” file — it carries the units and the rule set; open it with the table import.",
    shared_link: "liên kết chia sẻ" / "shared link",
    export_xlsx: "Tải Excel (.xlsx)" / "Download Excel (.xlsx)",
    xlsx_writing: "Đang tạo tệp Excel…" / "Writing the Excel file…",
    xlsx_failed: "Không tạo được tệp Excel (lần đầu cần mạng để tải bộ ghi Excel)."
        / "The Excel file could not be written (the first time needs the network to load the Excel writer).",
    shared_link_damaged: "Liên kết bảng không nguyên vẹn (bị cắt bớt hoặc sửa) hoặc do phiên bản khác ghi: không nhập gì."
        / "The table link is not whole (cut short or altered) or another version wrote it: nothing was imported.",
    carries_rule_set_end: "; bộ này sẽ được thêm (không thay bộ nào) và dùng cho bảng khi nhập."
        / "; it will be added (replacing none) and used for the table on import.",
    rule_set_link_too_long: "Bộ này quá lớn cho một liên kết: hãy gửi tệp (.json)."
        / "This set is too large for a link: send the file (.json).",
    from_this_site: "do trang này cung cấp" / "published by this site",
    rule_set_file: "Mở tệp bộ tiêu chí (.json) — của tỉnh, huyện hoặc tải từ máy khác"
        / "Open a rule-set file (.json) — the province's, the district's, or one downloaded on another device",
    rule_set_file_hint: "Xem trước rồi mới thêm; bộ đang có không bao giờ bị thay."
        / "Nothing is added before you confirm; a set here is never replaced.",
    import_sets_heading: "Bộ tiêu chí trong tệp" / "Rule sets in the file",
    import_sets_confirm: "Thêm các bộ này" / "Add these sets",
    set_new: "Chưa có trên máy này: sẽ được thêm." / "Not on this device yet: it will be added.",
    set_same: "Giống hệt bộ đang có: bỏ qua." / "The same as a set here: skipped.",
    set_differs: "Khác bộ cùng mã đang có, ở: " / "Differs from the set here with this id, in: ",
    set_differs_end: ". Được thêm thành bộ mới; bộ đang có giữ nguyên."
        / ". Added as a new set; the one here stays as it is.",
    open_holds: "Trang Một xã đang có " / "The One commune page holds ",
    open_replace_with: ". Thay bằng " / ". Replace it with ",
    open_replace: "Thay và mở" / "Replace and open",
    open_keep: "Không, giữ số liệu đang có" / "No, keep what is there",
    save_failed: "Không lưu được vào trình duyệt." / "Could not save in this browser.",
    // The words of a rate, its verdict and its rule set, as the first page says them too
    // (each page's bundle holds its own).
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

/// A kind of unit: "Xã", "Phường" … / "Commune", "Ward" …
pub fn unit_kind(lang: Lang, kind: UnitKind) -> &'static str {
    match lang {
        Lang::Vi => kind.name_vi(),
        Lang::En => kind.name_en(),
    }
}

/// A commune the first page holds or would hold, in one line.
pub fn commune_summary(lang: Lang, r: &CommuneRecord) -> String {
    let name = match (r.name.trim(), lang) {
        ("", Lang::Vi) => "(chưa đặt tên)",
        ("", Lang::En) => "(no name)",
        (name, _) => name,
    };
    let counts = r.counts.map(|c| (c.total().get(), c.online().get()));
    match (lang, counts) {
        (Lang::Vi, Some((t, o))) => format!(
            "{name}: {} hồ sơ, {} trực tuyến",
            format_count(t),
            format_count(o)
        ),
        (Lang::En, Some((t, o))) => format!(
            "{name}: {} dossiers, {} online",
            format_count(t),
            format_count(o)
        ),
        (Lang::Vi, None) => format!("{name}: chưa có số liệu"),
        (Lang::En, None) => format!("{name}: no figures yet"),
    }
}

/// Why a row of a pasted table or a unit being edited was not taken.
pub fn row_problem(lang: Lang, problem: &RowProblem) -> String {
    let count = |what_vi: &str, what_en: &str, e: CountError| {
        let why = field_error(lang, FieldError::Count(e));
        match lang {
            Lang::Vi => format!("{what_vi}: {why}"),
            Lang::En => format!("{what_en}: {why}"),
        }
    };
    match problem {
        RowProblem::NoName => match lang {
            Lang::Vi => "Thiếu tên đơn vị.",
            Lang::En => "The unit has no name.",
        }
        .into(),
        RowProblem::BadTotal(e) => count("Tổng số", "All", *e),
        RowProblem::BadOnline(e) => count("Trực tuyến", "Online", *e),
        RowProblem::BadFull(e) => count("Toàn trình", "Full-process", *e),
        RowProblem::IncompleteCounts => match lang {
            Lang::Vi => "Cần cả tổng số và số trực tuyến.",
            Lang::En => "Both the total and the online count are needed.",
        }
        .into(),
        RowProblem::BadRate(e) => match lang {
            Lang::Vi => format!("Tỷ lệ: {}", percent_error(lang, *e)),
            Lang::En => format!("Rate: {}", percent_error(lang, *e)),
        },
        RowProblem::Counts(CountsError::OnlineExceedsTotal) => {
            field_error(lang, FieldError::OnlineExceedsTotal).into()
        }
        RowProblem::Counts(CountsError::FullExceedsOnline) => {
            field_error(lang, FieldError::FullExceedsOnline).into()
        }
        RowProblem::UnknownKind(k) => match lang {
            Lang::Vi => format!("Loại đơn vị “{k}” không rõ."),
            Lang::En => format!("Unknown kind of unit “{k}”."),
        },
        RowProblem::BadCommuneGroup(g) => match lang {
            Lang::Vi => format!("Nhóm xã “{g}” không hợp lệ (1, 2 hoặc 3)."),
            Lang::En => format!("Invalid commune group “{g}” (1, 2 or 3)."),
        },
        RowProblem::TooManyRows { unread } => {
            let (max, unread) = (format_count(MAX_ROWS as u64), format_count(*unread as u64));
            match lang {
                Lang::Vi => format!("Quá giới hạn {max} dòng mỗi lần nhập: {unread} dòng từ dòng này trở đi chưa được đọc. Hãy nhập phần còn lại ở lần sau."),
                Lang::En => format!("Over the limit of {max} rows per import: {unread} rows from this line on were not read. Import the rest in another go."),
            }
        }
        RowProblem::UnclosedQuote => match lang {
            Lang::Vi => "Dấu ngoặc kép (\") mở ở dòng này không được đóng, nên dòng này không đọc được: hãy xóa dấu ngoặc hoặc thêm dấu đóng.",
            Lang::En => "A quote (\") opened on this line is never closed, so the line was not read: remove the quote or close it.",
        }
        .into(),
        RowProblem::TooLong { field, chars, max } => {
            let (chars, max) = (format_count(*chars as u64), format_count(*max as u64));
            let (what_vi, what_en) = match field {
                TextField::Name => ("Tên đơn vị", "The unit's name"),
                TextField::Group => ("Nhóm / huyện", "The group"),
                TextField::Target => ("Hạng / chỉ tiêu", "The tier / quota"),
                TextField::Note => ("Ghi chú", "The note"),
            };
            match lang {
                Lang::Vi => format!("{what_vi} dài {chars} ký tự, tối đa {max}: hãy rút gọn."),
                Lang::En => {
                    format!("{what_en} has {chars} characters, at most {max}: shorten it.")
                }
            }
        }
        RowProblem::CellTooLong { column, chars } => {
            let (chars, max) = (
                format_count(*chars as u64),
                format_count(MAX_CELL_CHARS as u64),
            );
            match lang {
                Lang::Vi => format!("Ô thứ {column} dài {chars} ký tự, tối đa {max}: hãy rút gọn hoặc kiểm tra dấu ngoặc kép."),
                Lang::En => format!("Cell {column} has {chars} characters, at most {max}: shorten it or check its quotes."),
            }
        }
        RowProblem::TooManyCells { cells } => {
            let (cells, max) = (format_count(*cells as u64), format_count(MAX_CELLS as u64));
            match lang {
                Lang::Vi => format!("Dòng có {cells} ô, tối đa {max}: hãy kiểm tra dấu phân cách."),
                Lang::En => {
                    format!("The row has {cells} cells, at most {max}: check the separators.")
                }
            }
        }
    }
}

/// What a column of an imported table holds, as the mapping offers it.
pub fn role_name(lang: Lang, role: Role) -> &'static str {
    match (lang, role) {
        (Lang::Vi, Role::Name) => "Tên đơn vị",
        (Lang::En, Role::Name) => "Unit name",
        (Lang::Vi, Role::Numbering) => "Số thứ tự",
        (Lang::En, Role::Numbering) => "Row number",
        (Lang::Vi, Role::Group) => "Nhóm (huyện, cụm)",
        (Lang::En, Role::Group) => "Group (district, cluster)",
        (Lang::Vi, Role::CommuneGroup) => "Nhóm xã (1, 2, 3)",
        (Lang::En, Role::CommuneGroup) => "Commune group (1, 2, 3)",
        (Lang::Vi, Role::Kind) => "Loại (xã, phường, đặc khu)",
        (Lang::En, Role::Kind) => "Kind (commune, ward, special zone)",
        (Lang::Vi, Role::Target) => "Hạng / chỉ tiêu đăng ký",
        (Lang::En, Role::Target) => "Tier or quota registered",
        (Lang::Vi, Role::Total) => "Tổng số hồ sơ",
        (Lang::En, Role::Total) => "All dossiers",
        (Lang::Vi, Role::Online) => "Hồ sơ trực tuyến",
        (Lang::En, Role::Online) => "Online dossiers",
        (Lang::Vi, Role::Full) => "Trực tuyến toàn trình",
        (Lang::En, Role::Full) => "Full-process online",
        (Lang::Vi, Role::Rate) => "Tỷ lệ (%)",
        (Lang::En, Role::Rate) => "Rate (%)",
        (Lang::Vi, Role::Note) => "Ghi chú",
        (Lang::En, Role::Note) => "Note",
        (Lang::Vi, Role::Ignore) => "— Không đọc —",
        (Lang::En, Role::Ignore) => "— Not read —",
    }
}

pub fn line_word(lang: Lang) -> &'static str {
    match lang {
        Lang::Vi => "Dòng",
        Lang::En => "Line",
    }
}

/// A JSON table's refused units are numbered, not lined.
pub fn unit_number_word(lang: Lang) -> &'static str {
    match lang {
        Lang::Vi => "Đơn vị thứ",
        Lang::En => "Unit no.",
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
    let what = match why {
        NotText::Workbook => match lang {
            Lang::Vi => "là sổ tính Excel (.xlsx/.xls/.ods), không phải văn bản: hãy lưu thành CSV (Tệp → Lưu thành → CSV UTF-8) hoặc sao chép các ô rồi dán vào ô trên",
            Lang::En => "is an Excel workbook (.xlsx/.xls/.ods), not text: save it as CSV (File → Save as → CSV UTF-8) or copy the cells and paste them into the box above",
        }
        .to_owned(),
        NotText::Document => match lang {
            Lang::Vi => "là văn bản Word, không phải bảng tính: hãy mở tệp Excel tải từ hệ thống, hoặc sao chép bảng trong văn bản rồi dán vào ô trên",
            Lang::En => "is a Word document, not a workbook: open the Excel file downloaded from the system, or copy the table from the document and paste it into the box above",
        }
        .to_owned(),
        NotText::Zip => match lang {
            Lang::Vi => "là tệp nén (.zip), không phải bảng: hãy giải nén rồi mở tệp CSV bên trong",
            Lang::En => "is a zip archive, not a table: unzip it and open the CSV file inside",
        }
        .to_owned(),
        NotText::Pdf => match lang {
            Lang::Vi => "là tệp PDF, không đọc được thành bảng: hãy mở bản Excel / CSV gốc, hoặc sao chép bảng trong PDF rồi dán vào ô trên",
            Lang::En => "is a PDF, which cannot be read as a table: open the original Excel / CSV file, or copy the table from the PDF and paste it into the box above",
        }
        .to_owned(),
        NotText::Image(kind) => match lang {
            Lang::Vi => {
                format!("là ảnh {}, không phải bảng: hãy mở bản Excel / CSV gốc", kind.name())
            }
            Lang::En => format!(
                "is a {} image, not a table: open the original Excel / CSV file",
                kind.name()
            ),
        },
        NotText::Nul { line } => match lang {
            Lang::Vi => format!("chứa dữ liệu nhị phân (byte 0 ở dòng {line}), không phải văn bản: hãy chọn tệp CSV, TSV, TXT hoặc JSON"),
            Lang::En => format!("holds binary data (a zero byte on line {line}), not text: choose a CSV, TSV, TXT or JSON file"),
        },
        NotText::NotUtf8 { line } => match lang {
            Lang::Vi => format!("không phải văn bản UTF-8 (ký tự lạ ở dòng {line}; có thể là bảng mã Windows-1258 hoặc TCVN3): hãy lưu lại thành “CSV UTF-8” rồi mở lại"),
            Lang::En => format!("is not UTF-8 text (an unreadable character on line {line}; perhaps Windows-1258 or TCVN3): save it again as “CSV UTF-8” and open it again"),
        },
    };
    match lang {
        Lang::Vi => format!("Tệp “{file}” {what}. Bảng không thay đổi."),
        Lang::En => format!("The file “{file}” {what}. The table is unchanged."),
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

/// How many groups are judged, and how many pass.
/// What differs between a set here and one in a file, in words.
pub fn difference(lang: Lang, d: Difference) -> &'static str {
    match (lang, d) {
        (Lang::Vi, Difference::Name) => "tên",
        (Lang::Vi, Difference::Period) => "giai đoạn",
        (Lang::Vi, Difference::LegalBasis) => "căn cứ pháp lý",
        (Lang::Vi, Difference::Tiers) => "các hạng (tên, thứ tự)",
        (Lang::Vi, Difference::Thresholds) => "ngưỡng của các hạng",
        (Lang::Vi, Difference::Groups) => "nhóm xã",
        (Lang::Vi, Difference::Quotas) => "chỉ tiêu",
        (Lang::Vi, Difference::GroupRule) => "tiêu chí của huyện",
        (Lang::En, Difference::Name) => "name",
        (Lang::En, Difference::Period) => "period",
        (Lang::En, Difference::LegalBasis) => "legal basis",
        (Lang::En, Difference::Tiers) => "tiers (names, order)",
        (Lang::En, Difference::Thresholds) => "tier thresholds",
        (Lang::En, Difference::Groups) => "commune groups",
        (Lang::En, Difference::Quotas) => "quotas",
        (Lang::En, Difference::GroupRule) => "district rule",
    }
}

/// Why a rule-set file was not read: nothing was added.
pub fn rule_set_file_error(lang: Lang, e: &FileError) -> String {
    let reason = rule_set_file_reason(lang, e);
    match lang {
        Lang::Vi => format!("Không thêm bộ nào: {reason}."),
        Lang::En => format!("No set was added: {reason}."),
    }
}

/// After an import.
pub fn sets_added(lang: Lang, added: usize, skipped: usize) -> String {
    match lang {
        Lang::Vi => {
            format!("Đã thêm {added} bộ tiêu chí; bỏ qua {skipped} bộ giống hệt bộ đang có.")
        }
        Lang::En => format!("{added} rule sets added; {skipped} identical to sets here skipped."),
    }
}

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

/// Each part of a group verdict: whether it holds, and what it says (unit names isolated).
pub fn group_parts(lang: Lang, v: &GroupVerdict) -> Vec<(bool, Msg)> {
    // A group of thousands of communes names the first few and counts the rest.
    const NAMED: usize = 20;
    let names = |lead: &str, list: &[String]| {
        let shown = Msg::app(lead).users(&list[..list.len().min(NAMED)], ", ");
        match (list.len().saturating_sub(NAMED), lang) {
            (0, _) => shown.and("."),
            (more, Lang::Vi) => {
                shown.and(format!(" và {} đơn vị khác.", format_count(more as u64)))
            }
            (more, Lang::En) => shown.and(format!(" and {} more.", format_count(more as u64))),
        }
    };
    let all = match (v.all_reach.pass, lang) {
        (true, Lang::Vi) => Msg::app(format!("100% xã ({}) đạt tỷ lệ NTM.", v.communes)),
        (true, Lang::En) => Msg::app(format!("All {} communes reach the NTM rate.", v.communes)),
        (false, Lang::Vi) => names("Chưa đủ 100% xã đạt tỷ lệ NTM: ", &v.all_reach.breaking),
        (false, Lang::En) => names(
            "Not every commune reaches the NTM rate: ",
            &v.all_reach.breaking,
        ),
    };
    let some = Msg::app(match lang {
        Lang::Vi => format!(
            "{} / {} xã đạt tỷ lệ NTM nâng cao (cần ít nhất {}).",
            v.some_reached, v.communes, v.some_required
        ),
        Lang::En => format!(
            "{} of {} communes reach the advanced rate ({} needed).",
            v.some_reached, v.communes, v.some_required
        ),
    });
    let towns = match (v.towns, v.towns_part.pass, lang) {
        (0, _, Lang::Vi) => Msg::app("Không có thị trấn."),
        (0, _, Lang::En) => Msg::app("No towns."),
        (n, true, Lang::Vi) => Msg::app(format!("{n} thị trấn đều đạt chỉ tiêu.")),
        (n, true, Lang::En) => Msg::app(format!("All {n} towns meet their quota.")),
        (_, false, Lang::Vi) => names("Thị trấn chưa đạt chỉ tiêu: ", &v.towns_part.breaking),
        (_, false, Lang::En) => names("Towns below their quota: ", &v.towns_part.breaking),
    };
    vec![
        (v.all_reach.pass, all),
        (v.some_pass, some),
        (v.towns_part.pass, towns),
    ]
}

/// What a shared table's link carries.
pub fn share_table_holds(lang: Lang, units: usize, set: &RuleSet) -> String {
    let n = format_count(units as u64);
    let name = lang.pick(&set.name);
    match lang {
        Lang::Vi => format!(
            "Liên kết mang {n} đơn vị (tên, nhóm, nhóm xã, hạng hoặc chỉ tiêu, số liệu) và bộ tiêu chí “{name}”. Người mở xem trước rồi mới nhập."
        ),
        Lang::En => format!(
            "The link carries {n} units (names, groups, commune groups, tiers or quotas, figures) and the rule set “{name}”. Whoever opens it sees a preview before anything is imported."
        ),
    }
}
