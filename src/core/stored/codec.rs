//! The commune and the rule sets as JSON, member by member: the shape serde's derives wrote
//! before (stored data reads back the same), read and written through [`Json`] so that the
//! first page needs no serde_json. Serde reads and writes these types through the same code
//! (see [`serde_via_json`]), so a backup holds them exactly as storage does.

use super::json::{or_null, Json, ObjWriter, Unexpected};
use super::record::{CommuneRecord, RuleSetsRecord};
use crate::core::history::calendar::CivilDate;
use crate::core::num::count::Count;
use crate::core::num::counts::Counts;
use crate::core::num::percent::Percent;
use crate::core::rules::rule_set::{
    Bilingual, CommuneGroup, GroupRule, LegalBasis, Quota, RuleSet, TierDef, TierRule,
};
use crate::core::rules::tier::Tier;
use crate::core::table::unit::UnitKind;
use crate::core::text::{clean_name, is_clean_name};

/// A value read from its JSON form.
pub trait FromJson: Sized {
    fn from_json(v: &Json) -> Result<Self, Unexpected>;
}

/// A value written in its JSON form.
pub trait ToJson {
    fn to_json(&self) -> Json;
}

/// Serde's `Serialize` and `Deserialize` of a type, through its JSON form.
macro_rules! serde_via_json {
    ($($t:ty),*) => {$(
        impl serde::Serialize for $t {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                serde::Serialize::serialize(&self.to_json(), s)
            }
        }

        impl<'de> serde::Deserialize<'de> for $t {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let json = <Json as serde::Deserialize>::deserialize(d)?;
                <$t>::from_json(&json).map_err(serde::de::Error::custom)
            }
        }
    )*};
}

serde_via_json!(
    CommuneRecord,
    RuleSetsRecord,
    RuleSet,
    Bilingual,
    LegalBasis,
    CivilDate,
    TierRule,
    Quota,
    GroupRule
);

fn string(v: &Json) -> Result<String, Unexpected> {
    v.str().map(str::to_owned)
}

impl FromJson for Tier {
    fn from_json(v: &Json) -> Result<Tier, Unexpected> {
        Tier::parse(v.str()?).ok_or(Unexpected)
    }
}

impl ToJson for Tier {
    fn to_json(&self) -> Json {
        Json::string(self.slug())
    }
}

impl FromJson for UnitKind {
    fn from_json(v: &Json) -> Result<UnitKind, Unexpected> {
        UnitKind::from_slug(v.str()?).ok_or(Unexpected)
    }
}

impl FromJson for Count {
    fn from_json(v: &Json) -> Result<Count, Unexpected> {
        Count::new(v.u64()?).ok_or(Unexpected)
    }
}

impl FromJson for Counts {
    fn from_json(v: &Json) -> Result<Counts, Unexpected> {
        let o = v.object()?;
        Counts::new(
            Count::from_json(o.req("total")?)?,
            Count::from_json(o.req("online")?)?,
            o.opt("full_online", Count::from_json)?,
        )
        .map_err(|_| Unexpected)
    }
}

impl ToJson for Counts {
    fn to_json(&self) -> Json {
        ObjWriter::new()
            .put("total", Json::number(self.total().get()))
            .put("online", Json::number(self.online().get()))
            .put(
                "full_online",
                or_null(self.full_online(), |c| Json::number(c.get())),
            )
            .done()
    }
}

/// A percentage is stored as its decimal text with a dot (`"67.5"`).
impl FromJson for Percent {
    fn from_json(v: &Json) -> Result<Percent, Unexpected> {
        Percent::try_from(v.str()?.to_owned()).map_err(|_| Unexpected)
    }
}

impl ToJson for Percent {
    fn to_json(&self) -> Json {
        Json::String(String::from(*self))
    }
}

impl FromJson for CivilDate {
    fn from_json(v: &Json) -> Result<CivilDate, Unexpected> {
        let o = v.object()?;
        Ok(CivilDate {
            year: o.req("year")?.int()?,
            month: o.req("month")?.int()?,
            day: o.req("day")?.int()?,
        })
    }
}

impl ToJson for CivilDate {
    fn to_json(&self) -> Json {
        ObjWriter::new()
            .put("year", Json::number(self.year))
            .put("month", Json::number(self.month))
            .put("day", Json::number(self.day))
            .done()
    }
}

