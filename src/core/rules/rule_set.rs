//! A rule set: which online rates each tier requires, and the document that says so.
//!
//! Thresholds are data. The numbers the app ships live in [`super::presets`] only.

use super::tier::Tier;
use crate::core::history::calendar::CivilDate;
use crate::core::num::percent::Percent;
use crate::core::table::unit::{Unit, UnitKind};

/// A text in Vietnamese and in English.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Bilingual {
    pub vi: String,
    pub en: String,
}

impl Bilingual {
    pub fn new(vi: &str, en: &str) -> Bilingual {
        Bilingual {
            vi: vi.to_owned(),
            en: en.to_owned(),
        }
    }
}

/// The document a rule set comes from, shown to the user beside the results.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LegalBasis {
    /// Kind and number, as printed: `Công văn số 1598/STTTT-CNTTBCVT`.
    pub document: String,
    pub issuer: Bilingual,
    pub date: CivilDate,
    /// What the document establishes, in a sentence.
    pub summary: Bilingual,
}

/// A tier a rule set declares: its slug, its name and how its full-process minimum applies.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TierDef {
    pub tier: Tier,
    pub name: Bilingual,
    /// `true`: every commune of this tier must reach its full-process minimum. `false`: only
    /// a commune that takes the optional digital-transformation criterion must (as kiểu mẫu
    /// in 2022–2025).
    pub full_process_required: bool,
}

impl TierDef {
    pub fn new(tier: Tier, vi: &str, en: &str) -> TierDef {
        TierDef {
            tier,
            name: Bilingual::new(vi, en),
            full_process_required: false,
        }
    }

    /// A national tier with its usual name: the names the 2022–2025 tiers had before tiers
    /// were data (what a rule set stored by an older version is given), and 2026–2030's
    /// NTM hiện đại. Where no rule set is at hand (a shared link), tiers are named so.
    pub fn national(tier: Tier) -> Option<TierDef> {
        let (vi, en) = match tier.slug() {
            "ntm" => ("NTM", "NTM"),
            "nang-cao" => ("NTM nâng cao", "Advanced NTM"),
            "kieu-mau" => ("NTM kiểu mẫu", "Model NTM"),
            "ntm-hien-dai" => ("NTM hiện đại", "Modern NTM"),
            _ => return None,
        };
        Some(TierDef::new(tier, vi, en))
    }
}

/// A commune group of the 2026–2030 criteria (nhóm 1, 2, 3) and what puts a commune in it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CommuneGroup {
    pub number: u8,
    /// Empty when the set does not say.
    pub definition: Bilingual,
}

impl CommuneGroup {
    pub fn numbered(number: u8) -> CommuneGroup {
        CommuneGroup {
            number,
            definition: Bilingual::new("", ""),
        }
    }
}

/// What one tier requires.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TierRule {
    pub tier: Tier,
    /// The commune group (nhóm 1, 2, 3 of the 2026–2030 criteria) this rule is for;
    /// `None` when it holds for every commune.
    pub group: Option<u8>,
    /// Least online rate: online ÷ all dossiers. `None` while a template's threshold has
    /// not been filled in: nothing is judged against it then.
    pub online_min: Option<Percent>,
    /// Least full-process rate (full-process online ÷ all dossiers), required only when the
    /// commune takes the optional digital-transformation criterion.
    pub full_online_min_with_dx: Option<Percent>,
}

/// A yearly quota for a class of units (Khánh Hòa QĐ 817/QĐ-UBND: 45 % for listed
/// departments, 25 % for communes …).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Quota {
    /// What a unit's target names to be held to this quota.
    pub id: String,
    pub name: Bilingual,
    pub online_min: Percent,
    /// Kinds of unit held to this quota when they name no class.
    pub default_for: Vec<UnitKind>,
}

/// How a group of communes (a district, in older rule sets) is judged from its units.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GroupRule {
    pub legal_basis: LegalBasis,
    /// Every commune of the group must reach this tier's online rate.
    pub all_reach: Tier,
    /// At least `share` of the communes must reach this tier's online rate.
    pub some_reach: Tier,
    pub share: Percent,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RuleSet {
    pub id: String,
    pub name: Bilingual,
    pub period: Bilingual,
    pub legal_basis: LegalBasis,
    /// The tiers the set declares, lowest first. A tier is met only when the tiers below it
    /// are met too. Empty for a set of quotas.
    pub tier_defs: Vec<TierDef>,
    /// The thresholds: rules for declared tiers, for every commune or for one group.
    pub tiers: Vec<TierRule>,
    /// The commune groups the set distinguishes (nhóm 1, 2, 3); empty when it has none.
    pub commune_groups: Vec<CommuneGroup>,
    /// Quotas by class of unit; empty for a set of tiers.
    pub quotas: Vec<Quota>,
    pub group_rule: Option<GroupRule>,
}

/// What a unit is held to: a tier of the set, or one of its quotas.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    Tier(Tier),
    Quota(usize),
}

/// The least online rate a unit must reach, and why.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Requirement {
    pub target: Target,
    pub online_min: Percent,
}

impl RuleSet {
    /// The place of `tier` among the declared tiers, lowest first.
    pub fn rank(&self, tier: Tier) -> Option<usize> {
        self.tier_defs.iter().position(|d| d.tier == tier)
    }

    pub fn tier_def(&self, tier: Tier) -> Option<&TierDef> {
        self.tier_defs.iter().find(|d| d.tier == tier)
    }

