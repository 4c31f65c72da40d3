//! The rule sets the app ships. Every threshold the app applies comes from here or from a
//! copy a user edited.

use super::rule_set::{
    Bilingual, CommuneGroup, GroupRule, LegalBasis, Quota, RuleSet, TierDef, TierRule,
};
use super::tier::Tier;
use crate::core::history::calendar::CivilDate;
use crate::core::num::percent::Percent;
use crate::core::reports::scorecard::{Indicator, IndicatorSet};
use crate::core::table::unit::UnitKind;

/// The identifier of the default rule set.
pub const DEFAULT_ID: &str = "khanh-hoa-xa-2022-2025";

/// Commune criterion "Tỷ lệ hồ sơ giải quyết trực tuyến trên tổng số hồ sơ giải quyết thủ
/// tục hành chính của xã", 2022–2025, as Khánh Hòa's Department of Information and
/// Communications restates it (Công văn 1598/STTTT-CNTTBCVT, 24/05/2024; docs/sources.md): NTM ≥ 30 %; NTM nâng cao ≥ 50 %; NTM kiểu mẫu
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
        tier_defs: Tier::CLASSIC.into_iter().filter_map(TierDef::national).collect(),
        tiers: vec![
            TierRule { tier: Tier::NTM, group: None, online_min: Some(Percent::whole(30)), full_online_min_with_dx: None },
            TierRule { tier: Tier::NANG_CAO, group: None, online_min: Some(Percent::whole(50)), full_online_min_with_dx: None },
            TierRule {
                tier: Tier::KIEU_MAU,
                group: None,
                online_min: Some(Percent::whole(50)),
                full_online_min_with_dx: Some(Percent::whole(70)),
            },
        ],
        commune_groups: Vec::new(),
        quotas: Vec::new(),
        group_rule: Some(district_rule_2793()),
    }
}

/// The district criterion of Khánh Hòa's Quyết định 2793/QĐ-UBND, as Công văn 1598/STTTT-CNTTBCVT restates it: 100 % of the
/// registered communes ≥ the NTM rate, at least 10 % of the communes ≥ the advanced rate,
/// every town at its yearly quota.
fn district_rule_2793() -> GroupRule {
    GroupRule {
        legal_basis: LegalBasis {
            document: "Quyết định số 2793/QĐ-UBND".to_owned(),
            issuer: Bilingual::new("UBND tỉnh Khánh Hòa", "Khánh Hòa Provincial People's Committee"),
            date: CivilDate { year: 2022, month: 10, day: 10 },
            summary: Bilingual::new(
                "Bộ tiêu chí huyện NTM: 100% xã đăng ký đạt chuẩn NTM (tỷ lệ hồ sơ trực tuyến tối thiểu 30%); \
                 ít nhất 10% xã đạt chuẩn NTM nâng cao (tối thiểu 50%); 100% thị trấn đạt chỉ tiêu được giao.",
                "District NTM criteria: all registered communes at the NTM rate (30 %); at least 10 % of \
                 communes at the advanced rate (50 %); every town at its assigned quota.",
            ),
        },
        all_reach: Tier::NTM,
        some_reach: Tier::NANG_CAO,
        share: Percent::whole(10),
    }
}

