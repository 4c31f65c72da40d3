//! The rules a commune is judged by: its tiers ([`tier`]), a rule set with its legal basis,
//! thresholds per tier and commune group, quotas and the district rule ([`rule_set`]), every
//! threshold and target the app ships ([`presets`], the only place numbers of the rules are
//! written), a commune's assessment against a set ([`assessment`]) and the calculator form's one
//! check at the edge ([`form`]).

pub mod assessment;
pub mod form;
pub mod presets;
pub mod rule_set;
pub mod tier;
