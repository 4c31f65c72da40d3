//! Components and helpers that more than one page uses: the labelled field of every form
//! ([`field`]), the calculator's count field, an import's columns and what each is read as ([`column_map`]), files in and out, moving the focus, a link with its QR code, storage
//! notices, a ranking's count, Safari's storage note, and user text shown isolated.

pub mod column_map;
pub mod count_input;
pub mod download;
pub mod field;
pub mod focus;
pub mod link_panel;
pub mod notices;
pub mod rank_count;
pub mod safari_note;
pub mod user_text;
