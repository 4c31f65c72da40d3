//! What leaves memory: the versioned envelope of every stored document and the calculator's,
//! table's and rule sets' records ([`record`]), the history's ([`history_record`]), the backup
//! file ([`backup`]), share links ([`share`]) and their QR code ([`qr`]).

pub mod backup;
pub mod history_record;
pub mod qr;
pub mod record;
pub mod share;
