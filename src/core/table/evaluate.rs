//! A table of units judged by a rule set: each row's status and gap, rankings, and the
//! group verdicts (the district rule of older rule sets).

use super::unit::{Figures, Unit, UnitKind};
use crate::core::num::count::Count;
use crate::core::num::gap::{needed_added, Needed};
use crate::core::num::number_vi::format_hundredths_percent;
use crate::core::num::percent::Percent;
use crate::core::num::rate::Rate;
use crate::core::rules::rule_set::{Requirement, RuleSet};
use std::cmp::Ordering;
use std::collections::HashMap;

/// A row's standing against its own target.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    Pass,
    Fail,
    /// No figures, no dossiers, or no target under the rule set.
    Unknown,
}

impl Status {
    pub fn slug(self) -> &'static str {
        match self {
            Status::Pass => "pass",
            Status::Fail => "fail",
            Status::Unknown => "unknown",
        }
    }
}

/// An exact rate for comparing and ranking: `num / den`, `den > 0`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RateValue {
    num: u128,
    den: u128,
}

impl Ord for RateValue {
    fn cmp(&self, other: &Self) -> Ordering {
        (self.num * other.den).cmp(&(other.num * self.den))
    }
}

impl PartialOrd for RateValue {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl RateValue {
    fn meets(self, p: Percent) -> bool {
        let (num, den) = p.fraction();
        self.num * den >= num * self.den
    }
}

/// The exact rate of a unit, when its figures give one.
pub fn rate_value(figures: &Figures) -> Option<RateValue> {
    match figures {
        Figures::Counts { counts } if counts.total().get() > 0 => Some(RateValue {
            num: u128::from(counts.online().get()),
            den: u128::from(counts.total().get()),
        }),
        Figures::Rate { rate } => {
            let (num, den) = rate.fraction();
            Some(RateValue { num, den })
        }
        _ => None,
    }
}

/// Everything a table row shows about a unit.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RowResult {
    pub requirement: Option<Requirement>,
    pub rate: Option<RateValue>,
    /// The rate as shown (`32,91 %`), never rounded up to a threshold it misses.
    pub rate_text: Option<String>,
    pub status: Status,
    /// More online dossiers to reach the target; only when counts are known.
    pub needed: Option<Needed>,
}

pub fn evaluate(unit: &Unit, rules: &RuleSet) -> RowResult {
    let requirement = rules.requirement(unit);
    let thresholds: Vec<Percent> = requirement.iter().map(|r| r.online_min).collect();
    let rate = rate_value(&unit.figures);
    let rate_text = match &unit.figures {
        Figures::Counts { counts } => {
            Rate::of(counts.online(), counts.total()).map(|r| r.format(&thresholds))
        }
        Figures::Rate { rate } => {
            let (num, den) = rate.fraction();
            Some(format_hundredths_percent(
                u64::try_from(num * 10_000 / den).unwrap_or(0),
            ))
        }
        Figures::Missing => None,
    };
    let status = match (rate, requirement) {
        (Some(rate), Some(req)) if rate.meets(req.online_min) => Status::Pass,
        (Some(_), Some(_)) => Status::Fail,
        _ => Status::Unknown,
    };
    let needed = match (&unit.figures, requirement) {
        (Figures::Counts { counts }, Some(req)) => Some(needed_added(
            counts.online().get(),
            counts.total().get(),
            req.online_min,
        )),
        _ => None,
    };
    RowResult {
        requirement,
        rate,
        rate_text,
        status,
        needed,
    }
}

/// Row indexes ranked by rate, highest first; rows without a rate are left out.
pub fn ranking(units: &[Unit]) -> Vec<usize> {
    let mut ranked: Vec<(usize, RateValue)> = units
        .iter()
        .enumerate()
        .filter_map(|(i, u)| rate_value(&u.figures).map(|r| (i, r)))
        .collect();
    ranked.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    ranked.into_iter().map(|(i, _)| i).collect()
}

