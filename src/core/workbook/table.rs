//! The units table written as a workbook (.xlsx) with `rust_xlsxwriter`, only by the
//! workbook writer (`src/bin/excel_write.rs`).

use crate::core::rules::rule_set::RuleSet;
use crate::core::table::export::CSV_HEADER;
use crate::core::table::unit::{Figures, Unit};
use rust_xlsxwriter::{Format, FormatBorder, Workbook, XlsxError};

/// The table as a workbook (.xlsx): a title row and the rule set the table is judged by,
/// then the header of [`CSV_HEADER`] (frozen, bold), then a row per unit —
/// counts stored as numbers, rates as numbers shown `32,91 %`, texts as texts (a workbook
/// never runs a text as a formula). Read back by [`super::read::sheet_text`], it gives the same table.
pub fn write_table(units: &[Unit], rule_set: Option<&RuleSet>) -> Result<Vec<u8>, XlsxError> {
    let mut book = Workbook::new();
    let sheet = book.add_worksheet();
    sheet.set_name("Bang don vi")?;
    let bold = Format::new().set_bold();
    let header = Format::new()
        .set_bold()
        .set_text_wrap()
        .set_border(FormatBorder::Thin);
    let rate = Format::new().set_num_format("0.00\" %\"");
    sheet.write_string_with_format(0, 0, "BẢNG ĐƠN VỊ — TỶ LỆ HỒ SƠ TRỰC TUYẾN", &bold)?;
    if let Some(set) = rule_set {
        let basis = &set.legal_basis;
        let line = format!(
            "Bộ tiêu chí: {} — {} ngày {}",
            set.name.vi,
            basis.document,
            basis.date.numeric()
        );
        sheet.write_string(1, 0, line.as_str())?;
    }
    let top = 3;
    for (col, title) in CSV_HEADER.iter().enumerate() {
        sheet.write_string_with_format(top, col as u16, *title, &header)?;
    }
    let widths = [28.0, 18.0, 10.0, 16.0, 12.0, 12.0, 12.0, 10.0, 24.0, 9.0];
    for (col, width) in widths.iter().enumerate() {
        sheet.set_column_width(col as u16, *width)?;
    }
    sheet.set_freeze_panes(top + 1, 0)?;
    for (i, unit) in units.iter().enumerate() {
        let row = top + 1 + i as u32;
        sheet.write_string(row, 0, unit.name.as_str())?;
        if !unit.group.is_empty() {
            sheet.write_string(row, 1, unit.group.as_str())?;
        }
        sheet.write_string(row, 2, unit.kind.slug())?;
        if !unit.target.is_empty() {
            sheet.write_string(row, 3, unit.target.as_str())?;
        }
        match &unit.figures {
            Figures::Counts { counts } => {
                sheet.write_number(row, 4, counts.total().get() as f64)?;
                sheet.write_number(row, 5, counts.online().get() as f64)?;
                if let Some(full) = counts.full_online() {
                    sheet.write_number(row, 6, full.get() as f64)?;
                }
                if counts.total().get() > 0 {
                    let share = counts.online().get() as f64 * 100.0 / counts.total().get() as f64;
                    sheet.write_number_with_format(
                        row,
                        7,
                        (share * 100.0).floor() / 100.0,
                        &rate,
                    )?;
                }
            }
            Figures::Rate { rate: p } => {
                sheet.write_number_with_format(row, 7, f64::from(p.hundredths()) / 100.0, &rate)?;
            }
            Figures::Missing => {}
        }
        if !unit.note.is_empty() {
            sheet.write_string(row, 8, unit.note.as_str())?;
        }
        if let Some(g) = unit.commune_group {
            sheet.write_number(row, 9, f64::from(g))?;
        }
    }
    book.save_to_buffer()
}