impl FromJson for Bilingual {
    fn from_json(v: &Json) -> Result<Bilingual, Unexpected> {
        let o = v.object()?;
        Ok(Bilingual {
            vi: string(o.req("vi")?)?,
            en: string(o.req("en")?)?,
        })
    }
}

impl ToJson for Bilingual {
    fn to_json(&self) -> Json {
        ObjWriter::new()
            .put("vi", Json::string(&self.vi))
            .put("en", Json::string(&self.en))
            .done()
    }
}

impl FromJson for LegalBasis {
    fn from_json(v: &Json) -> Result<LegalBasis, Unexpected> {
        let o = v.object()?;
        Ok(LegalBasis {
            document: string(o.req("document")?)?,
            issuer: Bilingual::from_json(o.req("issuer")?)?,
            date: CivilDate::from_json(o.req("date")?)?,
            summary: Bilingual::from_json(o.req("summary")?)?,
        })
    }
}

impl ToJson for LegalBasis {
    fn to_json(&self) -> Json {
        ObjWriter::new()
            .put("document", Json::string(&self.document))
            .put("issuer", self.issuer.to_json())
            .put("date", self.date.to_json())
            .put("summary", self.summary.to_json())
            .done()
    }
}

impl FromJson for TierRule {
    fn from_json(v: &Json) -> Result<TierRule, Unexpected> {
        let o = v.object()?;
        Ok(TierRule {
            tier: Tier::from_json(o.req("tier")?)?,
            group: o.opt("group", Json::int)?,
            online_min: o.opt("online_min", Percent::from_json)?,
            full_online_min_with_dx: o.opt("full_online_min_with_dx", Percent::from_json)?,
        })
    }
}

impl ToJson for TierRule {
    fn to_json(&self) -> Json {
        ObjWriter::new()
            .put("tier", self.tier.to_json())
            .put("group", or_null(self.group, Json::number))
            .put("online_min", or_null(self.online_min, |p| p.to_json()))
            .put(
                "full_online_min_with_dx",
                or_null(self.full_online_min_with_dx, |p| p.to_json()),
            )
            .done()
    }
}

impl FromJson for Quota {
    fn from_json(v: &Json) -> Result<Quota, Unexpected> {
        let o = v.object()?;
        Ok(Quota {
            id: string(o.req("id")?)?,
            name: Bilingual::from_json(o.req("name")?)?,
            online_min: Percent::from_json(o.req("online_min")?)?,
            default_for: o.list("default_for", UnitKind::from_json)?,
        })
    }
}

impl ToJson for Quota {
    fn to_json(&self) -> Json {
        let kinds = self
            .default_for
            .iter()
            .map(|k| Json::string(k.slug()))
            .collect();
        ObjWriter::new()
            .put("id", Json::string(&self.id))
            .put("name", self.name.to_json())
            .put("online_min", self.online_min.to_json())
            .put("default_for", Json::Array(kinds))
            .done()
    }
}

impl FromJson for GroupRule {
    fn from_json(v: &Json) -> Result<GroupRule, Unexpected> {
        let o = v.object()?;
        Ok(GroupRule {
            legal_basis: LegalBasis::from_json(o.req("legal_basis")?)?,
            all_reach: Tier::from_json(o.req("all_reach")?)?,
            some_reach: Tier::from_json(o.req("some_reach")?)?,
            share: Percent::from_json(o.req("share")?)?,
        })
    }
}

impl ToJson for GroupRule {
    fn to_json(&self) -> Json {
        ObjWriter::new()
            .put("legal_basis", self.legal_basis.to_json())
            .put("all_reach", self.all_reach.to_json())
            .put("some_reach", self.some_reach.to_json())
            .put("share", self.share.to_json())
            .done()
    }
}

impl FromJson for TierDef {
    fn from_json(v: &Json) -> Result<TierDef, Unexpected> {
        let o = v.object()?;
        Ok(TierDef {
            tier: Tier::from_json(o.req("tier")?)?,
            name: Bilingual::from_json(o.req("name")?)?,
            full_process_required: o.req("full_process_required")?.bool()?,
        })
    }
}

