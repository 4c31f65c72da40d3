//! A rule-set file: what "export" writes for one set and what "import" reads, one or
//! several sets (a province's file). `{"schema":2,"kind":"ntm-calc.rule-sets","sets":[…]}`,
//! each set as storage writes it (see [`super::codec`]). Schema 1 files (sets without
//! `tier_defs`, written before tiers were data) are read as storage reads them.

use super::codec::{FromJson, ToJson};
use super::fragment::{pack, unpack, FragmentError, MAX_FRAGMENT};
use super::json::{Json, ObjWriter};
#[cfg(test)]
use crate::core::rules::rule_set::CommuneGroup;
use crate::core::rules::rule_set::{Bilingual, RuleSet};
use crate::core::text::clean_name;

/// The version of the file format this build writes.
pub const SCHEMA: u64 = 2;
/// What the file says it is.
pub const KIND: &str = "ntm-calc.rule-sets";
/// The largest file read (a province's file of many sets is a few kilobytes).
pub const MAX_BYTES: usize = 1_000_000;
/// The most sets a file may hold.
pub const MAX_SETS: usize = 100;
/// The longest text of a set (a name, a legal basis' summary).
pub const MAX_TEXT_CHARS: usize = 1_000;
/// The longest id.
pub const MAX_ID_CHARS: usize = 64;
/// The most tiers a set may declare.
pub const MAX_TIERS: usize = 10;

/// The tag that starts a rule-set link's fragment (after the page's own `#/tieu-chi/`).
pub const LINK_TAG: &str = "r1.";

/// Why a file is not a rule-set file this version can read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FileError {
    TooLarge,
    /// A link that is not whole (cut short, altered) or of another version.
    DamagedLink,
    NotJson,
    /// JSON, but not a rule-set file.
    Foreign,
    /// Written by a newer version of the app.
    Newer(u64),
    /// A file with no set in it, or more than [`MAX_SETS`].
    Count,
    /// The set at this place (0-based) has a missing or impossible value.
    BadSet(usize),
}

/// The file holding `sets`.
pub fn write(sets: &[RuleSet]) -> String {
    ObjWriter::new()
        .put("schema", Json::number(SCHEMA))
        .put("kind", Json::string(KIND))
        .put(
            "sets",
            Json::Array(sets.iter().map(ToJson::to_json).collect()),
        )
        .done()
        .to_text()
}

/// The fragment of a link carrying `sets`, or `None` when it would be longer than
/// [`MAX_FRAGMENT`] characters (the file then travels as a file).
pub fn link(sets: &[RuleSet]) -> Option<String> {
    let fragment = pack(LINK_TAG, &write(sets));
    (fragment.len() <= MAX_FRAGMENT).then_some(fragment)
}

/// The sets a link's fragment carries, checked as a file's are.
pub fn read_link(fragment: &str) -> Result<Vec<RuleSet>, FileError> {
    let text = unpack(fragment, LINK_TAG, MAX_BYTES).map_err(|e| match e {
        FragmentError::TooLong => FileError::TooLarge,
        _ => FileError::DamagedLink,
    })?;
    read(&text)
}

/// The sets of a file, checked: ids of lowercase letters, digits and `-`; texts without
/// direction controls or line breaks, none longer than [`MAX_TEXT_CHARS`]; a tier's group
/// one of the set's groups.
pub fn read(text: &str) -> Result<Vec<RuleSet>, FileError> {
    if text.len() > MAX_BYTES {
        return Err(FileError::TooLarge);
    }
    let value = Json::parse(text.trim_start_matches('\u{feff}')).map_err(|_| FileError::NotJson)?;
    let obj = value.object().map_err(|_| FileError::Foreign)?;
    if obj.get("kind").ok().flatten().and_then(|k| k.str().ok()) != Some(KIND) {
        return Err(FileError::Foreign);
    }
    match obj.get("schema").ok().flatten().map(Json::u64) {
        Some(Ok(schema)) if schema > SCHEMA => return Err(FileError::Newer(schema)),
        Some(Ok(schema)) if schema > 0 => {}
        _ => return Err(FileError::Foreign),
    }
    let sets = obj
        .req("sets")
        .and_then(Json::array)
        .map_err(|_| FileError::Foreign)?;
    if sets.is_empty() || sets.len() > MAX_SETS {
        return Err(FileError::Count);
    }
    sets.iter()
        .enumerate()
        .map(|(i, set)| {
            RuleSet::from_json(set)
                .ok()
                .and_then(checked)
                .ok_or(FileError::BadSet(i))
        })
        .collect()
}

