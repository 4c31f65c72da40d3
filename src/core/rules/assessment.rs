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
        .map(|tier| {
            let conditions: Vec<Condition> = rules
                .rules_up_to(tier, group)
                .flat_map(|r| {
                    let online = Condition {
                        measure: Measure::Online,
                        target: r.online_min,
                    };
                    let full = r
                        .full_online_min_with_dx
                        .filter(|_| dx || rules.full_process_required(r.tier))
                        .map(|target| Condition {
                            measure: Measure::FullOnline,
                            target: Some(target),
                        });
                    std::iter::once(online).chain(full)
                })
                .collect();
            outcome(tier, &conditions, t, o, f)
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

    /// The highest tier whose conditions (and those of every tier below) all hold. Outcomes
    /// are in the set's order and each holds the lower tiers' conditions, so it is the last met.
    pub fn highest_met(&self) -> Option<Tier> {
        self.tiers.iter().rev().find(|o| o.met).map(|o| o.tier)
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
        assert_eq!(a.highest_met(), Some(Tier::NTM));
        assert_eq!(needed(&a, Tier::NTM), Some(Needed::Count(0)));
        // (5000 − 3291) / 0,5 = 3418
        assert_eq!(needed(&a, Tier::NANG_CAO), Some(Needed::Count(3_418)));
        assert_eq!(needed(&a, Tier::KIEU_MAU), Some(Needed::Count(3_418)));
        assert_eq!(
            a.outcome(Tier::NANG_CAO).unwrap().existing_shortfall,
            Some(1_709)
        );
        assert_eq!(
            a.verdict(Tier::NTM),
            Verdict::Met {
                registered: Tier::NTM
            }
        );
        assert_eq!(
            a.verdict(Tier::NANG_CAO),
            Verdict::Short {
                registered: Tier::NANG_CAO,
                needed: 3_418,
                measure: Measure::Online
            }
        );
    }

    #[test]
    fn a_hair_below_thirty_percent_is_not_ntm() {
        let a = assess_(&counts(20_000, 5_999, None), &commune_2022_2025(), false);
        assert_eq!(a.highest_met(), None);
        assert_eq!(needed(&a, Tier::NTM), Some(Needed::Count(2)));
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
        assert_eq!(a.highest_met(), Some(Tier::NANG_CAO));
        // (700 − 400) / 0,3 = 1000 more full-process dossiers.
        assert_eq!(needed(&a, Tier::KIEU_MAU), Some(Needed::Count(1_000)));
        let km = a.outcome(Tier::KIEU_MAU).unwrap();
        assert_eq!(km.needed_measure, Measure::FullOnline);
        assert_eq!(km.existing_shortfall, Some(300));
        assert_eq!(km.shortfall_measure, Measure::FullOnline);
        // Without dx the model tier is the advanced one's threshold.
        let plain = assess_(&counts(1_000, 600, Some(400)), &commune_2022_2025(), false);
        assert_eq!(plain.highest_met(), Some(Tier::KIEU_MAU));
    }

    #[test]
    fn dx_without_a_full_process_count_leaves_the_model_tier_open() {
        let a = assess_(&counts(1_000, 900, None), &commune_2022_2025(), true);
        assert_eq!(a.highest_met(), Some(Tier::NANG_CAO));
        assert_eq!(needed(&a, Tier::KIEU_MAU), None);
        assert_eq!(
            a.verdict(Tier::KIEU_MAU),
            Verdict::NeedsFullCount {
                registered: Tier::KIEU_MAU
            }
        );
    }

    #[test]
    fn no_dossiers_is_said_plainly() {
        let a = assess_(&counts(0, 0, None), &commune_2022_2025(), false);
        assert_eq!(a.online_rate, None);
        assert_eq!(a.highest_met(), None);
        assert_eq!(a.verdict(Tier::NTM), Verdict::NoDossiers);
        assert_eq!(needed(&a, Tier::NTM), Some(Needed::Count(1)));
    }

    #[test]
    fn a_full_target_is_unreachable_by_adding() {
        let mut rules = commune_2022_2025();
        rules.tiers[0].online_min = Some(Percent::whole(100));
        let a = assess_(&counts(100, 99, None), &rules, false);
        assert_eq!(needed(&a, Tier::NTM), Some(Needed::Unreachable));
        assert_eq!(
            a.verdict(Tier::NTM),
            Verdict::Unreachable {
                registered: Tier::NTM
            }
        );
        assert_eq!(a.outcome(Tier::NTM).unwrap().existing_shortfall, Some(1));
    }

    /// A set of its own: tiers declared out of slug order, the top one requiring a
    /// full-process rate of every commune, thresholds by commune group.
    fn own_set() -> RuleSet {
        use crate::core::rules::presets::commune_2026_2030_template;
        use crate::core::rules::rule_set::{TierDef, TierRule};
        let so = Tier::parse("xa-so").unwrap();
        let mut set = commune_2026_2030_template();
        let mut top = TierDef::new(so, "Xã số", "Digital commune");
        top.full_process_required = true;
        set.tier_defs = vec![TierDef::new(Tier::NTM_HIEN_DAI, "Hiện đại", "Modern"), top];
        let rule = |tier, group, online: u8, full: Option<u8>| TierRule {
            tier,
            group: Some(group),
            online_min: Some(Percent::whole(online)),
            full_online_min_with_dx: full.map(Percent::whole),
        };
        set.tiers = vec![
            rule(Tier::NTM_HIEN_DAI, 1, 60, None),
            rule(Tier::NTM_HIEN_DAI, 3, 20, None),
            rule(so, 1, 60, Some(40)),
            rule(so, 3, 20, Some(10)),
        ];
        set
    }

    #[test]
    fn tiers_are_the_sets_own_in_its_order() {
        let set = own_set();
        let so = Tier::parse("xa-so").unwrap();
        // 25 % online, 10 % full-process: nhóm 3 meets both tiers without opting in…
        let a = assess(&counts(1_000, 250, Some(100)), &set, false, Some(3));
        assert_eq!(
            a.tiers.iter().map(|o| o.tier).collect::<Vec<_>>(),
            vec![Tier::NTM_HIEN_DAI, so]
        );
        assert_eq!(a.highest_met(), Some(so));
        // …nhóm 1 meets neither, and its full-process minimum applies without opting in.
        let a = assess(&counts(1_000, 250, Some(100)), &set, false, Some(1));
        assert_eq!(a.highest_met(), None);
        assert_eq!(needed(&a, Tier::NTM_HIEN_DAI), Some(Needed::Count(875)));
        assert_eq!(a.outcome(so).unwrap().needed_measure, Measure::FullOnline);
        // Without the full-process count the required tier stays open.
        let a = assess(&counts(1_000, 250, None), &set, false, Some(3));
        assert_eq!(a.highest_met(), Some(Tier::NTM_HIEN_DAI));
        assert_eq!(a.verdict(so), Verdict::NeedsFullCount { registered: so });
        assert!(!set.has_dx_criterion());
    }
}