impl ToJson for TierDef {
    fn to_json(&self) -> Json {
        ObjWriter::new()
            .put("tier", self.tier.to_json())
            .put("name", self.name.to_json())
            .put(
                "full_process_required",
                Json::Bool(self.full_process_required),
            )
            .done()
    }
}

impl FromJson for CommuneGroup {
    /// A group as schema 2 writes it, or as a bare number (schema 1).
    fn from_json(v: &Json) -> Result<CommuneGroup, Unexpected> {
        if let Ok(number) = v.int() {
            return Ok(CommuneGroup::numbered(number));
        }
        let o = v.object()?;
        Ok(CommuneGroup {
            number: o.req("number")?.int()?,
            definition: Bilingual::from_json(o.req("definition")?)?,
        })
    }
}

impl ToJson for CommuneGroup {
    fn to_json(&self) -> Json {
        ObjWriter::new()
            .put("number", Json::number(self.number))
            .put("definition", self.definition.to_json())
            .done()
    }
}

/// The tiers a set written before tiers were data uses, with the names they had then.
fn classic_tier_defs(tiers: &[TierRule], group_rule: Option<&GroupRule>) -> Vec<TierDef> {
    let named = |t: &Tier| {
        tiers.iter().any(|r| r.tier == *t)
            || group_rule.is_some_and(|g| g.all_reach == *t || g.some_reach == *t)
    };
    Tier::CLASSIC
        .iter()
        .filter(|t| named(t))
        .filter_map(|&t| TierDef::national(t))
        .collect()
}

/// Whether every tier the set names is declared once, and every group once.
fn consistent(set: &RuleSet) -> bool {
    let declared = |t: Tier| set.rank(t).is_some();
    let unique_tiers = set
        .tier_defs
        .iter()
        .enumerate()
        .all(|(i, d)| set.rank(d.tier) == Some(i));
    let groups = set.group_numbers();
    let unique_groups = groups
        .iter()
        .enumerate()
        .all(|(i, g)| !groups[..i].contains(g));
    unique_tiers
        && unique_groups
        && set.tiers.iter().all(|r| declared(r.tier))
        && set
            .group_rule
            .as_ref()
            .is_none_or(|g| declared(g.all_reach) && declared(g.some_reach))
}

impl FromJson for RuleSet {
    /// A set as schema 2 writes it; a set of schema 1 (no `tier_defs`, groups as numbers)
    /// is given the tiers it names with their names of then.
    fn from_json(v: &Json) -> Result<RuleSet, Unexpected> {
        let o = v.object()?;
        let tiers = o.list("tiers", TierRule::from_json)?;
        let group_rule = o.opt("group_rule", GroupRule::from_json)?;
        let tier_defs = match o.get("tier_defs")? {
            Some(_) => o.list("tier_defs", TierDef::from_json)?,
            None => classic_tier_defs(&tiers, group_rule.as_ref()),
        };
        let set = RuleSet {
            id: string(o.req("id")?)?,
            name: Bilingual::from_json(o.req("name")?)?,
            period: Bilingual::from_json(o.req("period")?)?,
            legal_basis: LegalBasis::from_json(o.req("legal_basis")?)?,
            tier_defs,
            tiers,
            commune_groups: o.list("commune_groups", CommuneGroup::from_json)?,
            quotas: o.list("quotas", Quota::from_json)?,
            group_rule,
        };
        if consistent(&set) {
            Ok(set)
        } else {
            Err(Unexpected)
        }
    }
}

impl ToJson for RuleSet {
    fn to_json(&self) -> Json {
        let list = |items: Vec<Json>| Json::Array(items);
        ObjWriter::new()
            .put("id", Json::string(&self.id))
            .put("name", self.name.to_json())
            .put("period", self.period.to_json())
            .put("legal_basis", self.legal_basis.to_json())
            .put(
                "tier_defs",
                list(self.tier_defs.iter().map(ToJson::to_json).collect()),
            )
            .put(
                "tiers",
                list(self.tiers.iter().map(ToJson::to_json).collect()),
            )
            .put(
                "commune_groups",
                list(self.commune_groups.iter().map(ToJson::to_json).collect()),
            )
            .put(
                "quotas",
                list(self.quotas.iter().map(ToJson::to_json).collect()),
            )
            .put(
                "group_rule",
                or_null(self.group_rule.as_ref(), ToJson::to_json),
            )
            .done()
    }
}

