//! The quarterly-report metrics of Ninh Bình's report on public services (Q1 2022,
//! docs/sources.md): per unit, dossiers received (online or in person), to process (carried
//! over included), resolved early, on time or late, and through the public postal service
//! (BCCI); the shares of each; totals per level (department, district, commune); and top /
//! bottom rankings.
//!
//! Shares are exact and shown with two decimals, rounded half up. That report itself sometimes
//! cuts instead (69.967 / 99.854 is printed 70,06 %, exactly 70,0693… %); the tests say
//! where.

use crate::core::num::count::Count;
use crate::core::num::rate::Rate;
use crate::core::table::unit::UnitKind;
use std::cmp::Ordering;

/// The level of government a unit belongs to in the report.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Level {
    /// Provincial departments, boards and agencies (sở, ban, ngành).
    Department,
    /// District level (huyện, thị xã, thành phố thuộc tỉnh), abolished in 2025.
    District,
    /// Commune level (xã, phường, thị trấn, đặc khu).
    Commune,
}

impl Level {
    pub const ALL: [Level; 3] = [Level::Department, Level::District, Level::Commune];

    pub fn slug(self) -> &'static str {
        match self {
            Level::Department => "so-nganh",
            Level::District => "huyen",
            Level::Commune => "xa",
        }
    }

    pub fn name_vi(self) -> &'static str {
        match self {
            Level::Department => "Các sở, ban, ngành",
            Level::District => "Cấp huyện",
            Level::Commune => "Cấp xã",
        }
    }

    pub fn name_en(self) -> &'static str {
        match self {
            Level::Department => "Departments",
            Level::District => "District level",
            Level::Commune => "Commune level",
        }
    }

    /// The level of a kind of unit; `None` for "other".
    pub fn of_kind(kind: UnitKind) -> Option<Level> {
        match kind {
            UnitKind::SoNganh => Some(Level::Department),
            UnitKind::Huyen => Some(Level::District),
            UnitKind::Xa | UnitKind::Phuong | UnitKind::DacKhu | UnitKind::ThiTran => {
                Some(Level::Commune)
            }
            UnitKind::Khac => None,
        }
    }
}

/// A unit's figures for the report period; any may be unknown (reports print only some).
///
/// Received dossiers and postal dossiers may be given as a total, as a split, or both (then
/// they must agree); the missing one is derived.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ReportFigures {
    /// All dossiers received.
    pub received: Option<Count>,
    /// Dossiers received online.
    pub received_online: Option<Count>,
    /// Dossiers received in person.
    pub received_in_person: Option<Count>,
    /// Dossiers from the previous period still to process.
    pub carried_over: Option<Count>,
    /// Resolved before the deadline.
    pub early: Option<Count>,
    /// Resolved on the deadline.
    pub on_time: Option<Count>,
    /// Resolved late.
    pub late: Option<Count>,
    /// All dossiers received or returned through the public postal service (BCCI).
    pub postal: Option<Count>,
    /// Dossiers received by post.
    pub postal_received: Option<Count>,
    /// Results returned by post.
    pub postal_returned: Option<Count>,
}

/// Why a unit's figures do not fit together.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReportError {
    /// The received total is not online + in person (or a part exceeds it).
    ReceivedMismatch,
    /// The postal total is not received + returned by post (or a part exceeds it).
    PostalMismatch,
    /// More dossiers resolved than there were to process (received + carried over).
    ResolvedExceedsToProcess,
}

impl std::fmt::Display for ReportError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            ReportError::ReceivedMismatch => "received ≠ online + in person",
            ReportError::PostalMismatch => "postal ≠ received + returned by post",
            ReportError::ResolvedExceedsToProcess => "resolved > received + carried over",
        })
    }
}

/// A total and its two parts, any of which may be unknown: the known ones must agree, and
/// a missing one follows from the other two.
fn split(
    total: Option<Count>,
    a: Option<Count>,
    b: Option<Count>,
) -> Option<(Option<u64>, Option<u64>, Option<u64>)> {
    let (t, a, b) = (total.map(Count::get), a.map(Count::get), b.map(Count::get));
    match (t, a, b) {
        (Some(t), Some(a), Some(b)) => (a + b == t).then_some((Some(t), Some(a), Some(b))),
        (Some(t), Some(a), None) => t.checked_sub(a).map(|b| (Some(t), Some(a), Some(b))),
        (Some(t), None, Some(b)) => t.checked_sub(b).map(|a| (Some(t), Some(a), Some(b))),
        (None, Some(a), Some(b)) => Some((Some(a + b), Some(a), Some(b))),
        other => Some(other),
    }
}

