//! An exact rate `part / whole`, compared with thresholds and shown with two decimals.

use super::count::Count;
use super::number_vi::format_hundredths_percent;
use super::percent::Percent;

/// `part / whole` with `whole > 0`, kept as the two counts: never a float.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rate {
    part: u128,
    whole: u128,
}

impl Rate {
    /// The rate of `part` in `whole`; `None` when there is nothing to divide by yet.
    pub fn of(part: Count, whole: Count) -> Option<Rate> {
        (whole.get() > 0 && part <= whole).then(|| Rate {
            part: u128::from(part.get()),
            whole: u128::from(whole.get()),
        })
    }

    /// `part / whole ≥ p`, decided exactly as `part · den ≥ num · whole`.
    pub fn meets(self, target: Percent) -> bool {
        let (num, den) = target.fraction();
        self.part * den >= num * self.whole
    }

    /// The rate in hundredths of a percent, rounded half up, except that a rate below a
    /// threshold is never shown at or above it: then it is cut to two decimals instead
    /// (5.999 of 20.000 is 29,995 %, shown 29,99 % beside a 30 % threshold).
    pub fn display_hundredths(self, thresholds: &[Percent]) -> u64 {
        let scaled = self.part * 10_000;
        let rounded = (2 * scaled + self.whole) / (2 * self.whole);
        let would_mislead = thresholds.iter().any(|&t| {
            let (num, den) = t.fraction();
            !self.meets(t) && rounded * den >= num * 10_000
        });
        let hundredths = if would_mislead {
            scaled / self.whole
        } else {
            rounded
        };
        u64::try_from(hundredths).unwrap_or(u64::MAX)
    }

    /// `32,91 %`, honest about the thresholds given (see [`Rate::display_hundredths`]).
    pub fn format(self, thresholds: &[Percent]) -> String {
        format_hundredths_percent(self.display_hundredths(thresholds))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::num::percent::parse_percent;
    use crate::core::testing::{any_percent, part_of_whole};
    use proptest::prelude::*;

    fn rate(part: u64, whole: u64) -> Rate {
        Rate::of(Count::new(part).unwrap(), Count::new(whole).unwrap()).unwrap()
    }

    #[test]
    fn no_dossiers_means_no_rate() {
        assert_eq!(Rate::of(Count::ZERO, Count::ZERO), None);
    }

    #[test]
    fn rounds_half_up() {
        assert_eq!(rate(69_967, 99_854).format(&[]), "70,07 %");
        assert_eq!(rate(1, 3).format(&[]), "33,33 %");
        assert_eq!(rate(2, 3).format(&[]), "66,67 %");
        assert_eq!(rate(1, 8).format(&[]), "12,50 %");
        assert_eq!(rate(1, 80_000).format(&[]), "0,00 %");
        assert_eq!(rate(1, 20_000).format(&[]), "0,01 %");
        assert_eq!(rate(7, 7).format(&[]), "100,00 %");
    }

    #[test]
    fn a_rate_below_a_threshold_never_reads_as_it() {
        let thirty = [Percent::whole(30)];
        let r = rate(5_999, 20_000);
        assert!(!r.meets(Percent::whole(30)));
        assert_eq!(r.format(&thirty), "29,99 %");
        assert_eq!(r.format(&[]), "30,00 %");
        assert_eq!(rate(6_000, 20_000).format(&thirty), "30,00 %");
        assert!(rate(6_000, 20_000).meets(Percent::whole(30)));
    }

    #[test]
    fn meets_is_exact() {
        assert!(rate(3, 10).meets(Percent::whole(30)));
        assert!(!rate(2_999_999, 10_000_000).meets(Percent::whole(30)));
        assert!(rate(675, 1_000).meets(parse_percent("67,5").unwrap()));
        assert!(!rate(674, 1_000).meets(parse_percent("67,5").unwrap()));
    }

    proptest! {
        #[test]
        fn shown_value_agrees_with_every_threshold(
            (part, whole) in part_of_whole(1),
            threshold in any_percent(),
        ) {
            let r = rate(part, whole);
            let shown = r.display_hundredths(&[threshold]);
            let shown_meets = shown >= u64::from(threshold.hundredths());
            prop_assert_eq!(shown_meets, r.meets(threshold));
        }
    }
}