    /// The declared tiers, lowest first.
    pub fn tier_list(&self) -> Vec<Tier> {
        self.tier_defs.iter().map(|d| d.tier).collect()
    }

    /// The lowest declared tier.
    pub fn lowest_tier(&self) -> Option<Tier> {
        self.tier_defs.first().map(|d| d.tier)
    }

    /// The group numbers the set distinguishes.
    pub fn group_numbers(&self) -> Vec<u8> {
        self.commune_groups.iter().map(|g| g.number).collect()
    }

    /// Whether a commune of this tier must reach its full-process minimum without opting in.
    pub fn full_process_required(&self, tier: Tier) -> bool {
        self.tier_def(tier).is_some_and(|d| d.full_process_required)
    }

    /// The rules for communes of `group`: those for every commune and those for the group.
    pub fn rules_for(&self, group: Option<u8>) -> impl Iterator<Item = &TierRule> {
        self.tiers
            .iter()
            .filter(move |r| r.group.is_none() || r.group == group)
    }

    /// The declared tiers that have a rule for communes of `group`, lowest first.
    pub fn tiers_for(&self, group: Option<u8>) -> Vec<Tier> {
        self.tier_defs
            .iter()
            .map(|d| d.tier)
            .filter(|&t| self.rules_for(group).any(|r| r.tier == t))
            .collect()
    }

    /// The rules a commune of `group` must satisfy for `tier`: its own and every lower tier's.
    pub fn rules_up_to(&self, tier: Tier, group: Option<u8>) -> impl Iterator<Item = &TierRule> {
        let top = self.rank(tier);
        self.rules_for(group)
            .filter(move |r| top.is_some() && self.rank(r.tier) <= top)
    }

    /// Every online-rate threshold for `group` (for honest display of the online rate).
    pub fn online_thresholds(&self, group: Option<u8>) -> Vec<Percent> {
        self.rules_for(group).filter_map(|r| r.online_min).collect()
    }

    /// Every full-process threshold for `group`.
    pub fn full_online_thresholds(&self, group: Option<u8>) -> Vec<Percent> {
        self.rules_for(group)
            .filter_map(|r| r.full_online_min_with_dx)
            .collect()
    }

    /// The least online rate of `tier` for `group`: the highest of its own and the lower
    /// tiers'. `None` when the set has no such rule, or a threshold is not filled in.
    pub fn tier_online_min(&self, tier: Tier, group: Option<u8>) -> Option<Percent> {
        let mut rules = self.rules_up_to(tier, group).peekable();
        rules.peek()?;
        rules
            .map(|r| r.online_min)
            .collect::<Option<Vec<_>>>()?
            .into_iter()
            .max()
    }

    /// Each tier of `group` with its least online rate ([`RuleSet::tier_online_min`]),
    /// lowest tier first; tiers whose threshold is not filled in are left out.
    pub fn tier_minimums(&self, group: Option<u8>) -> Vec<(Tier, Percent)> {
        self.tiers_for(group)
            .into_iter()
            .filter_map(|t| Some((t, self.tier_online_min(t, group)?)))
            .collect()
    }

    /// What `unit` is held to. A tier or quota it names wins; a unit naming nothing is
    /// held to the lowest tier, or to the quota for its kind. `None` when nothing applies.
    pub fn requirement(&self, unit: &Unit) -> Option<Requirement> {
        let target = unit.target.trim();
        let quota = |i: usize| Requirement {
            target: Target::Quota(i),
            online_min: self.quotas[i].online_min,
        };
        let tier = |t: Tier| {
            self.tier_online_min(t, unit.commune_group)
                .map(|online_min| Requirement {
                    target: Target::Tier(t),
                    online_min,
                })
        };
        if let Some(i) = self.quotas.iter().position(|q| q.id == target) {
            return Some(quota(i));
        }
        let named_tier = Tier::parse(target).filter(|&t| self.rank(t).is_some() || t.is_national());
        if let (Some(t), Some(_)) = (named_tier, named_tier.and_then(|t| self.rank(t))) {
            return tier(t);
        }
        // A tier means nothing to a set of quotas, nor a quota class to a set of tiers: such
        // a unit is held to what the set gives its kind. Only an unknown class of a set of
        // quotas leaves the unit without a target.
        if !target.is_empty() && named_tier.is_none() && !self.quotas.is_empty() {
            return None;
        }
        if let (Some(lowest), false) = (self.lowest_tier(), self.tiers.is_empty()) {
            return tier(lowest);
        }
        self.quotas
            .iter()
            .position(|q| q.default_for.contains(&unit.kind))
            .map(quota)
    }

    /// Whether any tier asks for a full-process rate under the optional criterion.
    pub fn has_dx_criterion(&self) -> bool {
        self.tiers
            .iter()
            .any(|r| r.full_online_min_with_dx.is_some() && !self.full_process_required(r.tier))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn official_dates_pad_day_and_early_months() {
        let d = CivilDate {
            year: 2023,
            month: 7,
            day: 5,
        };
        assert_eq!(d.official_vi(), "ngày 05 tháng 7 năm 2023");
        assert_eq!(d.numeric(), "05/07/2023");
        let jan = CivilDate {
            year: 2024,
            month: 1,
            day: 12,
        };
        assert_eq!(jan.official_vi(), "ngày 12 tháng 01 năm 2024");
    }
}