fn valid_id(id: &str) -> bool {
    !id.is_empty()
        && id.chars().count() <= MAX_ID_CHARS
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

fn clean(text: &mut String) -> bool {
    *text = clean_name(text);
    text.chars().count() <= MAX_TEXT_CHARS
}

fn clean_both(text: &mut Bilingual) -> bool {
    clean(&mut text.vi) && clean(&mut text.en)
}

/// The set with its texts cleaned, or `None` when a value cannot be right.
/// `set` with its texts cleaned, or `None` when a value is out of what a file may hold.
pub fn checked(mut set: RuleSet) -> Option<RuleSet> {
    let basis = &mut set.legal_basis;
    let texts_ok = clean_both(&mut set.name)
        && clean_both(&mut set.period)
        && clean(&mut basis.document)
        && clean_both(&mut basis.issuer)
        && clean_both(&mut basis.summary)
        && set.quotas.iter_mut().all(|q| clean_both(&mut q.name))
        && set.tier_defs.iter_mut().all(|d| {
            clean_both(&mut d.name) && !d.name.vi.trim().is_empty() && !d.name.en.trim().is_empty()
        })
        && set
            .commune_groups
            .iter_mut()
            .all(|g| clean_both(&mut g.definition))
        && set.group_rule.as_mut().is_none_or(|r| {
            clean(&mut r.legal_basis.document)
                && clean_both(&mut r.legal_basis.issuer)
                && clean_both(&mut r.legal_basis.summary)
        });
    let numbers = set.group_numbers();
    let groups_ok = numbers.iter().all(|g| (1..=9).contains(g))
        && set
            .tiers
            .iter()
            .all(|t| t.group.is_none_or(|g| numbers.contains(&g)));
    let ok = texts_ok
        && groups_ok
        && valid_id(&set.id)
        && !set.name.vi.trim().is_empty()
        && set.quotas.iter().all(|q| valid_id(&q.id))
        && set.tier_defs.len() <= MAX_TIERS
        && (!set.tiers.is_empty() || !set.quotas.is_empty());
    ok.then_some(set)
}

/// What differs between a set here and one being imported with the same id.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Difference {
    Name,
    Period,
    LegalBasis,
    /// The tiers declared: which, their names, their order.
    Tiers,
    Thresholds,
    Groups,
    Quotas,
    GroupRule,
}

pub fn differences(here: &RuleSet, incoming: &RuleSet) -> Vec<Difference> {
    [
        (here.name != incoming.name, Difference::Name),
        (here.period != incoming.period, Difference::Period),
        (
            here.legal_basis != incoming.legal_basis,
            Difference::LegalBasis,
        ),
        (here.tier_defs != incoming.tier_defs, Difference::Tiers),
        (here.tiers != incoming.tiers, Difference::Thresholds),
        (
            here.commune_groups != incoming.commune_groups,
            Difference::Groups,
        ),
        (here.quotas != incoming.quotas, Difference::Quotas),
        (
            here.group_rule != incoming.group_rule,
            Difference::GroupRule,
        ),
    ]
    .into_iter()
    .filter_map(|(differs, what)| differs.then_some(what))
    .collect()
}

