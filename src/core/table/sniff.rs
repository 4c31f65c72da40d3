//! What a chosen file holds, from its bytes, before anything reads it as a table: text
//! (UTF-8, or UTF-16 with its byte-order mark as Excel's "Unicode Text" writes it), or a
//! kind of file that is not text — a workbook, an archive, a PDF, an image, binary data,
//! another encoding — named so that the person knows what to do instead.

/// Why a file is not read as text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NotText {
    /// A spreadsheet: .xlsx or .ods (a zip holding the workbook), or .xls (an OLE2
    /// compound file).
    Workbook,
    /// A Word document (.docx, or .odt): a zip holding a text document.
    Document,
    /// Any other zip archive (.zip, .pptx …).
    Zip,
    Pdf,
    Image(ImageKind),
    /// A NUL byte, which no text file holds: binary data. `line` is 1-based.
    Nul {
        line: usize,
    },
    /// Bytes that are not UTF-8 (a Vietnamese legacy encoding such as Windows-1258 or
    /// TCVN3, or binary data). `line` is 1-based.
    NotUtf8 {
        line: usize,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ImageKind {
    Png,
    Jpeg,
    Gif,
    Webp,
}

impl ImageKind {
    pub fn name(self) -> &'static str {
        match self {
            ImageKind::Png => "PNG",
            ImageKind::Jpeg => "JPEG",
            ImageKind::Gif => "GIF",
            ImageKind::Webp => "WebP",
        }
    }
}

const ZIP: [&[u8]; 3] = [b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08"];
const OLE2: &[u8] = b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1";

/// Where in a zip the names of its entries are: the local headers at the start and the
/// central directory at the end.
const ZIP_LOOK: usize = 64 * 1024;

fn contains(hay: &[u8], needle: &[u8]) -> bool {
    hay.windows(needle.len()).any(|w| w == needle)
}

/// Whether the names of a zip's entries (or an OpenDocument's mimetype) hold one of `names`.
fn zip_holds_any(bytes: &[u8], names: &[&[u8]]) -> bool {
    let head = &bytes[..bytes.len().min(ZIP_LOOK)];
    let tail = &bytes[bytes.len().saturating_sub(ZIP_LOOK)..];
    names
        .iter()
        .any(|name| contains(head, name) || contains(tail, name))
}

fn zip_holds_workbook(bytes: &[u8]) -> bool {
    zip_holds_any(
        bytes,
        &[
            b"xl/workbook",
            b"xl/worksheets/",
            b"application/vnd.oasis.opendocument.spreadsheet",
        ],
    )
}

/// The kind of a file that is plainly not text, from its first bytes.
fn magic(bytes: &[u8]) -> Option<NotText> {
    if ZIP.iter().any(|m| bytes.starts_with(m)) {
        return Some(if zip_holds_workbook(bytes) {
            NotText::Workbook
        } else if zip_holds_any(
            bytes,
            &[b"word/document", b"application/vnd.oasis.opendocument.text"],
        ) {
            NotText::Document
        } else {
            NotText::Zip
        });
    }
    if bytes.starts_with(OLE2) {
        return Some(NotText::Workbook);
    }
    if bytes.starts_with(b"%PDF-") {
        return Some(NotText::Pdf);
    }
    let image = if bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
        Some(ImageKind::Png)
    } else if bytes.starts_with(b"\xFF\xD8\xFF") {
        Some(ImageKind::Jpeg)
    } else if bytes.starts_with(b"GIF87a") || bytes.starts_with(b"GIF89a") {
        Some(ImageKind::Gif)
    } else if bytes.len() >= 12 && bytes.starts_with(b"RIFF") && &bytes[8..12] == b"WEBP" {
        Some(ImageKind::Webp)
    } else {
        None
    };
    image.map(NotText::Image)
}

fn line_at(bytes: &[u8], offset: usize) -> usize {
    bytes[..offset.min(bytes.len())]
        .iter()
        .filter(|&&b| b == b'\n')
        .count()
        + 1
}