/// Khánh Hòa's yearly quotas of online dossiers (Quyết định 817/QĐ-UBND, 2019; the same
/// figures were assigned again in 2020; as restated by Vạn Ninh's Công văn 934/UBND-VHTT and a
/// 2020 news report, docs/sources.md).
pub fn khanh_hoa_quotas_817() -> RuleSet {
    let quota = |id: &str, vi: &str, en: &str, min: u8, default_for: &[UnitKind]| Quota {
        id: id.to_owned(),
        name: Bilingual::new(vi, en),
        online_min: Percent::whole(min),
        default_for: default_for.to_vec(),
    };
    RuleSet {
        id: "khanh-hoa-chi-tieu-817-2019".to_owned(),
        name: Bilingual::new(
            "Chỉ tiêu hồ sơ trực tuyến mức độ 3, 4 của tỉnh Khánh Hòa",
            "Khánh Hòa quotas of online (level 3, 4) dossiers",
        ),
        period: Bilingual::new(
            "Năm 2019: từ 01/12/2018 đến 30/11/2019 (giao lại năm 2020)",
            "2019: 01/12/2018 to 30/11/2019 (assigned again in 2020)",
        ),
        legal_basis: LegalBasis {
            document: "Quyết định số 817/QĐ-UBND".to_owned(),
            issuer: Bilingual::new("UBND tỉnh Khánh Hòa", "Khánh Hòa Provincial People's Committee"),
            date: CivilDate { year: 2019, month: 3, day: 25 },
            summary: Bilingual::new(
                "Giao chỉ tiêu tối thiểu hồ sơ được tiếp nhận, giải quyết trực tuyến mức độ 3, 4 trên tổng số \
                 hồ sơ của các thủ tục đã công bố trực tuyến, cho các sở, ngành, địa phương.",
                "Minimum share of dossiers received and resolved online (level 3, 4) among dossiers of the \
                 procedures published online, per department and local government.",
            ),
        },
        tiers: Vec::new(),
        commune_groups: Vec::new(),
        tier_defs: Vec::new(),
        quotas: vec![
            quota(
                "so-nganh-45",
                "Sở, ngành nhóm 1 và Ban Quản lý Khu kinh tế Vân Phong",
                "Listed departments and the Vân Phong economic zone board",
                45,
                &[],
            ),
            quota(
                "so-nganh-40",
                "Sở Du lịch, Giáo dục và Đào tạo, Giao thông vận tải, Lao động - TB&XH, Tư pháp, Y tế",
                "Tourism, education, transport, labour, justice and health departments",
                40,
                &[],
            ),
            quota(
                "huyen-35",
                "UBND huyện Cam Lâm, Vạn Ninh, Diên Khánh, thị xã Ninh Hòa, TP Cam Ranh, TP Nha Trang",
                "District committees of Cam Lâm, Vạn Ninh, Diên Khánh, Ninh Hòa, Cam Ranh, Nha Trang",
                35,
                &[UnitKind::Huyen],
            ),
            quota(
                "huyen-mien-nui-30",
                "UBND huyện Khánh Sơn, Khánh Vĩnh",
                "District committees of Khánh Sơn, Khánh Vĩnh (mountainous)",
                30,
                &[],
            ),
            quota(
                "xa-25",
                "Xã, phường, thị trấn thuộc các huyện, thị xã, thành phố nêu trên",
                "Communes, wards and towns of the districts above",
                25,
                &[UnitKind::Xa, UnitKind::Phuong, UnitKind::ThiTran],
            ),
            quota(
                "xa-mien-nui-20",
                "Xã, thị trấn thuộc huyện Khánh Sơn, Khánh Vĩnh",
                "Communes and towns of Khánh Sơn, Khánh Vĩnh",
                20,
                &[],
            ),
        ],
        group_rule: None,
    }
}

/// The online-dossier indicator of the government's 2024 reform targets (Nghị quyết
/// 02/NQ-CP; docs/sources.md): online dossiers ≥ 50 % of all dossiers.
pub fn resolution_02_2024() -> RuleSet {
    RuleSet {
        id: "nq-02-2024-ho-so-truc-tuyen".to_owned(),
        name: Bilingual::new(
            "Tỷ lệ hồ sơ trực tuyến theo Nghị quyết 02/NQ-CP năm 2024",
            "Online dossiers under Resolution 02/NQ-CP (2024)",
        ),
        period: Bilingual::new("Năm 2024", "2024"),
        legal_basis: LegalBasis {
            document: "Nghị quyết số 02/NQ-CP".to_owned(),
            issuer: Bilingual::new("Chính phủ", "The Government"),
            date: CivilDate { year: 2024, month: 1, day: 5 },
            summary: Bilingual::new(
                "Chỉ tiêu cải cách TTHC năm 2024: tỷ lệ hồ sơ trực tuyến trên tổng số hồ sơ tối thiểu 50%.",
                "2024 administrative-reform target: online dossiers at least 50 % of all dossiers.",
            ),
        },
        tiers: Vec::new(),
        commune_groups: Vec::new(),
        tier_defs: Vec::new(),
        quotas: vec![Quota {
            id: "ho-so-truc-tuyen".to_owned(),
            name: Bilingual::new("Tỷ lệ hồ sơ trực tuyến", "Online dossier rate"),
            online_min: Percent::whole(50),
            default_for: UnitKind::ALL.to_vec(),
        }],
        group_rule: None,
    }
}