/// `wanted` when no set has it yet, else `wanted-2`, `wanted-3` …: an imported set never
/// takes the place of another.
pub fn free_id(wanted: &str, taken: &[String]) -> String {
    if !taken.iter().any(|t| t == wanted) {
        return wanted.to_owned();
    }
    (2..)
        .map(|n| format!("{wanted}-{n}"))
        .find(|c| !taken.contains(c))
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::num::percent::Percent;
    use crate::core::rules::presets;
    use crate::core::rules::tier::Tier;
    use crate::core::testing::any_rule_set;
    use proptest::prelude::*;

    #[test]
    fn every_preset_travels() {
        let sets = presets::all();
        assert_eq!(read(&write(&sets)), Ok(sets));
    }

    #[test]
    fn the_worked_example_in_docs_reads() {
        let sets = read(include_str!("../../../docs/rule-sets.example.json")).unwrap();
        assert_eq!(sets.len(), 1);
        assert_eq!(sets[0].tiers.len(), 6);
        assert_eq!(sets[0].tier_list(), vec![Tier::NTM, Tier::NTM_HIEN_DAI]);
        assert!(sets[0].full_process_required(Tier::NTM_HIEN_DAI));
        assert!(sets[0].tiers.iter().all(|t| t.online_min.is_some()));
        // What the app writes for it is the file, member for member.
        let written: serde_json::Value = serde_json::from_str(&write(&sets)).unwrap();
        let file: serde_json::Value =
            serde_json::from_str(include_str!("../../../docs/rule-sets.example.json")).unwrap();
        assert_eq!(written, file);
    }

    #[test]
    fn a_set_travels_by_link() {
        let sets = vec![presets::commune_2026_2030_template()];
        let fragment = link(&sets).expect("a set fits a link");
        assert!(fragment.starts_with(LINK_TAG), "{fragment}");
        assert_eq!(read_link(&format!("#{fragment}")), Ok(sets.clone()));
        let cut = &fragment[..fragment.len() / 2];
        assert_eq!(read_link(cut), Err(FileError::DamagedLink));
        assert_eq!(read_link("v1.AAAA"), Err(FileError::DamagedLink));
        // Not a rule-set file inside: said as a file's would be.
        let other = pack(LINK_TAG, r#"{"schema":1,"data":{}}"#);
        assert_eq!(read_link(&other), Err(FileError::Foreign));
        // Too many sets for a link: none is made.
        let mut seed = 7u64;
        let mut noise = || {
            (0..200)
                .map(|_| {
                    seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
                    char::from(b'a' + (seed >> 59) as u8 % 26)
                })
                .collect::<String>()
        };
        let many: Vec<RuleSet> = (0..40)
            .map(|i| {
                let mut set = presets::commune_2026_2030_template();
                set.id = format!("bo-{i}");
                set.name.vi = noise();
                set
            })
            .collect();
        assert_eq!(link(&many), None);
    }

    #[test]
    fn refuses_what_is_not_a_rule_set_file() {
        let one = write(&[presets::commune_2022_2025()]);
        assert_eq!(read("not json"), Err(FileError::NotJson));
        assert_eq!(read(r#"{"schema":1,"data":{}}"#), Err(FileError::Foreign));
        assert_eq!(
            read(&one.replace("\"schema\":2", "\"schema\":3")),
            Err(FileError::Newer(3))
        );
        assert_eq!(
            read(r#"{"schema":1,"kind":"ntm-calc.rule-sets","sets":[]}"#),
            Err(FileError::Count)
        );
        assert_eq!(
            read(&one.replace("\"id\":\"", "\"id\":\"BAD ")),
            Err(FileError::BadSet(0))
        );
        assert_eq!(
            read(&one.replace("\"30\"", "\"130\"")),
            Err(FileError::BadSet(0))
        );
        assert_eq!(read(&" ".repeat(MAX_BYTES + 1)), Err(FileError::TooLarge));
        // A byte-order mark, as some editors save, is fine.
        assert!(read(&format!("\u{feff}{one}")).is_ok());
    }

    #[test]
    fn texts_are_cleaned_and_groups_checked() {
        let mut set = presets::commune_2022_2025();
        set.name.vi = "Bộ\u{202e} tỉnh\nX".into();
        let read_back = read(&write(&[set])).unwrap();
        assert_eq!(read_back[0].name.vi, "Bộ tỉnh X");
        let mut grouped = presets::commune_2022_2025();
        grouped.tiers[0].group = Some(3);
        assert_eq!(read(&write(&[grouped.clone()])), Err(FileError::BadSet(0)));
        grouped.commune_groups = [1, 2, 3].map(CommuneGroup::numbered).to_vec();
        assert!(read(&write(&[grouped])).is_ok());
    }

    #[test]
    fn an_import_never_takes_another_sets_place() {
        let taken = vec!["a".to_owned(), "a-2".to_owned()];
        assert_eq!(free_id("b", &taken), "b");
        assert_eq!(free_id("a", &taken), "a-3");
        let here = presets::commune_2022_2025();
        let mut there = here.clone();
        assert!(differences(&here, &there).is_empty());
        there.tiers[0].online_min = Some(Percent::whole(35));
        there.name.en = "Other".into();
        assert_eq!(
            differences(&here, &there),
            vec![Difference::Name, Difference::Thresholds]
        );
    }

    proptest! {
        #[test]
        fn any_rule_set_survives_a_link(set in any_rule_set()) {
            let fragment = link(std::slice::from_ref(&set)).expect("one set fits a link");
            prop_assert_eq!(read_link(&fragment), Ok(vec![set]));
        }

        #[test]
        fn any_rule_set_survives_export_and_import(
            sets in prop::collection::vec(any_rule_set(), 1..4),
        ) {
            prop_assert_eq!(read(&write(&sets)), Ok(sets));
        }

        #[test]
        fn any_text_is_read_or_refused_without_panic(text in "\\PC{0,200}") {
            let _ = read(&text);
        }
    }
}