impl ReportFigures {
    /// (received, online, in person), derived where two of three are known.
    fn received_parts(&self) -> (Option<u64>, Option<u64>, Option<u64>) {
        split(self.received, self.received_online, self.received_in_person)
            .unwrap_or((None, None, None))
    }

    /// (postal, received by post, returned by post), derived likewise.
    fn postal_parts(&self) -> (Option<u64>, Option<u64>, Option<u64>) {
        split(self.postal, self.postal_received, self.postal_returned).unwrap_or((None, None, None))
    }

    /// Early + on time + late, when all three are known.
    fn resolved(&self) -> Option<u64> {
        Some(self.early?.get() + self.on_time?.get() + self.late?.get())
    }

    /// Received + carried over, when both are known.
    fn dossiers_to_process(&self) -> Option<u64> {
        Some(self.received_parts().0? + self.carried_over?.get())
    }

    /// Every way these figures do not fit together; empty when they do.
    pub fn problems(&self) -> Vec<ReportError> {
        let mut problems = Vec::new();
        if split(self.received, self.received_online, self.received_in_person).is_none() {
            problems.push(ReportError::ReceivedMismatch);
        }
        if split(self.postal, self.postal_received, self.postal_returned).is_none() {
            problems.push(ReportError::PostalMismatch);
        }
        if let (Some(resolved), Some(to_process)) = (self.resolved(), self.dossiers_to_process()) {
            if resolved > to_process {
                problems.push(ReportError::ResolvedExceedsToProcess);
            }
        }
        problems
    }
}

/// One unit of a report, its figures checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReportRow {
    pub name: String,
    pub level: Level,
    figures: ReportFigures,
}

impl ReportRow {
    /// The row, or the first way its figures do not fit together.
    pub fn new(name: &str, level: Level, figures: ReportFigures) -> Result<ReportRow, ReportError> {
        if let Some(&first) = figures.problems().first() {
            return Err(first);
        }
        Ok(ReportRow {
            name: name.trim().to_owned(),
            level,
            figures,
        })
    }

    pub fn figures(&self) -> &ReportFigures {
        &self.figures
    }

    /// The value of `metric` for this row; `None` when a figure it needs is unknown, or a
    /// share's denominator is 0.
    pub fn metric(&self, metric: Metric) -> Option<MetricValue> {
        metric_of(&self.figures, metric)
    }
}

/// What can be shown and ranked.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Metric {
    /// Dossiers received (tiếp nhận).
    Received,
    ReceivedOnline,
    ReceivedInPerson,
    /// Online ÷ received.
    OnlineShare,
    /// In person ÷ received.
    InPersonShare,
    /// Received + carried over (tổng số hồ sơ phải xử lý).
    ToProcess,
    /// Early + on time + late (đã giải quyết).
    Resolved,
    /// Resolved ÷ to process.
    ResolvedShare,
    /// Early ÷ resolved (trước hạn).
    EarlyShare,
    /// On time ÷ resolved (đúng hạn).
    OnTimeShare,
    /// Late ÷ resolved (trễ hạn).
    LateShare,
    /// Dossiers resolved late.
    Late,
    /// Dossiers received or returned by post (BCCI).
    Postal,
}

impl Metric {
    pub const ALL: [Metric; 13] = [
        Metric::Received,
        Metric::ReceivedOnline,
        Metric::ReceivedInPerson,
        Metric::OnlineShare,
        Metric::InPersonShare,
        Metric::ToProcess,
        Metric::Resolved,
        Metric::ResolvedShare,
        Metric::EarlyShare,
        Metric::OnTimeShare,
        Metric::LateShare,
        Metric::Late,
        Metric::Postal,
    ];
}

/// A metric's value: a count, or an exact share `part / whole` (`whole > 0`).
/// Equality and order are by value: `1/2` equals `2/4`.
#[derive(Debug, Clone, Copy)]
pub enum MetricValue {
    Count(u64),
    Share { part: u64, whole: u64 },
}