impl FromJson for RuleSetsRecord {
    fn from_json(v: &Json) -> Result<RuleSetsRecord, Unexpected> {
        let o = v.object()?;
        Ok(RuleSetsRecord {
            custom: o
                .req("custom")?
                .array()?
                .iter()
                .map(RuleSet::from_json)
                .collect::<Result<_, _>>()?,
            active: match o.get("active")? {
                Some(v) => string(v)?,
                None => String::new(),
            },
        })
    }
}

impl ToJson for RuleSetsRecord {
    fn to_json(&self) -> Json {
        ObjWriter::new()
            .put(
                "custom",
                Json::Array(self.custom.iter().map(ToJson::to_json).collect()),
            )
            .put("active", Json::string(&self.active))
            .done()
    }
}

impl FromJson for CommuneRecord {
    fn from_json(v: &Json) -> Result<CommuneRecord, Unexpected> {
        let o = v.object()?;
        // Read without direction controls or line breaks (see `clean_name`).
        let name = o.req("name")?.str()?;
        Ok(CommuneRecord {
            name: if is_clean_name(name) {
                name.to_owned()
            } else {
                clean_name(name)
            },
            registered: Tier::from_json(o.req("registered")?)?,
            dx: o.req("dx")?.bool()?,
            counts: o.opt("counts", Counts::from_json)?,
            rule_set: string(o.req("rule_set")?)?,
            commune_group: o.opt("commune_group", Json::int)?,
        })
    }
}