/// The 2026–2030 national commune criteria (Quyết định 51/2025/QĐ-TTg): thresholds differ by
/// commune group (nhóm 1, 2, 3) and provinces set many of them, so this template ships with
/// every threshold empty; a user copies it and fills in the province's numbers.
pub fn commune_2026_2030_template() -> RuleSet {
    let tiers = [1u8, 2, 3]
        .into_iter()
        .flat_map(|group| {
            [Tier::NTM, Tier::NTM_HIEN_DAI]
                .into_iter()
                .map(move |tier| TierRule {
                    tier,
                    group: Some(group),
                    online_min: None,
                    full_online_min_with_dx: None,
                })
        })
        .collect();
    RuleSet {
        id: "xa-2026-2030-mau".to_owned(),
        name: Bilingual::new(
            "Bộ tiêu chí xã NTM 2026–2030 (mẫu, cần nhập ngưỡng)",
            "Commune NTM criteria 2026–2030 (template, thresholds to fill in)",
        ),
        period: Bilingual::new(
            "Giai đoạn 2026–2030, hiệu lực từ 15/02/2026",
            "2026–2030, in force from 15/02/2026",
        ),
        legal_basis: LegalBasis {
            document: "Quyết định số 51/2025/QĐ-TTg".to_owned(),
            issuer: Bilingual::new("Thủ tướng Chính phủ", "The Prime Minister"),
            date: CivilDate { year: 2025, month: 12, day: 29 },
            summary: Bilingual::new(
                "Bộ tiêu chí quốc gia về xã NTM các cấp giai đoạn 2026–2030: 10 tiêu chí, 47 chỉ tiêu; ngưỡng \
                 khác nhau theo nhóm xã (nhóm 1, 2, 3), nhiều chỉ tiêu do tỉnh quy định. Sao chép bộ này và \
                 nhập ngưỡng tỷ lệ hồ sơ trực tuyến tỉnh đã ban hành.",
                "National commune NTM criteria 2026–2030: 10 criteria, 47 indicators; thresholds differ by \
                 commune group (1, 2, 3) and provinces set many of them. Copy this set and enter the \
                 province's online-dossier thresholds.",
            ),
        },
        tier_defs: vec![
            TierDef::new(Tier::NTM, "Xã NTM", "NTM commune"),
            TierDef::new(
                Tier::NTM_HIEN_DAI,
                "Xã NTM hiện đại (thí điểm)",
                "Modern NTM commune (pilot)",
            ),
        ],
        tiers,
        commune_groups: groups_2026_2030(),
        quotas: Vec::new(),
        group_rule: None,
    }
}

/// The commune groups of Quyết định 51/2025/QĐ-TTg.
fn groups_2026_2030() -> Vec<CommuneGroup> {
    let group = |number, vi: &str, en: &str| CommuneGroup {
        number,
        definition: Bilingual::new(vi, en),
    };
    vec![
        group(
            1,
            "Xã liền kề đô thị hiện hữu và được quy hoạch trở thành đô thị, hoặc có tỷ trọng nông \
             nghiệp dưới 10% trong cơ cấu kinh tế, hoặc được xác định là khu vực đô thị mới",
            "Communes beside an existing urban area and planned to become urban, or with \
             agriculture under 10 % of the economy, or designated new urban areas",
        ),
        group(
            2,
            "Các xã còn lại (không thuộc nhóm 1 và nhóm 3)",
            "The other communes (neither group 1 nor group 3)",
        ),
        group(
            3,
            "Xã thuộc khu vực II, III vùng đồng bào dân tộc thiểu số và miền núi",
            "Communes of zone II or III of the ethnic-minority and mountain areas",
        ),
    ]
}

/// The shipped sets of tiers, for judging one commune: the default first.
pub fn tiered() -> Vec<RuleSet> {
    vec![commune_2022_2025(), commune_2026_2030_template()]
}

/// All shipped rule sets, the default first.
pub fn all() -> Vec<RuleSet> {
    vec![
        commune_2022_2025(),
        khanh_hoa_quotas_817(),
        resolution_02_2024(),
        commune_2026_2030_template(),
    ]
}

/// The identifier of the shipped set.
pub const NQ02_2024_ID: &str = "nq-02-2024";

