//! Delimited text (CSV, semicolon CSV, TSV) read and written by RFC 4180's rules: quoted
//! fields, doubled quotes, line breaks inside quotes. A leading byte-order mark is dropped.
//!
//! Reading is bounded: a cell longer than [`MAX_CELL_CHARS`] is cut there and its row
//! reported, a row of more than [`MAX_CELLS`] cells likewise, and a quote that is never closed
//! (or closes only after [`MAX_QUOTED_LINES`] line breaks or [`MAX_CELL_CHARS`] characters)
//! is reported on the line where it opened, reading going on from the next line.

/// The longest cell read; a longer one is cut here and its row reported.
pub const MAX_CELL_CHARS: usize = 1_000;
/// The most cells a row may have.
pub const MAX_CELLS: usize = 200;
/// A quoted cell with more line breaks than this is taken for a quote left open.
pub const MAX_QUOTED_LINES: usize = 20;

/// What is wrong with a record as read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RecordProblem {
    /// A quote (") opened on `line` is not closed: the rest of that line is one cell that
    /// never ends. The record holds that line's text as its only cell.
    UnclosedQuote { line: usize },
    /// Cell `column` (1-based) has `chars` characters; it is cut at [`MAX_CELL_CHARS`].
    CellTooLong { column: usize, chars: usize },
    /// The row has `cells` cells; those after [`MAX_CELLS`] are dropped.
    TooManyCells { cells: usize },
}

/// One row as read, with the 1-based line it starts on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Record {
    pub line: usize,
    pub cells: Vec<String>,
    pub problem: Option<RecordProblem>,
}

impl Record {
    /// True when every cell is empty or white space.
    pub fn is_blank(&self) -> bool {
        self.problem.is_none() && self.cells.iter().all(|c| c.trim().is_empty())
    }
}

/// Reads `text` one record at a time; the caller keeps the text and hands it to each call,
/// so that reading can stop and go on later (the table page reads in slices).
#[derive(Debug, Clone)]
pub struct Reader {
    delimiter: u8,
    pos: usize,
    line: usize,
}

/// A cell being built: its text (kept up to the cap) and its full length in characters.
#[derive(Default)]
struct Cell {
    text: String,
    chars: usize,
}

impl Cell {
    fn push(&mut self, part: &str) {
        let n = part.chars().count();
        if self.chars < MAX_CELL_CHARS {
            let room = MAX_CELL_CHARS - self.chars;
            match part.char_indices().nth(room) {
                Some((cut, _)) => self.text.push_str(&part[..cut]),
                None => self.text.push_str(part),
            }
        }
        self.chars += n;
    }
}

/// Where the line holding byte `at` ends: the index after its line break (or the end).
fn after_line(bytes: &[u8], at: usize) -> usize {
    let mut i = at;
    while i < bytes.len() {
        match bytes[i] {
            b'\n' => return i + 1,
            b'\r' if bytes.get(i + 1) == Some(&b'\n') => return i + 2,
            b'\r' => return i + 1,
            _ => i += 1,
        }
    }
    bytes.len()
}

/// Where the line holding byte `at` starts.
fn line_start(bytes: &[u8], at: usize) -> usize {
    bytes[..at]
        .iter()
        .rposition(|&b| b == b'\n' || b == b'\r')
        .map_or(0, |i| i + 1)
}

impl Reader {
    /// A reader at the start of `text` (after its byte-order mark). The delimiter is one of
    /// tab, semicolon and comma; any other character reads as a tab.
    pub fn new(text: &str, delimiter: char) -> Reader {
        Reader {
            delimiter: match delimiter {
                ';' => b';',
                ',' => b',',
                _ => b'\t',
            },
            pos: if text.starts_with('\u{feff}') { 3 } else { 0 },
            line: 1,
        }
    }

    /// How far reading has got, in bytes of the text.
    pub fn position(&self) -> usize {
        self.pos
    }

    /// The 1-based line the next record starts on.
    pub fn line(&self) -> usize {
        self.line
    }

    /// Lines with text from here to the end of `text`, counted without reading them into
    /// cells (a quoted cell over several lines counts each of its lines).
    pub fn lines_left(&self, text: &str) -> usize {
        let rest = text.as_bytes().get(self.pos..).unwrap_or(&[]);
        let mut count = 0;
        let mut has_text = false;
        for &b in rest {
            match b {
                b'\n' | b'\r' => {
                    count += usize::from(has_text);
                    has_text = false;
                }
                b' ' | b'\t' => {}
                _ => has_text = true,
            }
        }
        count + usize::from(has_text)
    }