/// One part of a group verdict.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Part {
    pub pass: bool,
    /// Units that break the part (below the rate, or with no figures).
    pub breaking: Vec<String>,
}

/// A group judged by the rule set's group rule.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GroupVerdict {
    pub group: String,
    pub communes: usize,
    /// Every commune reaches the `all_reach` tier's rate.
    pub all_reach: Part,
    /// Communes at the `some_reach` tier's rate, and how many the share requires.
    pub some_reached: usize,
    pub some_required: usize,
    pub some_pass: bool,
    /// Every town meets its own target.
    pub towns: usize,
    pub towns_part: Part,
    pub pass: bool,
}

/// Judges every named group of `units` by the rule set's group rule; none without one.
pub fn group_verdicts(units: &[Unit], rules: &RuleSet) -> Vec<GroupVerdict> {
    let Some(rule) = &rules.group_rule else {
        return Vec::new();
    };
    let (Some(all_min), Some(some_min)) = (
        rules.tier_online_min(rule.all_reach, None),
        rules.tier_online_min(rule.some_reach, None),
    ) else {
        return Vec::new();
    };
    // Each group's members in one pass: linear in the units, however many groups there are.
    let mut index: HashMap<&str, usize> = HashMap::new();
    let mut groups: Vec<(&str, Vec<&Unit>)> = Vec::new();
    for unit in units {
        let g = unit.group.trim();
        if g.is_empty() {
            continue;
        }
        let i = *index.entry(g).or_insert_with(|| {
            groups.push((g, Vec::new()));
            groups.len() - 1
        });
        groups[i].1.push(unit);
    }
    let (num, den) = rule.share.fraction();
    groups
        .into_iter()
        .map(|(group, members)| {
            // One pass over the members; names are copied only for the units that break a part.
            let (mut communes, mut some_reached, mut towns) = (0usize, 0usize, 0usize);
            let (mut breaking, mut towns_breaking) = (Vec::new(), Vec::new());
            for unit in members {
                if unit.kind.is_commune_level() {
                    communes += 1;
                    let rate = rate_value(&unit.figures);
                    if !rate.is_some_and(|r| r.meets(all_min)) {
                        breaking.push(unit.name.clone());
                    }
                    if rate.is_some_and(|r| r.meets(some_min)) {
                        some_reached += 1;
                    }
                }
                if unit.kind == UnitKind::ThiTran {
                    towns += 1;
                    if evaluate(unit, rules).status != Status::Pass {
                        towns_breaking.push(unit.name.clone());
                    }
                }
            }
            let some_required =
                usize::try_from((num * communes as u128).div_ceil(den)).unwrap_or(0);
            let all_reach = Part {
                pass: breaking.is_empty(),
                breaking,
            };
            let towns_part = Part {
                pass: towns_breaking.is_empty(),
                breaking: towns_breaking,
            };
            let some_pass = some_reached >= some_required;
            GroupVerdict {
                group: group.to_owned(),
                communes,
                pass: all_reach.pass && some_pass && towns_part.pass,
                all_reach,
                some_reached,
                some_required,
                some_pass,
                towns,
                towns_part,
            }
        })
        .collect()
}

