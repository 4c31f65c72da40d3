//! Delimited text (CSV, semicolon CSV, TSV) read and written by RFC 4180's rules: quoted
//! fields, doubled quotes, line breaks inside quotes. A leading byte-order mark is dropped.

/// Splits `text` into rows of cells using `delimiter`.
pub fn parse(text: &str, delimiter: char) -> Vec<Vec<String>> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut rows = Vec::new();
    let mut row = Vec::new();
    let mut cell = String::new();
    let mut chars = text.chars().peekable();
    let mut quoted = false;
    let mut row_has_content = false;
    while let Some(c) = chars.next() {
        if quoted {
            if c == '"' {
                if chars.peek() == Some(&'"') {
                    chars.next();
                    cell.push('"');
                } else {
                    quoted = false;
                }
            } else {
                cell.push(c);
            }
            continue;
        }
        match c {
            '"' if cell.is_empty() => {
                quoted = true;
                row_has_content = true;
            }
            c if c == delimiter => {
                row.push(std::mem::take(&mut cell));
                row_has_content = true;
            }
            '\r' if chars.peek() == Some(&'\n') => {}
            '\n' | '\r' => {
                row.push(std::mem::take(&mut cell));
                rows.push(std::mem::take(&mut row));
                row_has_content = false;
            }
            c => {
                cell.push(c);
                row_has_content = true;
            }
        }
    }
    if row_has_content || !cell.is_empty() {
        row.push(cell);
        rows.push(row);
    }
    rows
}

/// Guesses the delimiter from the first line: tab, semicolon (Excel where the decimal
/// sign is a comma, as in Vietnamese) or comma.
pub fn detect_delimiter(text: &str) -> char {
    let first = text.lines().find(|l| !l.trim().is_empty()).unwrap_or("");
    let mut counts = [('\t', 0usize), (';', 0), (',', 0)];
    let mut quoted = false;
    for c in first.chars() {
        if c == '"' {
            quoted = !quoted;
        } else if !quoted {
            for entry in counts.iter_mut() {
                if entry.0 == c {
                    entry.1 += 1;
                }
            }
        }
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