impl MetricValue {
    fn fraction(self) -> (u128, u128) {
        match self {
            MetricValue::Count(n) => (u128::from(n), 1),
            MetricValue::Share { part, whole } => (u128::from(part), u128::from(whole)),
        }
    }

    /// The share as a [`Rate`]; `None` for a count, or a share of more than 10^9 dossiers.
    pub fn rate(self) -> Option<Rate> {
        match self {
            MetricValue::Share { part, whole } => Rate::of(Count::new(part)?, Count::new(whole)?),
            MetricValue::Count(_) => None,
        }
    }

    /// A share in hundredths of a percent, rounded half up (`7007` for 70,07 %).
    pub fn hundredths(self) -> Option<u64> {
        match self {
            MetricValue::Share { part, whole } if whole > 0 => {
                let (p, w) = (u128::from(part), u128::from(whole));
                u64::try_from((2 * p * 10_000 + w) / (2 * w)).ok()
            }
            _ => None,
        }
    }

    /// Vietnamese text: `99.854` for a count, `70,07 %` for a share (rounded half up).
    pub fn text_vi(self) -> String {
        match self {
            MetricValue::Count(n) => crate::core::num::number_vi::format_count(n),
            MetricValue::Share { .. } => crate::core::num::number_vi::format_hundredths_percent(
                self.hundredths().unwrap_or(0),
            ),
        }
    }
}

impl Ord for MetricValue {
    /// Exact comparison of the values (a count as `n / 1`).
    fn cmp(&self, other: &Self) -> Ordering {
        let (a, b) = self.fraction();
        let (c, d) = other.fraction();
        (a * d).cmp(&(c * b))
    }
}

impl PartialEq for MetricValue {
    fn eq(&self, other: &Self) -> bool {
        self.cmp(other) == Ordering::Equal
    }
}

impl Eq for MetricValue {}

impl PartialOrd for MetricValue {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

fn metric_of(f: &ReportFigures, metric: Metric) -> Option<MetricValue> {
    let count = |n: Option<u64>| n.map(MetricValue::Count);
    let share = |part: Option<u64>, whole: Option<u64>| {
        let (part, whole) = (part?, whole?);
        (whole > 0 && part <= whole).then_some(MetricValue::Share { part, whole })
    };
    let (received, online, in_person) = f.received_parts();
    let resolved = f.resolved();
    match metric {
        Metric::Received => count(received),
        Metric::ReceivedOnline => count(online),
        Metric::ReceivedInPerson => count(in_person),
        Metric::OnlineShare => share(online, received),
        Metric::InPersonShare => share(in_person, received),
        Metric::ToProcess => count(f.dossiers_to_process()),
        Metric::Resolved => count(resolved),
        Metric::ResolvedShare => share(resolved, f.dossiers_to_process()),
        Metric::EarlyShare => share(f.early.map(Count::get), resolved),
        Metric::OnTimeShare => share(f.on_time.map(Count::get), resolved),
        Metric::LateShare => share(f.late.map(Count::get), resolved),
        Metric::Late => count(f.late.map(Count::get)),
        Metric::Postal => count(f.postal_parts().0),
    }
}

/// The sum of `rows`' figures, field by field. A field is known only when every row gives
/// it (directly or derived) and the sum stays within [`Count::MAX`]; no rows: all unknown.
pub fn sum<'a>(rows: impl IntoIterator<Item = &'a ReportRow>) -> ReportFigures {
    let rows: Vec<&ReportRow> = rows.into_iter().collect();
    if rows.is_empty() {
        return ReportFigures::default();
    }
    let total = |get: &dyn Fn(&ReportFigures) -> Option<u64>| -> Option<Count> {
        let mut acc: u64 = 0;
        for row in &rows {
            acc = acc.checked_add(get(&row.figures)?)?;
        }
        Count::new(acc)
    };
    ReportFigures {
        received: total(&|f| f.received_parts().0),
        received_online: total(&|f| f.received_parts().1),
        received_in_person: total(&|f| f.received_parts().2),
        carried_over: total(&|f| f.carried_over.map(Count::get)),
        early: total(&|f| f.early.map(Count::get)),
        on_time: total(&|f| f.on_time.map(Count::get)),
        late: total(&|f| f.late.map(Count::get)),
        postal: total(&|f| f.postal_parts().0),
        postal_received: total(&|f| f.postal_parts().1),
        postal_returned: total(&|f| f.postal_parts().2),
    }
}

