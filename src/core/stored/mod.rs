//! What leaves memory: the versioned envelope of every stored document and the calculator's,
//! table's and rule sets' records ([`record`]), the history's ([`history_record`]), the backup
//! file ([`backup`]), share links ([`share`]; packed by [`fragment`]) and their QR code ([`qr`]). The commune and the
//! rule sets are read and written without serde ([`json`], [`codec`]): the first page needs
//! nothing else, and carries no serde_json.

pub mod backup;
pub mod codec;
pub mod fragment;
pub mod history_record;
pub mod json;
pub mod qr;
pub mod record;
pub mod rule_set_file;
pub mod share;