/// The eleven indicators of Nghị quyết 02/NQ-CP, 2024 targets, as Sóc Trăng's Công văn
/// 2796/UBND-TTHC (30/08/2024) lists them in its appendix (docs/sources.md).
pub fn nq02_2024() -> IndicatorSet {
    let indicator = |id: &str, vi: &str, en: &str, target: u8| Indicator {
        id: id.to_owned(),
        name: Bilingual::new(vi, en),
        target: Percent::whole(target),
    };
    IndicatorSet {
        id: NQ02_2024_ID.to_owned(),
        name: Bilingual::new(
            "Chỉ tiêu cải cách TTHC theo Nghị quyết 02/NQ-CP năm 2024",
            "Administrative-procedure reform targets under Resolution 02/NQ-CP (2024)",
        ),
        legal_basis: LegalBasis {
            document: "Nghị quyết số 02/NQ-CP".to_owned(),
            issuer: Bilingual::new("Chính phủ", "The Government"),
            date: CivilDate {
                year: 2024,
                month: 1,
                day: 5,
            },
            summary: Bilingual::new(
                "Những nhiệm vụ, giải pháp chủ yếu cải thiện môi trường kinh doanh, nâng cao \
                 năng lực cạnh tranh quốc gia năm 2024: 11 chỉ tiêu về cải cách thủ tục hành \
                 chính.",
                "Main tasks and measures to improve the business environment and national \
                 competitiveness in 2024: 11 administrative-procedure reform indicators.",
            ),
        },
        indicators: vec![
            indicator(
                "dich-vu-cong-toan-trinh",
                "Tỷ lệ cung cấp dịch vụ công trực tuyến toàn trình trên tổng số TTHC có đủ \
                 điều kiện trên Cổng Dịch vụ công quốc gia",
                "Full-process online public services among eligible procedures on the National \
                 Public Service Portal",
                80,
            ),
            indicator(
                "thanh-toan-truc-tuyen",
                "Tỷ lệ thanh toán trực tuyến trên Cổng Dịch vụ công quốc gia trên tổng số \
                 giao dịch thanh toán của dịch vụ công",
                "Online payments on the National Public Service Portal among all public-service \
                 payment transactions",
                45,
            ),
            indicator(
                "ho-so-truc-tuyen",
                "Tỷ lệ hồ sơ trực tuyến trên tổng số hồ sơ tiếp nhận, giải quyết TTHC",
                "Online dossiers among all dossiers received and resolved",
                50,
            ),
            indicator(
                "so-hoa-ho-so",
                "Tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC",
                "Dossiers and results digitised",
                80,
            ),
            indicator(
                "ket-qua-dien-tu",
                "Tỷ lệ cấp kết quả giải quyết TTHC điện tử",
                "Results issued electronically",
                100,
            ),
            indicator(
                "chung-thuc-ban-sao-dien-tu",
                "Tỷ lệ thực hiện chứng thực bản sao điện tử từ bản chính tại UBND cấp xã và Phòng \
                 Tư pháp cấp huyện",
                "Electronic certified copies from originals at commune committees and district \
                 justice offices",
                100,
            ),
            indicator(
                "tai-su-dung-du-lieu",
                "Tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hóa",
                "Reuse of digitised information and data",
                50,
            ),
            indicator(
                "cong-bo-dung-han",
                "Tỷ lệ công bố, công khai TTHC đúng hạn",
                "Procedures published and made public on time",
                100,
            ),
            indicator(
                "dong-bo-ket-qua",
                "Tỷ lệ kết quả xử lý hồ sơ TTHC của bộ, ngành, địa phương được đồng bộ đầy đủ trên \
                 Cổng Dịch vụ công quốc gia",
                "Dossier results fully synchronised to the National Public Service Portal",
                100,
            ),
            indicator(
                "phan-anh-kien-nghi",
                "Tỷ lệ xử lý phản ánh, kiến nghị đúng hạn",
                "Feedback and petitions handled on time",
                100,
            ),
            indicator(
                "muc-do-hai-long",
                "Mức độ hài lòng trong tiếp nhận, giải quyết TTHC của người dân, doanh nghiệp",
                "Satisfaction of citizens and businesses with receiving and resolving procedures",
                100,
            ),
        ],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_default_set_has_every_tier_in_order() {
        let set = commune_2022_2025();
        let tiers: Vec<Tier> = set.tiers.iter().map(|r| r.tier).collect();
        assert_eq!(tiers, Tier::CLASSIC.to_vec());
        assert_eq!(set.tier_list(), Tier::CLASSIC.to_vec());
        assert!(set.has_dx_criterion());
        assert_eq!(all()[0].id, DEFAULT_ID);
    }

    #[test]
    fn the_2026_template_judges_nothing_until_its_thresholds_are_filled_in() {
        use crate::core::table::unit::Unit;
        let mut set = commune_2026_2030_template();
        let unit = Unit {
            commune_group: Some(2),
            ..Unit::named("Xã A")
        };
        assert_eq!(set.requirement(&unit), None);
        for rule in set
            .tiers
            .iter_mut()
            .filter(|r| r.group == Some(2) && r.tier == Tier::NTM)
        {
            rule.online_min = Some(Percent::whole(40));
        }
        assert_eq!(
            set.requirement(&unit).unwrap().online_min,
            Percent::whole(40)
        );
        let other = Unit {
            commune_group: Some(1),
            ..Unit::named("Xã B")
        };
        assert_eq!(set.requirement(&other), None);
        assert_eq!(set.tiers_for(Some(2)), vec![Tier::NTM, Tier::NTM_HIEN_DAI]);
    }

    #[test]
    fn the_2026_set_judges_a_group_3_commune_by_group_3s_number() {
        let mut set = commune_2026_2030_template();
        assert_eq!(set.group_numbers(), vec![1, 2, 3]);
        assert!(set
            .commune_groups
            .iter()
            .all(|g| !g.definition.vi.is_empty()));
        for rule in &mut set.tiers {
            let min = match (rule.tier, rule.group) {
                (t, Some(3)) if t == Tier::NTM => 20,
                (t, Some(_)) if t == Tier::NTM => 40,
                _ => 80,
            };
            rule.online_min = Some(Percent::whole(min));
        }
        let c = |n| crate::core::num::count::Count::new(n).unwrap();
        let counts = crate::core::num::counts::Counts::new(c(100), c(25), None).unwrap();
        let judged = |group| {
            crate::core::rules::assessment::assess(&counts, &set, false, Some(group)).highest_met()
        };
        assert_eq!(judged(3), Some(Tier::NTM));
        assert_eq!(judged(2), None);
        assert_eq!(
            set.tier_def(Tier::NTM_HIEN_DAI).unwrap().name.vi,
            "Xã NTM hiện đại (thí điểm)"
        );
    }

    #[test]
    fn units_are_held_to_their_tier_or_quota() {
        use crate::core::rules::rule_set::Target;
        use crate::core::table::unit::Unit;
        let communes = commune_2022_2025();
        let mut unit = Unit::named("Xã Vạn Hưng");
        assert_eq!(
            communes.requirement(&unit).unwrap().online_min,
            Percent::whole(30)
        );
        unit.target = "nang-cao".into();
        assert_eq!(
            communes.requirement(&unit).unwrap().target,
            Target::Tier(Tier::NANG_CAO)
        );
        unit.target = "kieu-mau".into();
        assert_eq!(
            communes.requirement(&unit).unwrap().online_min,
            Percent::whole(50)
        );
        unit.target = "xa-25".into();
        assert_eq!(
            communes.requirement(&unit).unwrap().target,
            Target::Tier(Tier::NTM)
        );

        let quotas = khanh_hoa_quotas_817();
        let mut unit = Unit {
            target: "nonsense".into(),
            ..Unit::named("Xã Sơn Lâm")
        };
        assert_eq!(quotas.requirement(&unit), None);
        unit.target = "nang-cao".into();
        assert_eq!(
            quotas.requirement(&unit).unwrap().online_min,
            Percent::whole(25)
        );

        let quotas = khanh_hoa_quotas_817();
        let mut unit = Unit::named("Xã Sơn Lâm");
        assert_eq!(
            quotas.requirement(&unit).unwrap().online_min,
            Percent::whole(25)
        );
        unit.target = "xa-mien-nui-20".into();
        assert_eq!(
            quotas.requirement(&unit).unwrap().online_min,
            Percent::whole(20)
        );
        assert_eq!(quotas.requirement(&Unit::named("Sở Y tế")), None);
        assert_eq!(
            resolution_02_2024()
                .requirement(&Unit::named("Sở Y tế"))
                .unwrap()
                .online_min,
            Percent::whole(50)
        );
    }

    #[test]
    fn presets_survive_a_json_round_trip() {
        for set in all() {
            let json = serde_json::to_string(&set).unwrap();
            assert_eq!(serde_json::from_str::<RuleSet>(&json).unwrap(), set);
        }
    }
}
