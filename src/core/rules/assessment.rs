//! A commune's counts judged against a rule set: the tier met, and the gap to each tier.

use super::rule_set::RuleSet;
use super::tier::Tier;
use crate::core::num::counts::Counts;
use crate::core::num::gap::{needed_added, shortfall_existing, Needed};
use crate::core::num::percent::Percent;
use crate::core::num::rate::Rate;

/// Which dossiers a condition counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Measure {
    /// Online dossiers (hồ sơ trực tuyến).
    Online,
    /// Full-process online dossiers (hồ sơ trực tuyến toàn trình); they are online too.
    FullOnline,
}

/// Where a commune stands against one tier.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TierOutcome {
    pub tier: Tier,
    pub met: bool,
    /// Dossiers to add before the tier is met; `None` when a count it depends on (the
    /// full-process one) was not given.
    pub needed: Option<Needed>,
    /// What the added dossiers must be: full-process when a full-process condition still
    /// falls short (they then count as online too).
    pub needed_measure: Measure,
    /// How many existing dossiers would have had to be online (or full-process).
    pub existing_shortfall: Option<u64>,
    pub shortfall_measure: Measure,
    /// The rule set leaves a threshold of this tier to be filled in.
    pub threshold_missing: bool,
}

/// The plain-language answer for the registered tier.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    /// No dossiers in the period yet: no rate.
    NoDossiers,
    /// The registered tier is met.
    Met { registered: Tier },
    /// `needed` more dossiers of kind `measure` reach the registered tier.
    Short {
        registered: Tier,
        needed: u64,
        measure: Measure,
    },
    /// A 100 % threshold with a dossier short: adding dossiers never reaches it.
    Unreachable { registered: Tier },
    /// The registered tier needs the full-process count, which was not given.
    NeedsFullCount { registered: Tier },
    /// The rule set has no threshold for the registered tier yet (a template to fill in).
    NoThreshold { registered: Tier },
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Assessment {
    pub online_rate: Option<Rate>,
    pub full_rate: Option<Rate>,
    /// One outcome per tier of the rule set, lowest first.
    pub tiers: Vec<TierOutcome>,
}

struct Condition {
    measure: Measure,
    /// `None`: a threshold not filled in yet.
    target: Option<Percent>,
}

/// Judges `counts` by `rules`; `dx` says whether the commune takes the optional
/// digital-transformation criterion (which adds the full-process thresholds); `group` is its
/// commune group under sets that have groups.
pub fn assess(counts: &Counts, rules: &RuleSet, dx: bool, group: Option<u8>) -> Assessment {
    let t = counts.total().get();
    let o = counts.online().get();
    let f = counts.full_online().map(|c| c.get());
    let tiers = rules
        .tiers_for(group)
        .into_iter()
        .map(|rule| {
            let conditions: Vec<Condition> = rules
                .rules_up_to(rule.tier, group)
                .flat_map(|r| {
                    let online = Condition {
                        measure: Measure::Online,
                        target: r.online_min,
                    };
                    let full = r
                        .full_online_min_with_dx
                        .filter(|_| dx)
                        .map(|target| Condition {
                            measure: Measure::FullOnline,
                            target: Some(target),
                        });
                    std::iter::once(online).chain(full)
                })
                .collect();
            outcome(rule.tier, &conditions, t, o, f)
        })
        .collect();
    Assessment {
        online_rate: Rate::of(counts.online(), counts.total()),
        full_rate: counts
            .full_online()
            .and_then(|full| Rate::of(full, counts.total())),
        tiers,
    }
}

fn outcome(tier: Tier, conditions: &[Condition], t: u64, o: u64, f: Option<u64>) -> TierOutcome {
    // Each condition's (needed added, existing shortfall, is full-process); None when its
    // count or its threshold is unknown.
    let gaps: Option<Vec<(Needed, u64, bool)>> = conditions
        .iter()
        .map(|c| {
            let count = match c.measure {
                Measure::Online => Some(o),
                Measure::FullOnline => f,
            }?;
            let target = c.target?;
            let full = c.measure == Measure::FullOnline;
            Some((
                needed_added(count, t, target),
                shortfall_existing(count, t, target),
                full,
            ))
        })
        .collect();
    let measure = |full_short: bool| {
        if full_short {
            Measure::FullOnline
        } else {
            Measure::Online
        }
    };
    let needed = gaps
        .as_ref()
        .map(|g| g.iter().map(|x| x.0).max().unwrap_or(Needed::Count(0)));
    let existing_shortfall = gaps
        .as_ref()
        .map(|g| g.iter().map(|x| x.1).max().unwrap_or(0));
    let gaps = gaps.unwrap_or_default();
    TierOutcome {
        threshold_missing: conditions.iter().any(|c| c.target.is_none()),
        tier,
        met: t > 0 && needed.is_some_and(Needed::is_met),
        needed,
        needed_measure: measure(gaps.iter().any(|&(n, _, full)| full && !n.is_met())),
        existing_shortfall,
        shortfall_measure: measure(gaps.iter().any(|&(_, s, full)| full && s > 0)),
    }
}

impl Assessment {
    pub fn outcome(&self, tier: Tier) -> Option<&TierOutcome> {
        self.tiers.iter().find(|o| o.tier == tier)
    }

    /// The highest tier whose conditions (and those of every tier below) all hold.
    pub fn highest_met(&self) -> Option<Tier> {
        self.tiers.iter().filter(|o| o.met).map(|o| o.tier).max()
    }