    /// The next record of `text` (the same text on every call), `None` at the end.
    pub fn next_record(&mut self, text: &str) -> Option<Record> {
        let bytes = text.as_bytes();
        if self.pos >= bytes.len() {
            return None;
        }
        let start_line = self.line;
        let mut cells: Vec<String> = Vec::new();
        let mut count = 0usize;
        let mut problem = None;
        let mut i = self.pos;
        loop {
            // One cell, starting at `i`.
            let mut cell = Cell::default();
            if bytes.get(i) == Some(&b'"') {
                let open_at = i;
                let open_line = self.line;
                let mut seg = i + 1;
                let mut k = i + 1;
                let mut breaks = 0usize;
                let closed = loop {
                    if k >= bytes.len() {
                        break false;
                    }
                    match bytes[k] {
                        b'"' => {
                            cell.push(&text[seg..k]);
                            if bytes.get(k + 1) == Some(&b'"') {
                                cell.push("\"");
                                k += 2;
                                seg = k;
                            } else {
                                k += 1;
                                break true;
                            }
                        }
                        b'\n' => {
                            breaks += 1;
                            k += 1;
                        }
                        b'\r' => {
                            if bytes.get(k + 1) != Some(&b'\n') {
                                breaks += 1;
                            }
                            k += 1;
                        }
                        _ => k += 1,
                    }
                    // Bytes, not characters, while scanning: at most four per character.
                    let long = breaks > 0 && k - open_at > 4 * MAX_CELL_CHARS;
                    if breaks > MAX_QUOTED_LINES || long {
                        break false;
                    }
                };
                // A quote that closes on a later line must be followed by a delimiter or the
                // end of a line; anything else is a later cell's opening quote, and this one
                // was left open.
                let proper = match bytes.get(k) {
                    None | Some(b'\n') | Some(b'\r') => true,
                    Some(&b) => b == self.delimiter,
                };
                let runaway = !closed || (breaks > 0 && (cell.chars > MAX_CELL_CHARS || !proper));
                if runaway {
                    // Report the line the quote opened on; go on with the next one.
                    let from = line_start(bytes, open_at).max(self.pos);
                    let to = after_line(bytes, open_at);
                    let raw = text[from..to].trim_end_matches(['\r', '\n']);
                    let mut only = Cell::default();
                    only.push(raw);
                    self.pos = to;
                    self.line = open_line + 1;
                    return Some(Record {
                        line: start_line,
                        cells: vec![only.text],
                        problem: Some(RecordProblem::UnclosedQuote { line: open_line }),
                    });
                }
                self.line += breaks;
                i = k;
            }
            // The unquoted part (all of an unquoted cell; what follows a closing quote).
            let seg = i;
            while i < bytes.len()
                && !matches!(bytes[i], b'\n' | b'\r')
                && bytes[i] != self.delimiter
            {
                i += 1;
            }
            cell.push(&text[seg..i]);
            count += 1;
            if cell.chars > MAX_CELL_CHARS && problem.is_none() {
                problem = Some(RecordProblem::CellTooLong {
                    column: count,
                    chars: cell.chars,
                });
            }
            if cells.len() < MAX_CELLS {
                cells.push(cell.text);
            }
            match bytes.get(i) {
                Some(&b) if b == self.delimiter => i += 1,
                Some(b'\r') if bytes.get(i + 1) == Some(&b'\n') => {
                    i += 2;
                    break;
                }
                Some(_) => {
                    i += 1;
                    break;
                }
                None => break,
            }
        }
        if count > MAX_CELLS && problem.is_none() {
            problem = Some(RecordProblem::TooManyCells { cells: count });
        }
        self.pos = i;
        self.line += 1;
        Some(Record {
            line: start_line,
            cells,
            problem,
        })
    }
}

/// Splits `text` into rows of cells using `delimiter` (records with a problem are kept as
/// read: see [`Reader`]).
pub fn parse(text: &str, delimiter: char) -> Vec<Vec<String>> {
    let mut reader = Reader::new(text, delimiter);
    let mut rows = Vec::new();
    while let Some(record) = reader.next_record(text) {
        rows.push(record.cells);
    }
    rows
}

/// Guesses the delimiter from the first line: tab, semicolon (Excel where the decimal
/// sign is a comma, as in Vietnamese) or comma. A quote left open on that line does not hide
/// its delimiters.
pub fn detect_delimiter(text: &str) -> char {
    let first = text.lines().find(|l| !l.trim().is_empty()).unwrap_or("");
    let count = |mind_quotes: bool| {
        let mut counts = [('\t', 0usize), (';', 0), (',', 0)];
        let mut quoted = false;
        for c in first.chars() {
            if c == '"' && mind_quotes {
                quoted = !quoted;
            } else if !quoted {
                for entry in counts.iter_mut() {
                    if entry.0 == c {
                        entry.1 += 1;
                    }
                }
            }
        }
        (counts, quoted)
    };
    let (mut counts, open) = count(true);
    if open {
        counts = count(false).0;
    }
    counts
        .iter()
        .find(|(_, n)| *n > 0)
        .map(|(d, _)| *d)
        .unwrap_or('\t')
}