/// UTF-16 with its byte-order mark, little- or big-endian.
fn utf16(bytes: &[u8], little: bool) -> Result<String, NotText> {
    let units = bytes[2..].chunks(2).map(|pair| match (pair, little) {
        ([a, b], true) => u16::from_le_bytes([*a, *b]),
        ([a, b], false) => u16::from_be_bytes([*a, *b]),
        _ => 0xFFFD,
    });
    let mut text = String::with_capacity(bytes.len() / 2);
    let mut line = 1;
    for c in char::decode_utf16(units) {
        match c {
            Ok('\0') => return Err(NotText::Nul { line }),
            Ok(c) => {
                if c == '\n' {
                    line += 1;
                }
                text.push(c);
            }
            Err(_) => return Err(NotText::NotUtf8 { line }),
        }
    }
    Ok(text)
}

/// The text of a file, or why it is not text. A UTF-8 byte-order mark is kept (the table
/// reader drops it).
pub fn text_of(bytes: &[u8]) -> Result<String, NotText> {
    if let Some(kind) = magic(bytes) {
        return Err(kind);
    }
    if bytes.starts_with(b"\xFF\xFE") {
        return utf16(bytes, true);
    }
    if bytes.starts_with(b"\xFE\xFF") {
        return utf16(bytes, false);
    }
    if let Some(at) = bytes.iter().position(|&b| b == 0) {
        return Err(NotText::Nul {
            line: line_at(bytes, at),
        });
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => Ok(text.to_owned()),
        Err(e) => Err(NotText::NotUtf8 {
            line: line_at(bytes, e.valid_up_to()),
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// The start of a zip's first local file header naming `name` (version 20, no flags,
    /// deflate, as Excel and LibreOffice write them).
    fn local_header(name: &str) -> Vec<u8> {
        let mut b = b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00".to_vec();
        b.extend_from_slice(&[0; 12]);
        b.extend_from_slice(&(name.len() as u16).to_le_bytes());
        b.extend_from_slice(&[0, 0]);
        b.extend_from_slice(name.as_bytes());
        b
    }

    #[test]
    fn workbooks_are_named_as_such() {
        // Excel: [Content_Types].xml first, the workbook's parts after it.
        let mut xlsx = local_header("[Content_Types].xml");
        xlsx.extend_from_slice(&[0x9d, 0x93, 0xcb, 0x4e, 0xc3, 0x30]);
        xlsx.extend(local_header("xl/workbook.xml"));
        assert_eq!(text_of(&xlsx), Err(NotText::Workbook));
        // LibreOffice: the mimetype entry first, stored.
        let mut ods = local_header("mimetype");
        ods.extend_from_slice(b"application/vnd.oasis.opendocument.spreadsheet");
        assert_eq!(text_of(&ods), Err(NotText::Workbook));
        // Excel 97–2003: an OLE2 compound file.
        let xls =
            b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1\x00\x00\x00\x00\x00\x00\x00\x00\x3E\x00\x03\x00";
        assert_eq!(text_of(xls), Err(NotText::Workbook));
        // A Word document (renamed .xlsx or not), a zip of anything else, and an empty one.
        let docx = local_header("word/document.xml");
        assert_eq!(text_of(&docx), Err(NotText::Document));
        let pptx = local_header("ppt/presentation.xml");
        assert_eq!(text_of(&pptx), Err(NotText::Zip));
        let empty_zip =
            b"PK\x05\x06\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00";
        assert_eq!(text_of(empty_zip), Err(NotText::Zip));
    }

    #[test]
    fn pdfs_and_images_are_refused() {
        assert_eq!(
            text_of(b"%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj"),
            Err(NotText::Pdf)
        );
        let png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00";
        assert_eq!(text_of(png), Err(NotText::Image(ImageKind::Png)));
        let jpeg = b"\xFF\xD8\xFF\xE0\x00\x10JFIF\x00\x01\x01";
        assert_eq!(text_of(jpeg), Err(NotText::Image(ImageKind::Jpeg)));
        let exif = b"\xFF\xD8\xFF\xE1\x1C\x45Exif\x00\x00";
        assert_eq!(text_of(exif), Err(NotText::Image(ImageKind::Jpeg)));
        assert_eq!(
            text_of(b"GIF89a\x01\x00\x01\x00\x80\x00\x00"),
            Err(NotText::Image(ImageKind::Gif))
        );
        assert_eq!(
            text_of(b"GIF87a\x01\x00\x01\x00"),
            Err(NotText::Image(ImageKind::Gif))
        );
        assert_eq!(
            text_of(b"RIFF\x24\x00\x00\x00WEBPVP8 "),
            Err(NotText::Image(ImageKind::Webp))
        );
    }

    #[test]
    fn binary_bytes_and_other_encodings_name_their_line() {
        assert_eq!(
            text_of(b"T\xC3\xAAn\tT\xE1\xBB\x95ng\nX\xC3\xA3 A\t1\x00\n"),
            Err(NotText::Nul { line: 2 })
        );
        // "Xã A" in Windows-1258 (ã is 0xE3) on line 3.
        assert_eq!(
            text_of(b"Ten\tTong\n\nX\xE3 A\t100\n"),
            Err(NotText::NotUtf8 { line: 3 })
        );
        // A UTF-8 sequence cut short at the end.
        assert_eq!(text_of(b"X\xC3"), Err(NotText::NotUtf8 { line: 1 }));
    }

    #[test]
    fn text_is_text_in_utf8_and_utf16() {
        let utf8 = "\u{feff}Tên đơn vị,Tổng\r\nXã A,100\r\n";
        assert_eq!(text_of(utf8.as_bytes()).as_deref(), Ok(utf8));
        assert_eq!(text_of(b"").as_deref(), Ok(""));
        // "PK" as the start of a word is text.
        assert_eq!(text_of(b"PK Nam\t40").as_deref(), Ok("PK Nam\t40"));
        let line = "Xã Ninh Tây\t98,46\n";
        let mut le = vec![0xFF, 0xFE];
        let mut be = vec![0xFE, 0xFF];
        for unit in line.encode_utf16() {
            le.extend_from_slice(&unit.to_le_bytes());
            be.extend_from_slice(&unit.to_be_bytes());
        }
        assert_eq!(text_of(&le).as_deref(), Ok(line));
        assert_eq!(text_of(&be).as_deref(), Ok(line));
        // An unpaired surrogate in UTF-16 is not text.
        assert_eq!(
            text_of(b"\xFF\xFEA\x00\n\x00\x00\xD8B\x00"),
            Err(NotText::NotUtf8 { line: 2 })
        );
    }

    #[test]
    fn real_files_are_known() {
        // A workbook written with Python's zipfile (deflated parts, as Excel writes them)
        // and a 1 × 1 PNG: the test fixtures the browser test picks too.
        let xlsx = include_bytes!("../../../tests/fixtures/units.xlsx");
        assert_eq!(text_of(xlsx), Err(NotText::Workbook));
        let png = include_bytes!("../../../tests/fixtures/pixel.png");
        assert_eq!(text_of(png), Err(NotText::Image(ImageKind::Png)));
        let seed = include_bytes!("../../../tests/fixtures/seed000_appendix.tsv");
        assert!(text_of(seed).is_ok());
    }

    proptest! {
        #[test]
        fn any_string_is_its_own_text(text in "\\PC{0,200}") {
            prop_assume!(!text.contains('\0') && !text.starts_with("PK") && !text.starts_with("GIF8")
                && !text.starts_with("%PDF-") && !text.starts_with("RIFF"));
            prop_assert_eq!(text_of(text.as_bytes()), Ok(text.clone()));
        }

        #[test]
        fn any_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..300)) {
            let _ = text_of(&bytes);
        }
    }
}
