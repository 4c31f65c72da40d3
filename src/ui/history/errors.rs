//! The history page's error messages, worded for the person at the field.

use crate::core::history::calendar::DateError;
use crate::core::history::month_entry::EntryError;
use crate::core::history::month_form::EntryFieldError;
use crate::core::history::period::PeriodError;
use crate::core::rules::form::FieldError;
use crate::ui::i18n::{self, Lang};

pub fn date_error(lang: Lang, error: DateError, month_only: bool) -> &'static str {
    let vi = lang == Lang::Vi;
    match (error, month_only, vi) {
        (DateError::Empty, _, true) => "Vui lòng nhập.",
        (DateError::Empty, _, false) => "Please fill this in.",
        (DateError::BadFormat, true, true) => "Viết tháng như 05/2024.",
        (DateError::BadFormat, true, false) => "Write the month as 05/2024.",
        (DateError::BadFormat, false, true) => "Viết ngày như 22/05/2024.",
        (DateError::BadFormat, false, false) => "Write the date as 22/05/2024.",
        (DateError::YearOutOfRange, _, true) => "Năm phải có bốn chữ số, từ 1000 đến 9999.",
        (DateError::YearOutOfRange, _, false) => "The year has four digits, 1000 to 9999.",
        (DateError::MonthOutOfRange, _, true) => "Tháng chỉ từ 1 đến 12.",
        (DateError::MonthOutOfRange, _, false) => "Months run from 1 to 12.",
        (DateError::DayOutOfRange, _, true) => "Tháng đó không có ngày này.",
        (DateError::DayOutOfRange, _, false) => "That month has no such day.",
    }
}

pub fn period_error(lang: Lang, error: PeriodError) -> &'static str {
    let vi = lang == Lang::Vi;
    match error {
        PeriodError::EndsBeforeStart if vi => "Ngày kết thúc đứng trước ngày bắt đầu.",
        PeriodError::EndsBeforeStart => "The end is before the start.",
        PeriodError::AssessmentBeforeStart if vi => "Ngày đánh giá đứng trước đầu kỳ.",
        PeriodError::AssessmentBeforeStart => "The assessment date is before the period starts.",
        PeriodError::NoSuchQuarter if vi => "Quý chỉ từ 1 đến 4.",
        PeriodError::NoSuchQuarter => "Quarters run from 1 to 4.",
        PeriodError::YearOutOfRange if vi => {
            "Năm của kỳ phải từ 2000 đến 2100, viết đủ bốn chữ số (ví dụ 2024)."
        }
        PeriodError::YearOutOfRange => {
            "The period's year must be from 2000 to 2100, in four digits (for example 2024)."
        }
        PeriodError::Date(e) => date_error(lang, e, false),
    }
}

fn order_error(lang: Lang, error: EntryError) -> &'static str {
    let vi = lang == Lang::Vi;
    match error {
        EntryError::OnlineExceedsTotal if vi => "Số hồ sơ trực tuyến lớn hơn tổng số hồ sơ.",
        EntryError::OnlineExceedsTotal => "More online dossiers than dossiers.",
        EntryError::FullExceedsOnline if vi => "Số hồ sơ toàn trình lớn hơn số hồ sơ trực tuyến.",
        EntryError::FullExceedsOnline => "More full-process dossiers than online ones.",
        EntryError::ExcludedExceedsTotal if vi => "Số hồ sơ không tính lớn hơn tổng số hồ sơ.",
        EntryError::ExcludedExceedsTotal => "More excluded dossiers than dossiers.",
        EntryError::ExcludedOnlineExceedsOnline if vi => {
            "Số hồ sơ trực tuyến không tính lớn hơn số hồ sơ trực tuyến."
        }
        EntryError::ExcludedOnlineExceedsOnline => "More excluded online dossiers than online ones.",
        EntryError::ExcludedOnlineExceedsExcluded if vi => {
            "Số hồ sơ trực tuyến không tính lớn hơn số hồ sơ không tính."
        }
        EntryError::ExcludedOnlineExceedsExcluded => {
            "More excluded online dossiers than excluded dossiers."
        }
        EntryError::ExcludedInPersonExceedsInPerson if vi => {
            "Số hồ sơ trực tiếp không tính lớn hơn số hồ sơ trực tiếp của tháng."
        }
        EntryError::ExcludedInPersonExceedsInPerson => {
            "More excluded in-person dossiers than the month's in-person ones."
        }
        EntryError::ExcludedFullExceedsFull if vi => {
            "Số hồ sơ toàn trình không tính lớn hơn số hồ sơ toàn trình."
        }
        EntryError::ExcludedFullExceedsFull => "More excluded full-process dossiers than full-process ones.",
        EntryError::ExcludedFullExceedsExcludedOnline if vi => {
            "Số hồ sơ toàn trình không tính lớn hơn số hồ sơ trực tuyến không tính."
        }
        EntryError::ExcludedFullExceedsExcludedOnline => {
            "More excluded full-process dossiers than excluded online ones."
        }
        EntryError::CountedFullExceedsCountedOnline if vi => {
            "Sau khi trừ hồ sơ không tính, số toàn trình lớn hơn số trực tuyến."
        }
        EntryError::CountedFullExceedsCountedOnline => {
            "Once excluded dossiers are left out, full-process exceeds online."
        }
        EntryError::InPersonExceedsRest if vi => {
            "Trực tuyến cộng trực tiếp lớn hơn tổng số hồ sơ."
        }
        EntryError::InPersonExceedsRest => "Online plus in person exceed all dossiers.",
        EntryError::ResolvedExceedsToProcess if vi => {
            "Trước hạn + đúng hạn + quá hạn lớn hơn số hồ sơ phải giải quyết (tổng + kỳ trước chuyển sang)."
        }
        EntryError::ResolvedExceedsToProcess => {
            "Early + on time + late exceed the dossiers to resolve (total + carried over)."
        }
    }
}

pub fn entry_error(lang: Lang, error: EntryFieldError) -> &'static str {
    match error {
        EntryFieldError::Month(e) => date_error(lang, e, true),
        EntryFieldError::Count(e) => i18n::field_error(lang, FieldError::Count(e)),
        EntryFieldError::Order(e) => order_error(lang, e),
    }
}
