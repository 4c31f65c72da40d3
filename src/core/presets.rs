//! The rule sets the app ships. Every threshold the app applies comes from here or from a
//! copy a user edited.

use super::percent::Percent;
use super::ruleset::{Bilingual, CivilDate, LegalBasis, RuleSet, TierRule};
use super::tier::Tier;

/// The identifier of the default rule set.
pub const DEFAULT_ID: &str = "khanh-hoa-xa-2022-2025";

/// Commune criterion "Tỷ lệ hồ sơ giải quyết trực tuyến trên tổng số hồ sơ giải quyết thủ
/// tục hành chính của xã", 2022–2025, as Khánh Hòa's Department of Information and
/// Communications restates it (seed 000): NTM ≥ 30 %; NTM nâng cao ≥ 50 %; NTM kiểu mẫu
/// meets NTM nâng cao and, with the optional digital-transformation criterion,
/// full-process online ≥ 70 %.
pub fn commune_2022_2025() -> RuleSet {
    RuleSet {
        id: DEFAULT_ID.to_owned(),
        name: Bilingual::new(
            "Tiêu chí xã NTM, NTM nâng cao, NTM kiểu mẫu (2022–2025)",
            "Commune NTM, advanced and model criteria (2022–2025)",
        ),
        period: Bilingual::new("Giai đoạn 2022–2025", "2022–2025"),
        legal_basis: LegalBasis {
            document: "Công văn số 1598/STTTT-CNTTBCVT".to_owned(),
            issuer: Bilingual::new(
                "Sở Thông tin và Truyền thông tỉnh Khánh Hòa",
                "Khánh Hòa Department of Information and Communications",
            ),
            date: CivilDate { year: 2024, month: 5, day: 24 },
            summary: Bilingual::new(
                "Tỷ lệ hồ sơ giải quyết trực tuyến trên tổng số hồ sơ giải quyết TTHC của xã: \
                 NTM tối thiểu 30%, NTM nâng cao tối thiểu 50%; NTM kiểu mẫu phải đạt NTM nâng cao \
                 và, nếu chọn tiêu chí chuyển đổi số, tỷ lệ hồ sơ trực tuyến toàn trình tối thiểu 70%.",
                "Online dossiers over all resolved dossiers of the commune: NTM at least 30 %, \
                 advanced at least 50 %; model must meet advanced and, with the optional \
                 digital-transformation criterion, full-process online at least 70 %.",
            ),
        },
        tiers: vec![
            TierRule { tier: Tier::Ntm, online_min: Percent::whole(30), full_online_min_with_dx: None },
            TierRule { tier: Tier::NangCao, online_min: Percent::whole(50), full_online_min_with_dx: None },
            TierRule {
                tier: Tier::KieuMau,
                online_min: Percent::whole(50),
                full_online_min_with_dx: Some(Percent::whole(70)),
            },
        ],
    }
}

/// All shipped rule sets, the default first.
pub fn all() -> Vec<RuleSet> {
    vec![commune_2022_2025()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_default_set_has_every_tier_in_order() {
        let set = commune_2022_2025();
        let tiers: Vec<Tier> = set.tiers.iter().map(|r| r.tier).collect();
        assert_eq!(tiers, Tier::ALL.to_vec());
        assert!(set.has_dx_criterion());
        assert_eq!(all()[0].id, DEFAULT_ID);
    }

    #[test]
    fn presets_survive_a_json_round_trip() {
        for set in all() {
            let json = serde_json::to_string(&set).unwrap();
            assert_eq!(serde_json::from_str::<RuleSet>(&json).unwrap(), set);
        }
    }
}