/// Counts a row of counts: a helper for building units in code and tests.
pub fn counts_figures(total: u64, online: u64, full: Option<u64>) -> Option<Figures> {
    let c = |n| Count::new(n);
    let counts = crate::core::num::counts::Counts::new(
        c(total)?,
        c(online)?,
        match full {
            Some(f) => Some(c(f)?),
            None => None,
        },
    )
    .ok()?;
    Some(Figures::Counts { counts })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::num::percent::parse_percent;
    use crate::core::rules::presets::commune_2022_2025;

    fn with_rate(name: &str, rate: &str, target: &str, group: &str) -> Unit {
        Unit {
            target: target.into(),
            group: group.into(),
            figures: Figures::Rate {
                rate: parse_percent(rate).unwrap(),
            },
            ..Unit::named(name)
        }
    }

    #[test]
    fn rows_are_judged_against_their_own_target() {
        let rules = commune_2022_2025();
        let ok = evaluate(&with_rate("Xã Vạn Thạnh", "32,91", "ntm", ""), &rules);
        assert_eq!(ok.status, Status::Pass);
        assert_eq!(ok.rate_text.as_deref(), Some("32,91 %"));
        let short = evaluate(&with_rate("Xã Vạn Thắng", "49,48", "nang-cao", ""), &rules);
        assert_eq!(short.status, Status::Fail);
        assert_eq!(short.needed, None);
        let counted = Unit {
            figures: counts_figures(20_000, 5_999, None).unwrap(),
            ..Unit::named("Xã A")
        };
        let r = evaluate(&counted, &rules);
        assert_eq!((r.status, r.needed), (Status::Fail, Some(Needed::Count(2))));
        assert_eq!(r.rate_text.as_deref(), Some("29,99 %"));
        assert_eq!(
            evaluate(&Unit::named("Xã B"), &rules).status,
            Status::Unknown
        );
    }

    #[test]
    fn ranking_puts_the_highest_rate_first_and_skips_unknown() {
        let units = vec![
            with_rate("A", "30", "", ""),
            Unit::named("B"),
            Unit {
                figures: counts_figures(3, 1, None).unwrap(),
                ..Unit::named("C")
            },
            with_rate("D", "98,46", "", ""),
        ];
        assert_eq!(ranking(&units), vec![3, 2, 0]);
    }

    #[test]
    fn verdicts_of_many_distinct_groups_come_in_the_order_met() {
        let units: Vec<Unit> = (0..50_000)
            .map(|i| {
                with_rate(
                    &format!("Xã {i}"),
                    if i % 3 == 0 { "20" } else { "60" },
                    "",
                    &format!("Huyện {}", i % 25_000),
                )
            })
            .collect();
        let verdicts = group_verdicts(&units, &commune_2022_2025());
        assert_eq!(verdicts.len(), 25_000);
        assert_eq!(verdicts[7].group, "Huyện 7");
        assert_eq!(verdicts[7].communes, 2);
        let passing = verdicts.iter().filter(|v| v.pass).count();
        // Huyện k holds Xã k and Xã k + 25.000: it fails when either is a multiple of 3.
        let expected = (0..25_000)
            .filter(|k| k % 3 != 0 && (k + 25_000) % 3 != 0)
            .count();
        assert_eq!(passing, expected);
    }

    #[test]
    fn seed_000_van_ninh_fails_the_district_rule_on_van_hung() {
        let g = "Huyện Vạn Ninh";
        let rates = [
            ("Xã Xuân Sơn", "50,58"),
            ("Xã Vạn Hưng", "21,88"),
            ("Xã Vạn Lương", "41,91"),
            ("Xã Vạn Phú", "32,27"),
            ("Xã Vạn Bình", "48,46"),
            ("Xã Vạn Thắng", "49,48"),
            ("Xã Vạn Khánh", "30,87"),
            ("Xã Vạn Long", "30,24"),
            ("Xã Vạn Phước", "31,63"),
            ("Xã Vạn Thọ", "52,17"),
            ("Xã Đại Lãnh", "43,75"),
            ("Xã Vạn Thạnh", "32,91"),
        ];
        let units: Vec<Unit> = rates.iter().map(|(n, r)| with_rate(n, r, "", g)).collect();
        let verdicts = group_verdicts(&units, &commune_2022_2025());
        assert_eq!(verdicts.len(), 1);
        let v = &verdicts[0];
        assert_eq!(v.communes, 12);
        assert_eq!(v.all_reach.breaking, vec!["Xã Vạn Hưng".to_owned()]);
        // Xuân Sơn and Vạn Thọ reach 50 %: 2 of 12, and ⌈10 % · 12⌉ = 2 are required.
        assert_eq!((v.some_reached, v.some_required, v.some_pass), (2, 2, true));
        assert!(v.towns_part.pass);
        assert!(!v.pass);
    }
}