impl ToJson for CommuneRecord {
    fn to_json(&self) -> Json {
        ObjWriter::new()
            .put("name", Json::string(&self.name))
            .put("registered", self.registered.to_json())
            .put("dx", Json::Bool(self.dx))
            .put("counts", or_null(self.counts.as_ref(), ToJson::to_json))
            .put("rule_set", Json::string(&self.rule_set))
            .put("commune_group", or_null(self.commune_group, Json::number))
            .done()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::rules::presets;
    use crate::core::stored::record::{decode, decode_rule_sets, stored_doc, DecodeError};
    use crate::core::testing::{any_rule_set, c};
    use proptest::prelude::*;

    /// A commune as the previous version (serde's derive) stored it, byte for byte.
    const STORED_COMMUNE: &str = r#"{"schema":1,"rev":3,"data":{"name":"Xã Vạn Thạnh \"A\"\n","registered":"nang-cao","dx":true,"counts":{"total":1000,"online":329,"full_online":null},"rule_set":"khanh-hoa-xa-2022-2025","commune_group":2}}"#;

    #[test]
    fn reads_and_writes_the_commune_as_serde_did() {
        let record = decode(STORED_COMMUNE).unwrap();
        // The line break is a space once read (see `clean_name`).
        assert_eq!(record.name, "Xã Vạn Thạnh \"A\" ");
        assert_eq!(record.registered, Tier::NANG_CAO);
        assert_eq!(record.counts.unwrap().online(), c(329));
        assert_eq!(record.commune_group, Some(2));
        // Schema 2 changed only rule sets: the commune is written as it was, under schema 2.
        let written = stored_doc(&record, 3);
        let expected = STORED_COMMUNE
            .replace("\\n\"", " \"")
            .replace("\"schema\":1", "\"schema\":2");
        assert_eq!(written, expected);
        assert_eq!(
            serde_json::to_string(&record).unwrap(),
            record.to_json().to_text()
        );
    }

    /// Rule sets as schema 1 (serde's derive) stored them, byte for byte.
    const STORED_RULE_SETS: &str = r#"{"schema":1,"rev":2,"data":{"custom":[{"id":"tu-chinh-1","name":{"vi":"Bộ A","en":"Set A"},"period":{"vi":"P","en":"P"},"legal_basis":{"document":"D","issuer":{"vi":"I","en":"I"},"date":{"year":2024,"month":5,"day":24},"summary":{"vi":"S","en":"S"}},"tiers":[{"tier":"ntm","group":null,"online_min":"33.5","full_online_min_with_dx":null},{"tier":"kieu-mau","group":2,"online_min":null,"full_online_min_with_dx":"70"}],"commune_groups":[1,2,3],"quotas":[{"id":"xa","name":{"vi":"Xã","en":"Communes"},"online_min":"25","default_for":["xa","thi-tran"]}],"group_rule":null}],"active":"tu-chinh-1"}}"#;

    #[test]
    fn reads_and_writes_the_rule_sets_as_serde_did() {
        let record = decode_rule_sets(STORED_RULE_SETS).unwrap();
        let set = &record.custom[0];
        assert_eq!(
            set.tiers[0].online_min,
            Percent::from_hundredths(3_350).ok()
        );
        assert_eq!(set.tiers[1].group, Some(2));
        assert_eq!(
            set.quotas[0].default_for,
            vec![UnitKind::Xa, UnitKind::ThiTran]
        );
        // Migrated to schema 2: the tiers it names are declared with their names of then,
        // lowest first; the groups are kept, without definitions.
        assert_eq!(set.tier_list(), vec![Tier::NTM, Tier::KIEU_MAU]);
        assert_eq!(
            set.tier_def(Tier::KIEU_MAU).unwrap().name.vi,
            "NTM kiểu mẫu"
        );
        assert_eq!(set.group_numbers(), vec![1, 2, 3]);
        assert!(!set.full_process_required(Tier::KIEU_MAU));
        assert_eq!(stored_doc(&record, 2), STORED_RULE_SETS_2);
        assert_eq!(decode_rule_sets(STORED_RULE_SETS_2), Ok(record));
    }

    /// The same rule sets as schema 2 writes them.
    const STORED_RULE_SETS_2: &str = r#"{"schema":2,"rev":2,"data":{"custom":[{"id":"tu-chinh-1","name":{"vi":"Bộ A","en":"Set A"},"period":{"vi":"P","en":"P"},"legal_basis":{"document":"D","issuer":{"vi":"I","en":"I"},"date":{"year":2024,"month":5,"day":24},"summary":{"vi":"S","en":"S"}},"tier_defs":[{"tier":"ntm","name":{"vi":"NTM","en":"NTM"},"full_process_required":false},{"tier":"kieu-mau","name":{"vi":"NTM kiểu mẫu","en":"Model NTM"},"full_process_required":false}],"tiers":[{"tier":"ntm","group":null,"online_min":"33.5","full_online_min_with_dx":null},{"tier":"kieu-mau","group":2,"online_min":null,"full_online_min_with_dx":"70"}],"commune_groups":[{"number":1,"definition":{"vi":"","en":""}},{"number":2,"definition":{"vi":"","en":""}},{"number":3,"definition":{"vi":"","en":""}}],"quotas":[{"id":"xa","name":{"vi":"Xã","en":"Communes"},"online_min":"25","default_for":["xa","thi-tran"]}],"group_rule":null}],"active":"tu-chinh-1"}}"#;

    #[test]
    fn a_set_naming_a_tier_it_does_not_declare_is_refused() {
        let undeclared = STORED_RULE_SETS_2.replace(
            r#"{"tier":"kieu-mau","group":2"#,
            r#"{"tier":"xa-so","group":2"#,
        );
        assert_eq!(decode_rule_sets(&undeclared), Err(DecodeError::Invalid));
        let twice =
            STORED_RULE_SETS_2.replace(r#""tier":"kieu-mau","name""#, r#""tier":"ntm","name""#);
        assert_eq!(decode_rule_sets(&twice), Err(DecodeError::Invalid));
        let bad_slug = STORED_RULE_SETS.replace(r#""tier":"ntm""#, r#""tier":"NTM""#);
        assert_eq!(decode_rule_sets(&bad_slug), Err(DecodeError::Invalid));
    }

    #[test]
    fn members_serde_allowed_to_be_absent_may_be() {
        let text =
            r#"{"schema":1,"data":{"name":"x","registered":"ntm","dx":false,"rule_set":"s"}}"#;
        let record = decode(text).unwrap();
        assert_eq!((record.counts, record.commune_group), (None, None));
        for missing in ["name", "registered", "dx", "rule_set"] {
            let text = text.replace(&format!("\"{missing}\""), "\"other\"");
            assert!(decode(&text).is_err(), "{missing}");
        }
        assert!(decode_rule_sets(r#"{"schema":1,"data":{"custom":[]}}"#).is_ok());
        assert!(decode_rule_sets(r#"{"schema":1,"data":{"custom":[],"active":null}}"#).is_err());
        assert!(decode_rule_sets(r#"{"schema":1,"data":{"active":"x"}}"#).is_err());
    }

    #[test]
    fn every_preset_reads_back_through_storage_and_serde() {
        let record = RuleSetsRecord {
            custom: presets::all(),
            active: "x".into(),
        };
        let text = stored_doc(&record, 1);
        assert_eq!(decode_rule_sets(&text), Ok(record.clone()));
        let serde_text = serde_json::to_string(&record).unwrap();
        assert_eq!(serde_text, record.to_json().to_text());
        assert_eq!(
            serde_json::from_str::<RuleSetsRecord>(&serde_text).unwrap(),
            record
        );
    }

    #[test]
    fn impossible_values_are_refused() {
        let commune = |counts: &str| {
            format!(
                r#"{{"schema":1,"data":{{"name":"x","registered":"ntm","dx":false,"counts":{counts},"rule_set":"s"}}}}"#
            )
        };
        for counts in [
            r#"{"total":3,"online":4}"#,
            r#"{"total":-3,"online":0}"#,
            r#"{"total":3.0,"online":0}"#,
            r#"{"total":1000000001,"online":0}"#,
            r#"{"total":3,"online":2,"full_online":3}"#,
            r#"{"total":3,"total":3,"online":2}"#,
            r#"[3,2]"#,
            r#""3""#,
        ] {
            assert!(decode(&commune(counts)).is_err(), "{counts}");
        }
        assert!(decode(&commune(r#"{"total":3,"online":2,"extra":[1,{"a":null}]}"#)).is_ok());
    }

    fn any_commune() -> impl Strategy<Value = CommuneRecord> {
        (
            "\\PC{0,30}",
            prop::sample::select(Tier::CLASSIC.to_vec()),
            any::<bool>(),
            proptest::option::of((
                0u64..=1_000,
                0u64..=1_000,
                proptest::option::of(0u64..=1_000),
            )),
            "[a-z0-9-]{0,20}",
            proptest::option::of(any::<u8>()),
        )
            .prop_map(|(name, registered, dx, counts, rule_set, commune_group)| {
                CommuneRecord {
                    name: clean_name(&name),
                    registered,
                    dx,
                    counts: counts.and_then(|(t, o, f)| {
                        let (o, t) = (o.min(t), t);
                        Counts::new(c(t), c(o), f.map(|f| c(f.min(o)))).ok()
                    }),
                    rule_set,
                    commune_group,
                }
            })
    }

    proptest! {
        #[test]
        fn any_commune_survives_storage_and_serde(record in any_commune(), rev in 0u64..1_000) {
            prop_assert_eq!(decode(&stored_doc(&record, rev)), Ok(record.clone()));
            let text = serde_json::to_string(&record).unwrap();
            prop_assert_eq!(&text, &record.to_json().to_text());
            prop_assert_eq!(serde_json::from_str::<CommuneRecord>(&text).unwrap(), record);
        }

        #[test]
        fn any_rule_set_survives_storage_and_serde(sets in prop::collection::vec(any_rule_set(), 0..3)) {
            let record = RuleSetsRecord { custom: sets, active: "a".into() };
            prop_assert_eq!(decode_rule_sets(&stored_doc(&record, 1)), Ok(record.clone()));
            let text = serde_json::to_string(&record).unwrap();
            prop_assert_eq!(serde_json::from_str::<RuleSetsRecord>(&text).unwrap(), record);
        }

        /// A stored commune with one character changed is read or refused, never a panic;
        /// when read, it writes back to a document that reads the same.
        #[test]
        fn a_damaged_commune_is_read_or_refused(record in any_commune(), at in any::<prop::sample::Index>(), byte in any::<u8>()) {
            let mut bytes = stored_doc(&record, 1).into_bytes();
            let i = at.index(bytes.len());
            bytes[i] = byte;
            if let Ok(text) = String::from_utf8(bytes) {
                if let Ok(read) = decode(&text) {
                    prop_assert_eq!(decode(&stored_doc(&read, 1)), Ok(read));
                }
            }
        }
    }
}