/// One row as text, each cell quoted when it must be; no line break at the end.
pub fn write_row(cells: &[String], delimiter: char) -> String {
    cells
        .iter()
        .map(|cell| {
            let needs = cell.contains([delimiter, '"', '\n', '\r'])
                || cell.starts_with(char::is_whitespace)
                || cell.ends_with(char::is_whitespace);
            if needs {
                format!("\"{}\"", cell.replace('"', "\"\""))
            } else {
                cell.clone()
            }
        })
        .collect::<Vec<_>>()
        .join(&delimiter.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn reads_quotes_and_breaks() {
        let text = "\u{feff}a,\"b,c\",\"say \"\"hi\"\"\"\r\n1,\"two\nlines\",3\n";
        assert_eq!(
            parse(text, ','),
            vec![vec!["a", "b,c", "say \"hi\""], vec!["1", "two\nlines", "3"]]
        );
        assert_eq!(
            parse("x\ty\n\nz", '\t'),
            vec![vec!["x", "y"], vec![""], vec!["z"]]
        );
        assert_eq!(parse("", ','), Vec::<Vec<String>>::new());
    }

    #[test]
    fn a_quote_left_open_is_reported_on_its_line_and_reading_goes_on() {
        let text = "Tên,Tổng,Trực tuyến\n\"Xã mở ngoặc,100,40\nXã B,100,40\nXã C,\"1\n2\",3\n";
        let mut reader = Reader::new(text, ',');
        let mut records = Vec::new();
        while let Some(r) = reader.next_record(text) {
            records.push(r);
        }
        assert_eq!(records.len(), 4);
        assert_eq!(records[1].line, 2);
        assert_eq!(
            records[1].problem,
            Some(RecordProblem::UnclosedQuote { line: 2 })
        );
        assert_eq!(records[1].cells, vec!["\"Xã mở ngoặc,100,40"]);
        assert_eq!((records[2].line, records[2].cells.len()), (3, 3));
        // A quoted cell over two lines is fine, and the line count follows it.
        assert_eq!(records[3].cells, vec!["Xã C", "1\n2", "3"]);
        assert_eq!((records[3].line, reader.line()), (4, 6));

        // Closed only many lines later: the same, not one cell swallowing the rows.
        let mut text = String::from("\"Xã A,1,1\n");
        for i in 0..30 {
            text.push_str(&format!("Xã {i},1,1\n"));
        }
        text.push_str("\"Xã Z\",2,2\n");
        let rows = parse(&text, ',');
        assert_eq!(rows.len(), 32);
        assert_eq!(rows[31], vec!["Xã Z", "2", "2"]);
        assert_eq!(detect_delimiter("\"Xã mở ngoặc,100,40\n"), ',');
        // Closed by the next quoted cell's opening quote, a few lines later.
        let rows = parse("\"Xã A,1,1\nXã B,1,1\n\"Xã C\",1,1\n", ',');
        assert_eq!(
            rows,
            vec![
                vec!["\"Xã A,1,1"],
                vec!["Xã B", "1", "1"],
                vec!["Xã C", "1", "1"]
            ]
        );
    }

    #[test]
    fn long_cells_are_cut_and_reported() {
        let long = "x".repeat(MAX_CELL_CHARS + 5);
        let text = format!("a,{long}\n\"{long}\",b\nok\n");
        let mut reader = Reader::new(&text, ',');
        let first = reader.next_record(&text).unwrap();
        assert_eq!(
            first.problem,
            Some(RecordProblem::CellTooLong {
                column: 2,
                chars: MAX_CELL_CHARS + 5
            })
        );
        assert_eq!(first.cells[1].chars().count(), MAX_CELL_CHARS);
        let second = reader.next_record(&text).unwrap();
        assert_eq!(
            second.problem,
            Some(RecordProblem::CellTooLong {
                column: 1,
                chars: MAX_CELL_CHARS + 5
            })
        );
        assert_eq!(reader.next_record(&text).unwrap().cells, vec!["ok"]);
        let wide = ",".repeat(MAX_CELLS + 1);
        let mut reader = Reader::new(&wide, ',');
        let r = reader.next_record(&wide).unwrap();
        assert_eq!(
            r.problem,
            Some(RecordProblem::TooManyCells {
                cells: MAX_CELLS + 2
            })
        );
        assert_eq!(r.cells.len(), MAX_CELLS);
    }

    #[test]
    fn finds_the_delimiter() {
        assert_eq!(detect_delimiter("TT\tĐịa phương\tTỷ lệ"), '\t');
        assert_eq!(detect_delimiter("Tên;Tỷ lệ\nXã A;32,91"), ';');
        assert_eq!(detect_delimiter("\"Tên, đơn vị\",Tổng\n"), ',');
    }

    proptest! {
        #[test]
        fn written_rows_read_back_the_same(
            rows in prop::collection::vec(prop::collection::vec("\\PC{0,12}|[\",;\\t\\n ]{0,4}", 1..6), 1..8),
            delimiter in prop::sample::select(vec![',', ';', '\t']),
        ) {
            // A row of one empty cell is indistinguishable from a blank line; give it text.
            let rows: Vec<Vec<String>> = rows
                .into_iter()
                .map(|r| if r.len() == 1 && r[0].is_empty() { vec!["x".to_owned()] } else { r })
                .collect();
            let text: String = rows.iter().map(|r| write_row(r, delimiter) + "\r\n").collect();
            prop_assert_eq!(parse(&text, delimiter), rows);
        }

        #[test]
        fn any_text_parses_without_panic(text in "\\PC{0,300}") {
            let _ = parse(&text, detect_delimiter(&text));
        }
    }
}