/// A level's units and their totals.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LevelTotals {
    pub level: Level,
    /// How many rows the level has.
    pub units: usize,
    pub figures: ReportFigures,
}

impl LevelTotals {
    pub fn metric(&self, metric: Metric) -> Option<MetricValue> {
        metric_of(&self.figures, metric)
    }
}

/// The totals of every level that has rows, in [`Level::ALL`] order.
pub fn level_totals(rows: &[ReportRow]) -> Vec<LevelTotals> {
    Level::ALL
        .into_iter()
        .filter_map(|level| {
            let members: Vec<&ReportRow> = rows.iter().filter(|r| r.level == level).collect();
            (!members.is_empty()).then(|| LevelTotals {
                level,
                units: members.len(),
                figures: sum(members.iter().copied()),
            })
        })
        .collect()
}

/// Which end of a ranking.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum End {
    /// Highest values first.
    Top,
    /// Lowest values first.
    Bottom,
}

/// A row's place in a ranking.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Ranked {
    /// The row's index in the slice ranked.
    pub index: usize,
    pub value: MetricValue,
}

/// The first `n` rows by `metric` from `end`. Rows without the metric are left out.
///
/// Ties: rows with equal values (compared exactly) keep their order in `rows`, at either
/// end — the earlier row comes first in the top list and in the bottom list alike.
pub fn rank(rows: &[ReportRow], metric: Metric, end: End, n: usize) -> Vec<Ranked> {
    let mut ranked: Vec<Ranked> = rows
        .iter()
        .enumerate()
        .filter_map(|(index, row)| row.metric(metric).map(|value| Ranked { index, value }))
        .collect();
    // Sorting by key is stable, so equal values stay in input order.
    match end {
        End::Top => ranked.sort_by_key(|r| std::cmp::Reverse(r.value)),
        End::Bottom => ranked.sort_by_key(|r| r.value),
    }
    ranked.truncate(n);
    ranked
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn c(n: u64) -> Option<Count> {
        Some(Count::new(n).unwrap())
    }

    /// A level's figures as that report's section II prints them: received online / in person,
    /// to process ("tổng số … phải xử lý", so carried over = to process − received),
    /// early / on time / late, postal received / returned.
    #[allow(clippy::too_many_arguments)]
    fn level_row(
        name: &str,
        level: Level,
        online: u64,
        in_person: u64,
        to_process: u64,
        early: u64,
        on_time: u64,
        late: u64,
        postal: (u64, u64),
    ) -> ReportRow {
        let figures = ReportFigures {
            received_online: c(online),
            received_in_person: c(in_person),
            carried_over: c(to_process - online - in_person),
            early: c(early),
            on_time: c(on_time),
            late: c(late),
            postal_received: c(postal.0),
            postal_returned: c(postal.1),
            ..ReportFigures::default()
        };
        ReportRow::new(name, level, figures).unwrap()
    }

    /// Ninh Bình's report, 01/01–31/03/2022, section II (1, 2, 3).
    fn ninh_binh_levels() -> Vec<ReportRow> {
        vec![
            level_row(
                "Các sở, ban, ngành",
                Level::Department,
                22_994,
                7_698,
                31_413,
                23_738,
                6_921,
                13,
                (283, 4_018),
            ),
            level_row(
                "Cấp huyện",
                Level::District,
                46_973,
                22_189,
                70_430,
                27_736,
                41_175,
                27,
                (1_238, 2_582),
            ),
            level_row(
                "Cấp xã",
                Level::Commune,
                43_123,
                19_559,
                63_585,
                21_732,
                41_062,
                21,
                (765, 1_187),
            ),
        ]
    }

    /// A unit known by received total, online count and postal total.
    fn unit(name: &str, level: Level, received: u64, online: u64, postal: u64) -> ReportRow {
        let figures = ReportFigures {
            received: c(received),
            received_online: c(online),
            postal: c(postal),
            ..ReportFigures::default()
        };
        ReportRow::new(name, level, figures).unwrap()
    }

    /// The report's districts: received (Biểu 5), postal (Biểu 8), and the online count that
    /// gives Biểu 6's printed share when rounded half up — the only count that does, and
    /// the eight add up to the level's 46.973.
    fn ninh_binh_districts() -> Vec<ReportRow> {
        let d = Level::District;
        vec![
            unit("Thành phố Ninh Bình", d, 17_209, 11_919, 355),
            unit("Huyện Gia Viễn", d, 11_298, 8_600, 207),
            unit("Huyện Yên Khánh", d, 10_389, 8_766, 104),
            unit("Huyện Nho Quan", d, 9_447, 7_475, 515),
            unit("Huyện Kim Sơn", d, 8_051, 4_401, 2_169),
            unit("Huyện Yên Mô", d, 6_821, 3_148, 139),
            unit("Thành phố Tam Điệp", d, 3_797, 1_010, 238),
            unit("Huyện Hoa Lư", d, 2_150, 1_654, 93),
        ]
    }

    /// The report's communes grouped by district: received (Biểu 9), postal (Biểu 12; the
    /// groups it does not list used none, as the text says), online from Biểu 10's share.
    /// For Ninh Bình city both 10.923 and 10.924 round to 68,70 %; 10.924 is the one that
    /// makes the eight add up to the level's 43.123.
    fn ninh_binh_commune_groups() -> Vec<ReportRow> {
        let x = Level::Commune;
        vec![
            unit("Xã, phường thuộc TP. Ninh Bình", x, 15_900, 10_924, 0),
            unit("Các xã thuộc huyện Gia Viễn", x, 10_834, 8_379, 0),
            unit("Các xã thuộc huyện Yên Khánh", x, 9_770, 8_438, 79),
            unit("Các xã thuộc huyện Nho Quan", x, 8_025, 6_492, 157),
            unit("Các xã thuộc huyện Kim Sơn", x, 7_020, 4_093, 1_716),
            unit("Các xã thuộc huyện Yên Mô", x, 6_187, 2_800, 0),
            unit("Xã, phường thuộc TP. Tam Điệp", x, 3_030, 561, 0),
            unit("Các xã thuộc huyện Hoa Lư", x, 1_916, 1_436, 0),
        ]
    }

    fn text(v: Option<MetricValue>) -> String {
        v.map(MetricValue::text_vi).unwrap_or_default()
    }

    fn names(rows: &[ReportRow], ranked: &[Ranked]) -> Vec<String> {
        ranked.iter().map(|r| rows[r.index].name.clone()).collect()
    }

    #[test]
    fn level_shares_match_the_report() {
        let rows = ninh_binh_levels();
        let expect = |row: &ReportRow, metric: Metric, printed: &str| {
            assert_eq!(text(row.metric(metric)), printed, "{} {metric:?}", row.name);
        };
        let (dept, district, commune) = (&rows[0], &rows[1], &rows[2]);
        expect(dept, Metric::Received, "30.692");
        expect(dept, Metric::OnlineShare, "74,92 %");
        expect(dept, Metric::InPersonShare, "25,08 %");
        expect(dept, Metric::ToProcess, "31.413");
        expect(dept, Metric::Resolved, "30.672");
        expect(dept, Metric::ResolvedShare, "97,64 %");
        expect(dept, Metric::EarlyShare, "77,39 %");
        expect(dept, Metric::OnTimeShare, "22,56 %");
        expect(dept, Metric::LateShare, "0,04 %");
        expect(dept, Metric::Postal, "4.301");
        expect(district, Metric::Received, "69.162");
        expect(district, Metric::OnlineShare, "67,92 %");
        expect(district, Metric::InPersonShare, "32,08 %");
        expect(district, Metric::Resolved, "68.938");
        expect(district, Metric::ResolvedShare, "97,88 %");
        expect(district, Metric::EarlyShare, "40,23 %");
        expect(district, Metric::OnTimeShare, "59,73 %");
        expect(district, Metric::Postal, "3.820");
        expect(commune, Metric::Received, "62.682");
        expect(commune, Metric::OnlineShare, "68,80 %");
        expect(commune, Metric::InPersonShare, "31,20 %");
        expect(commune, Metric::Resolved, "62.815");
        expect(commune, Metric::ResolvedShare, "98,79 %");
        expect(commune, Metric::EarlyShare, "34,60 %");
        expect(commune, Metric::OnTimeShare, "65,37 %");
        // Not printed by the report (it gives only "21 hồ sơ"): 21 / 62.815 = 0,0334… %.
        expect(commune, Metric::LateShare, "0,03 %");
        expect(commune, Metric::Postal, "1.952");
    }

    #[test]
    fn the_province_is_departments_plus_districts() {
        // Section I's province totals are the departments' plus the district level's: the
        // district figures already hold their communes' dossiers (sum of all three levels
        // would be 162.536 received, not 99.854).
        let rows = ninh_binh_levels();
        let province = sum(rows.iter().filter(|r| r.level != Level::Commune));
        let all = sum(&rows);
        let m = |f: &ReportFigures, metric| text(metric_of(f, metric));
        assert_eq!(m(&province, Metric::Received), "99.854");
        assert_eq!(m(&all, Metric::Received), "162.536");
        assert_eq!(m(&province, Metric::ReceivedOnline), "69.967");
        assert_eq!(m(&province, Metric::ReceivedInPerson), "29.887");
        assert_eq!(m(&province, Metric::ToProcess), "101.843");
        assert_eq!(province.carried_over, c(1_989));
        assert_eq!(m(&province, Metric::Resolved), "99.610");
        assert_eq!(province.early, c(51_474));
        assert_eq!(province.on_time, c(48_096));
        assert_eq!(province.late, c(40));
        assert_eq!(m(&province, Metric::Postal), "8.121");
        assert_eq!(province.postal_received, c(1_521));
        assert_eq!(province.postal_returned, c(6_600));
        // The report prints 70,06 %: 69.967 / 99.854 = 70,0693… %, rounded 70,07 %.
        assert_eq!(m(&province, Metric::OnlineShare), "70,07 %");
        // The report prints 29,94 % (100 − 70,06): 29.887 / 99.854 = 29,9307… %.
        assert_eq!(m(&province, Metric::InPersonShare), "29,93 %");
        // The report prints 97,80 %: 99.610 / 101.843 = 97,8074… %.
        assert_eq!(m(&province, Metric::ResolvedShare), "97,81 %");
        // The report prints 51,67 %: 51.474 / 99.610 = 51,6755… %.
        assert_eq!(m(&province, Metric::EarlyShare), "51,68 %");
        assert_eq!(m(&province, Metric::OnTimeShare), "48,28 %");
        assert_eq!(m(&province, Metric::LateShare), "0,04 %");
    }

    #[test]
    fn districts_add_up_to_their_level_and_rank_as_the_tables_do() {
        let rows = ninh_binh_districts();
        let totals = level_totals(&rows);
        assert_eq!(totals.len(), 1);
        let level = &totals[0];
        assert_eq!((level.level, level.units), (Level::District, 8));
        assert_eq!(text(level.metric(Metric::Received)), "69.162");
        assert_eq!(text(level.metric(Metric::ReceivedOnline)), "46.973");
        assert_eq!(text(level.metric(Metric::ReceivedInPerson)), "22.189");
        assert_eq!(text(level.metric(Metric::Postal)), "3.820");
        assert_eq!(level.metric(Metric::Resolved), None);
        // Biểu 6, online column, highest first — every printed share reproduced.
        let online = rank(&rows, Metric::OnlineShare, End::Top, 8);
        let shown: Vec<String> = online.iter().map(|r| r.value.text_vi()).collect();
        assert_eq!(
            shown,
            [
                "84,38 %", "79,13 %", "76,93 %", "76,12 %", "69,26 %", "54,66 %", "46,15 %",
                "26,60 %"
            ]
        );
        // The prose says the highest online shares are Yên Mô and Tam Điệp and the highest
        // in-person ones Yên Khánh and Nho Quan: swapped. Biểu 6 (and the counts) say:
        assert_eq!(
            names(&rows, &online[..2]),
            ["Huyện Yên Khánh", "Huyện Nho Quan"]
        );
        let in_person = rank(&rows, Metric::InPersonShare, End::Top, 2);
        assert_eq!(
            names(&rows, &in_person),
            ["Thành phố Tam Điệp", "Huyện Yên Mô"]
        );
        assert_eq!(in_person[0].value.text_vi(), "73,40 %");
        // Biểu 5: most received Ninh Bình and Gia Viễn, fewest Hoa Lư and Tam Điệp.
        let most = rank(&rows, Metric::Received, End::Top, 2);
        assert_eq!(
            names(&rows, &most),
            ["Thành phố Ninh Bình", "Huyện Gia Viễn"]
        );
        let fewest = rank(&rows, Metric::Received, End::Bottom, 2);
        assert_eq!(
            names(&rows, &fewest),
            ["Huyện Hoa Lư", "Thành phố Tam Điệp"]
        );
        // Biểu 8: Kim Sơn uses the post most, Hoa Lư least.
        assert_eq!(
            names(&rows, &rank(&rows, Metric::Postal, End::Top, 1)),
            ["Huyện Kim Sơn"]
        );
        assert_eq!(
            names(&rows, &rank(&rows, Metric::Postal, End::Bottom, 1)),
            ["Huyện Hoa Lư"]
        );
    }

    #[test]
    fn commune_groups_add_up_and_rank_as_the_report_says() {
        let rows = ninh_binh_commune_groups();
        let level = &level_totals(&rows)[0];
        assert_eq!(text(level.metric(Metric::Received)), "62.682");
        assert_eq!(text(level.metric(Metric::ReceivedOnline)), "43.123");
        assert_eq!(text(level.metric(Metric::Postal)), "1.952");
        let online = rank(&rows, Metric::OnlineShare, End::Top, 8);
        let shown: Vec<String> = online.iter().map(|r| r.value.text_vi()).collect();
        assert_eq!(
            shown,
            [
                "86,37 %", "80,90 %", "77,34 %", "74,95 %", "68,70 %", "58,30 %", "45,26 %",
                "18,51 %"
            ]
        );
        assert_eq!(
            names(&rows, &online[..2]),
            [
                "Các xã thuộc huyện Yên Khánh",
                "Các xã thuộc huyện Nho Quan"
            ]
        );
        let in_person = rank(&rows, Metric::InPersonShare, End::Top, 2);
        assert_eq!(
            names(&rows, &in_person),
            ["Xã, phường thuộc TP. Tam Điệp", "Các xã thuộc huyện Yên Mô"]
        );
        assert_eq!(in_person[0].value.text_vi(), "81,49 %");
        let fewest = rank(&rows, Metric::Received, End::Bottom, 2);
        assert_eq!(
            names(&rows, &fewest),
            ["Các xã thuộc huyện Hoa Lư", "Xã, phường thuộc TP. Tam Điệp"]
        );
    }

    #[test]
    fn ties_keep_the_input_order_at_both_ends() {
        // Biểu 4: departments' postal dossiers, as printed (highest column, then lowest).
        let dept = |name: &str, postal: u64| {
            let figures = ReportFigures {
                postal: c(postal),
                ..ReportFigures::default()
            };
            ReportRow::new(name, Level::Department, figures).unwrap()
        };
        let rows = vec![
            dept("Công an tỉnh", 1_499),
            dept("Sở Giao thông Vận tải", 1_102),
            dept("Sở Kế hoạch và Đầu tư", 288),
            dept("Sở Tư pháp", 664),
            dept("Sở Xây dựng", 238),
            dept("Sở Công Thương", 149),
            dept("Sở Du lịch", 2),
            dept("Sở Nội vụ", 2),
            dept("Bảo hiểm Xã hội", 0),
            dept("Công ty TNHH MTV Điện lực Ninh Bình", 0),
            dept("Sở Tài chính", 0),
            dept("Sở Tài nguyên và Môi trường", 0),
        ];
        // The table prints Kế hoạch và Đầu tư (288) above Tư pháp (664); ranked exactly:
        assert_eq!(
            names(&rows, &rank(&rows, Metric::Postal, End::Top, 6)),
            [
                "Công an tỉnh",
                "Sở Giao thông Vận tải",
                "Sở Tư pháp",
                "Sở Kế hoạch và Đầu tư",
                "Sở Xây dựng",
                "Sở Công Thương"
            ]
        );
        assert_eq!(
            names(&rows, &rank(&rows, Metric::Postal, End::Bottom, 6)),
            [
                "Bảo hiểm Xã hội",
                "Công ty TNHH MTV Điện lực Ninh Bình",
                "Sở Tài chính",
                "Sở Tài nguyên và Môi trường",
                "Sở Du lịch",
                "Sở Nội vụ"
            ]
        );
        // Rows without the metric are left out; asking for more gives what there is.
        assert!(rank(&rows, Metric::OnlineShare, End::Top, 3).is_empty());
        assert_eq!(rank(&rows, Metric::Postal, End::Top, 100).len(), 12);
    }

    #[test]
    fn figures_that_do_not_fit_are_refused() {
        let bad_received = ReportFigures {
            received: c(10),
            received_online: c(6),
            received_in_person: c(5),
            ..ReportFigures::default()
        };
        assert_eq!(
            ReportRow::new("x", Level::Commune, bad_received),
            Err(ReportError::ReceivedMismatch)
        );
        let part_too_big = ReportFigures {
            received: c(10),
            received_online: c(11),
            ..ReportFigures::default()
        };
        assert_eq!(
            ReportRow::new("x", Level::Commune, part_too_big),
            Err(ReportError::ReceivedMismatch)
        );
        let bad_postal = ReportFigures {
            postal: c(3),
            postal_returned: c(4),
            ..ReportFigures::default()
        };
        assert_eq!(
            ReportRow::new("x", Level::Commune, bad_postal),
            Err(ReportError::PostalMismatch)
        );
        let too_many_resolved = ReportFigures {
            received: c(10),
            carried_over: c(1),
            early: c(5),
            on_time: c(5),
            late: c(2),
            ..ReportFigures::default()
        };
        assert_eq!(
            ReportRow::new("x", Level::Commune, too_many_resolved),
            Err(ReportError::ResolvedExceedsToProcess)
        );
        // Nothing resolved yet: shares of resolved have no denominator.
        let nothing = ReportFigures {
            received: c(0),
            carried_over: c(0),
            early: c(0),
            on_time: c(0),
            late: c(0),
            ..ReportFigures::default()
        };
        let row = ReportRow::new("x", Level::Commune, nothing).unwrap();
        assert_eq!(row.metric(Metric::EarlyShare), None);
        assert_eq!(row.metric(Metric::Resolved), Some(MetricValue::Count(0)));
        assert_eq!(Level::of_kind(UnitKind::Phuong), Some(Level::Commune));
        assert_eq!(Level::of_kind(UnitKind::Khac), None);
        assert_eq!(sum(&[]), ReportFigures::default());
    }

    proptest! {
        #[test]
        fn rankings_are_ordered_and_stable(
            values in proptest::collection::vec(0u64..20, 0..30),
            n in 0usize..40,
        ) {
            let rows: Vec<ReportRow> = values
                .iter()
                .enumerate()
                .map(|(i, v)| {
                    let figures = ReportFigures { late: c(*v), ..ReportFigures::default() };
                    ReportRow::new(&i.to_string(), Level::Commune, figures).unwrap()
                })
                .collect();
            for end in [End::Top, End::Bottom] {
                let ranked = rank(&rows, Metric::Late, end, n);
                prop_assert_eq!(ranked.len(), n.min(rows.len()));
                for pair in ranked.windows(2) {
                    let (a, b) = (pair[0], pair[1]);
                    match end {
                        End::Top => prop_assert!(a.value >= b.value),
                        End::Bottom => prop_assert!(a.value <= b.value),
                    }
                    if a.value == b.value {
                        prop_assert!(a.index < b.index);
                    }
                }
            }
        }

        #[test]
        fn shares_round_half_up_and_never_exceed_100(
            whole in 1u64..=Count::MAX,
            a in 0.0f64..=1.0,
        ) {
            let part = (((whole as f64) * a) as u64).min(whole);
            let v = MetricValue::Share { part, whole };
            let h = u128::from(v.hundredths().unwrap());
            let (p, w) = (u128::from(part), u128::from(whole));
            // |h − 10.000·p/w| ≤ 1/2, with exact halves going up.
            prop_assert!(2 * h * w <= 2 * p * 10_000 + w);
            prop_assert!(2 * h * w + w > 2 * p * 10_000);
            prop_assert!(h <= 10_000);
            if let Some(rate) = v.rate() {
                prop_assert_eq!(u128::from(rate.display_hundredths(&[])), h);
            }
        }
    }
}
