//! How far a count is from a target: dossiers to add, or existing ones that fell short.
//!
//! Let `t` be all dossiers, `o` those meeting the condition, `p = num/den` the target.

use super::percent::Percent;

/// Dossiers still needed: a whole number, or never (a 100 % target with one short).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Needed {
    Count(u64),
    Unreachable,
}

impl Needed {
    pub fn is_met(self) -> bool {
        self == Needed::Count(0)
    }
}

fn div_ceil(a: u128, b: u128) -> u128 {
    a.div_ceil(b)
}

/// The least `x ≥ 0` with `(o + x) / (t + x) ≥ p`: each added dossier meets the condition,
/// so it raises numerator and denominator alike. `x = ⌈(p·t − o) / (1 − p)⌉`.
/// With no dossiers at all a rate needs at least one.
pub fn needed_added(o: u64, t: u64, target: Percent) -> Needed {
    let (num, den) = target.fraction();
    let (o, t) = (u128::from(o), u128::from(t));
    let have = o * den;
    let want = num * t;
    let x = if have >= want {
        0
    } else if num == den {
        return Needed::Unreachable;
    } else {
        div_ceil(want - have, den - num)
    };
    let x = if t == 0 { x.max(1) } else { x };
    Needed::Count(u64::try_from(x).unwrap_or(u64::MAX))
}

/// How many of the `t` existing dossiers would have had to meet the condition:
/// `⌈p·t − o⌉`, the denominator unchanged.
pub fn shortfall_existing(o: u64, t: u64, target: Percent) -> u64 {
    let (num, den) = target.fraction();
    let (o, t) = (u128::from(o), u128::from(t));
    let want = num * t;
    let have = o * den;
    let short = if have >= want {
        0
    } else {
        div_ceil(want - have, den)
    };
    u64::try_from(short).unwrap_or(u64::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::testing::{any_percent, part_of_whole};
    use proptest::prelude::*;

    #[test]
    fn worked_examples() {
        // 25 of 100 online; 30 % needs (30 − 25) / 0,7 = 7,14… → 8 more
        // (33 / 108 = 30,56 %, while 32 / 107 = 29,91 %).
        assert_eq!(needed_added(25, 100, Percent::whole(30)), Needed::Count(8));
        // 50 % needs (50 − 25) / 0,5 = 50 more: 75 / 150.
        assert_eq!(needed_added(25, 100, Percent::whole(50)), Needed::Count(50));
        assert_eq!(needed_added(30, 100, Percent::whole(30)), Needed::Count(0));
        assert_eq!(shortfall_existing(25, 100, Percent::whole(30)), 5);
        assert_eq!(shortfall_existing(5_999, 20_000, Percent::whole(30)), 1);
        assert_eq!(
            needed_added(5_999, 20_000, Percent::whole(30)),
            Needed::Count(2)
        );
    }

    #[test]
    fn full_targets_are_unreachable_by_adding() {
        assert_eq!(
            needed_added(99, 100, Percent::whole(100)),
            Needed::Unreachable
        );
        assert_eq!(
            needed_added(100, 100, Percent::whole(100)),
            Needed::Count(0)
        );
        assert_eq!(shortfall_existing(99, 100, Percent::whole(100)), 1);
    }

    #[test]
    fn no_dossiers_needs_one() {
        assert_eq!(needed_added(0, 0, Percent::whole(30)), Needed::Count(1));
        assert_eq!(needed_added(0, 0, Percent::whole(100)), Needed::Count(1));
        assert_eq!(shortfall_existing(0, 0, Percent::whole(30)), 0);
    }

    fn reaches(o: u128, t: u128, x: u128, p: Percent) -> bool {
        let (num, den) = p.fraction();
        t + x > 0 && (o + x) * den >= num * (t + x)
    }

    proptest! {
        #[test]
        fn needed_is_sufficient_and_minimal((o, t) in part_of_whole(0), p in any_percent()) {
            match needed_added(o, t, p) {
                Needed::Count(x) => {
                    let (o, t, x) = (u128::from(o), u128::from(t), u128::from(x));
                    prop_assert!(reaches(o, t, x, p), "x = {} does not reach", x);
                    prop_assert!(x == 0 || !reaches(o, t, x - 1, p), "x = {} is not least", x);
                }
                Needed::Unreachable => {
                    prop_assert!(p.is_full() && o < t);
                }
            }
        }

        #[test]
        fn shortfall_is_sufficient_and_minimal((o, t) in part_of_whole(0), p in any_percent()) {
            let s = shortfall_existing(o, t, p);
            prop_assert!(o + s <= t || t == 0);
            let (num, den) = p.fraction();
            let meets = |k: u64| u128::from(o + k) * den >= num * u128::from(t);
            prop_assert!(meets(s));
            prop_assert!(s == 0 || !meets(s - 1));
        }
    }
}