    pub fn verdict(&self, registered: Tier) -> Verdict {
        if self.online_rate.is_none() {
            return Verdict::NoDossiers;
        }
        let Some(outcome) = self.outcome(registered) else {
            return Verdict::NoThreshold { registered };
        };
        match outcome.needed {
            None if outcome.threshold_missing => Verdict::NoThreshold { registered },
            None => Verdict::NeedsFullCount { registered },
            Some(Needed::Unreachable) => Verdict::Unreachable { registered },
            Some(Needed::Count(0)) => Verdict::Met { registered },
            Some(Needed::Count(needed)) => Verdict::Short {
                registered,
                needed,
                measure: outcome.needed_measure,
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::num::count::Count;
    use crate::core::rules::presets::commune_2022_2025;

    fn counts(t: u64, o: u64, f: Option<u64>) -> Counts {
        let c = |n| Count::new(n).unwrap();
        Counts::new(c(t), c(o), f.map(c)).unwrap()
    }

    fn assess_(c: &Counts, rules: &RuleSet, dx: bool) -> Assessment {
        assess(c, rules, dx, None)
    }

    fn needed(a: &Assessment, tier: Tier) -> Option<Needed> {
        a.outcome(tier).unwrap().needed
    }

    #[test]
    fn between_thresholds_meets_ntm_only() {
        // Công văn 1598/STTTT-CNTTBCVT, Xã Vạn Thạnh: 32,91 %.
        let a = assess_(&counts(10_000, 3_291, None), &commune_2022_2025(), false);
        assert_eq!(a.highest_met(), Some(Tier::Ntm));
        assert_eq!(needed(&a, Tier::Ntm), Some(Needed::Count(0)));
        // (5000 − 3291) / 0,5 = 3418
        assert_eq!(needed(&a, Tier::NangCao), Some(Needed::Count(3_418)));
        assert_eq!(needed(&a, Tier::KieuMau), Some(Needed::Count(3_418)));
        assert_eq!(
            a.outcome(Tier::NangCao).unwrap().existing_shortfall,
            Some(1_709)
        );
        assert_eq!(
            a.verdict(Tier::Ntm),
            Verdict::Met {
                registered: Tier::Ntm
            }
        );
        assert_eq!(
            a.verdict(Tier::NangCao),
            Verdict::Short {
                registered: Tier::NangCao,
                needed: 3_418,
                measure: Measure::Online
            }
        );
    }

    #[test]
    fn a_hair_below_thirty_percent_is_not_ntm() {
        let a = assess_(&counts(20_000, 5_999, None), &commune_2022_2025(), false);
        assert_eq!(a.highest_met(), None);
        assert_eq!(needed(&a, Tier::Ntm), Some(Needed::Count(2)));
        assert_eq!(
            a.online_rate
                .unwrap()
                .format(&commune_2022_2025().online_thresholds(None)),
            "29,99 %"
        );
    }

    #[test]
    fn model_tier_with_dx_needs_full_process_dossiers() {
        // 60 % online, 40 % full-process, dx chosen: kiểu mẫu needs 70 % full-process.
        let a = assess_(&counts(1_000, 600, Some(400)), &commune_2022_2025(), true);
        assert_eq!(a.highest_met(), Some(Tier::NangCao));
        // (700 − 400) / 0,3 = 1000 more full-process dossiers.
        assert_eq!(needed(&a, Tier::KieuMau), Some(Needed::Count(1_000)));
        let km = a.outcome(Tier::KieuMau).unwrap();
        assert_eq!(km.needed_measure, Measure::FullOnline);
        assert_eq!(km.existing_shortfall, Some(300));
        assert_eq!(km.shortfall_measure, Measure::FullOnline);
        // Without dx the model tier is the advanced one's threshold.
        let plain = assess_(&counts(1_000, 600, Some(400)), &commune_2022_2025(), false);
        assert_eq!(plain.highest_met(), Some(Tier::KieuMau));
    }

    #[test]
    fn dx_without_a_full_process_count_leaves_the_model_tier_open() {
        let a = assess_(&counts(1_000, 900, None), &commune_2022_2025(), true);
        assert_eq!(a.highest_met(), Some(Tier::NangCao));
        assert_eq!(needed(&a, Tier::KieuMau), None);
        assert_eq!(
            a.verdict(Tier::KieuMau),
            Verdict::NeedsFullCount {
                registered: Tier::KieuMau
            }
        );
    }

    #[test]
    fn no_dossiers_is_said_plainly() {
        let a = assess_(&counts(0, 0, None), &commune_2022_2025(), false);
        assert_eq!(a.online_rate, None);
        assert_eq!(a.highest_met(), None);
        assert_eq!(a.verdict(Tier::Ntm), Verdict::NoDossiers);
        assert_eq!(needed(&a, Tier::Ntm), Some(Needed::Count(1)));
    }

    #[test]
    fn a_full_target_is_unreachable_by_adding() {
        let mut rules = commune_2022_2025();
        rules.tiers[0].online_min = Some(Percent::whole(100));
        let a = assess_(&counts(100, 99, None), &rules, false);
        assert_eq!(needed(&a, Tier::Ntm), Some(Needed::Unreachable));
        assert_eq!(
            a.verdict(Tier::Ntm),
            Verdict::Unreachable {
                registered: Tier::Ntm
            }
        );
        assert_eq!(a.outcome(Tier::Ntm).unwrap().existing_shortfall, Some(1));
    }
}
