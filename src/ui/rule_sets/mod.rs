//! Rule sets in the interface: the sets on offer, shipped and the user's copies ([`book`]),
//! the set in force with its legal basis ([`in_force`]), and the view that lists and edits
//! them ([`view`], on the table page), and rule-set files downloaded and opened
//! ([`transfer`]).

pub mod book;
pub mod in_force;
pub mod transfer;
pub mod view;
