//! What is wrong with a form, field by field: the one errors type of every form the app reads
//! (the calculator's counts, a month's figures). A field keeps its first error: checks that
//! need a field's value run only once it has read, so an error always names a real problem.

/// The errors of a form, at most one per field, in the order they were found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldErrors<F, E>(Vec<(F, E)>);

impl<F, E> Default for FieldErrors<F, E> {
    fn default() -> Self {
        FieldErrors(Vec::new())
    }
}

impl<F: Copy + Eq, E: Copy> FieldErrors<F, E> {
    /// The error of `field`, if it has one.
    pub fn get(&self, field: F) -> Option<E> {
        self.0.iter().find(|(f, _)| *f == field).map(|(_, e)| *e)
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn iter(&self) -> impl Iterator<Item = &(F, E)> {
        self.0.iter()
    }

    /// Whether every error is `error` (such as "required field left empty").
    pub fn all_are(&self, error: E) -> bool
    where
        E: Eq,
    {
        self.0.iter().all(|(_, e)| *e == error)
    }

    /// Records `error` for `field`, unless the field has one already.
    pub fn add(&mut self, field: F, error: E) {
        if self.get(field).is_none() {
            self.0.push((field, error));
        }
    }

    /// The value of a field that read, or `None` with its error recorded.
    pub fn read<T, X>(
        &mut self,
        field: F,
        read: Result<T, X>,
        error: impl FnOnce(X) -> E,
    ) -> Option<T> {
        read.map_err(|x| self.add(field, error(x))).ok()
    }

    /// `Ok(value)` when no field has an error.
    pub fn or<T>(self, value: impl FnOnce() -> T) -> Result<T, Self> {
        if self.is_empty() {
            Ok(value())
        } else {
            Err(self)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_field_keeps_its_first_error() {
        let mut errors = FieldErrors::<u8, char>::default();
        assert!(errors.is_empty());
        assert_eq!(errors.read(1, Ok::<u32, ()>(7), |_| 'x'), Some(7));
        assert_eq!(errors.read(2, Err::<u32, ()>(()), |_| 'a'), None);
        errors.add(2, 'b');
        errors.add(3, 'a');
        assert_eq!(errors.get(2), Some('a'));
        assert_eq!(errors.get(1), None);
        assert!(errors.all_are('a'));
        errors.add(4, 'c');
        assert!(!errors.all_are('a'));
        assert_eq!(
            errors.iter().map(|(f, _)| *f).collect::<Vec<_>>(),
            vec![2, 3, 4]
        );
        assert!(errors.or(|| ()).is_err());
        assert_eq!(FieldErrors::<u8, char>::default().or(|| 5), Ok(5));
    }
}
