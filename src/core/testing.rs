//! Values for the core's unit tests, written the way a person reads them: `c(1_234)`,
//! `mo("05/2024")`, `day("22/05/2024")`. Only in test builds.

use crate::core::history::calendar::{parse_date, parse_month, Date, Month};
use crate::core::num::count::Count;
use crate::core::num::percent::Percent;
use crate::core::rules::presets;
use crate::core::rules::rule_set::{CommuneGroup, RuleSet, TierDef, TierRule};
use crate::core::rules::tier::Tier;
use proptest::prelude::*;

/// A count that is known to be in range.
pub fn c(n: u64) -> Count {
    Count::new(n).unwrap()
}

/// A month written `MM/YYYY`.
pub fn mo(text: &str) -> Month {
    parse_month(text).unwrap()
}

/// A date written `DD/MM/YYYY`.
pub fn day(text: &str) -> Date {
    parse_date(text).unwrap()
}

/// A part and its whole, the whole from `least` to [`Count::MAX`], the part at any share of it.
pub fn part_of_whole(least: u64) -> impl Strategy<Value = (u64, u64)> {
    (least..=Count::MAX, 0.0f64..=1.0)
        .prop_map(|(whole, share)| ((((whole as f64) * share) as u64).min(whole), whole))
}

/// Any percentage from 0,00 % to 100,00 %.
pub fn any_percent() -> impl Strategy<Value = Percent> {
    (0u32..=10_000).prop_map(|h| Percent::from_hundredths(h).unwrap())
}

/// Any rule set a person could make from a preset: another id and name, groups 1 to 3,
/// the 2022–2025 tiers or tiers of its own (one to four, any slugs and names, full-process
/// minimums required or opted into), one to four tier rules with any thresholds (or none
/// entered).
pub fn any_rule_set() -> impl Strategy<Value = RuleSet> {
    let own_tier = (
        "[a-z0-9][a-z0-9-]{0,31}",
        "[\\p{L}\\p{N} ,.()–-]{0,20}",
        any::<bool>(),
    );
    (
        prop::sample::select(presets::all()),
        prop::option::of(prop::collection::vec(own_tier, 1..5)),
        prop::collection::vec(
            (
                any::<prop::sample::Index>(),
                proptest::option::of(1u8..=3),
                proptest::option::of(any_percent()),
                proptest::option::of(any_percent()),
            ),
            1..5,
        ),
        "[\\p{L}\\p{N} ,.()–-]{0,40}",
        "[a-z0-9][a-z0-9-]{0,30}",
    )
        .prop_map(|(mut set, own_tiers, tiers, name, id)| {
            set.id = id;
            set.name.vi = format!("{}x", name.trim());
            set.commune_groups = [1, 2, 3].map(CommuneGroup::numbered).to_vec();
            set.tier_defs = match own_tiers {
                None => Tier::CLASSIC
                    .into_iter()
                    .filter_map(TierDef::national)
                    .collect(),
                Some(own) => {
                    let mut defs: Vec<TierDef> = Vec::new();
                    for (slug, name, required) in own {
                        let tier = Tier::parse(&slug).unwrap();
                        if defs.iter().all(|d| d.tier != tier) {
                            let mut def = TierDef::new(tier, &format!("{}v", name.trim()), "e");
                            def.full_process_required = required;
                            defs.push(def);
                        }
                    }
                    defs
                }
            };
            let declared = set.tier_list();
            set.tiers = tiers
                .into_iter()
                .map(|(at, group, online_min, full)| TierRule {
                    tier: *at.get(&declared),
                    group,
                    online_min,
                    full_online_min_with_dx: full,
                })
                .collect();
            if let Some(rule) = &mut set.group_rule {
                rule.all_reach = declared[0];
                rule.some_reach = *declared.last().unwrap();
            }
            set
        })
}
