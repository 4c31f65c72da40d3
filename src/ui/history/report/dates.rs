//! Dates and places as the printed report writes them.

use crate::core::history::calendar::Date;

/// Today, from the browser's clock.
pub(super) fn today() -> Option<Date> {
    let now = js_sys::Date::new_0();
    let year = u16::try_from(now.get_full_year()).ok()?;
    let month = u8::try_from(now.get_month() + 1).ok()?;
    let day = u8::try_from(now.get_date()).ok()?;
    Date::new(year, month, day).ok()
}

/// "Vạn Thạnh" from "Xã Vạn Thạnh": the name without its kind of unit.
pub(super) fn place_of(name: &str) -> String {
    let trimmed = name.trim();
    let lower = trimmed.to_lowercase();
    for prefix in [
        "xã ",
        "phường ",
        "thị trấn ",
        "đặc khu ",
        "huyện ",
        "thị xã ",
        "thành phố ",
        "quận ",
    ] {
        if lower.starts_with(prefix) {
            // The prefix is the same number of characters in either case.
            let n = prefix.chars().count();
            return trimmed
                .chars()
                .skip(n)
                .collect::<String>()
                .trim()
                .to_owned();
        }
    }
    trimmed.to_owned()
}
