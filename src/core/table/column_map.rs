//! Which field each column of an imported table fills: found from the header's names, shown in
//! the preview, changed by the user, and remembered for the next table with the same header
//! (the same province's system exports the same columns every month). The same for the units
//! table (a column's [`Role`]) and for months (a column's [`Field`]).

use super::columns::Role;
use crate::core::history::import::Field;
use serde::{Deserialize, Serialize};

/// The most headers remembered of each kind; the one used longest ago goes first.
pub const MAX_REMEMBERED: usize = 20;

/// What a column can be read as: [`Role`] for units, [`Field`] for months.
pub trait ColumnRole: Copy + PartialEq + 'static {
    /// The role of a column that is not read.
    const IGNORE: Self;
}

impl ColumnRole for Role {
    const IGNORE: Role = Role::Ignore;
}

impl ColumnRole for Field {
    const IGNORE: Field = Field::Ignore;
}

/// How the roles of a header were chosen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MapSource {
    /// From the header's names.
    Found,
    /// As the user set them for a table with the same header before.
    Remembered,
    /// As the user set them in this preview.
    Chosen,
}

/// The header row of an imported table and the role of each of its columns.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ColumnMap<R> {
    /// The header's cells, as written.
    pub header: Vec<String>,
    /// One role per header cell.
    pub roles: Vec<R>,
    /// The roles its names give, whatever was chosen.
    pub found: Vec<R>,
    pub source: MapSource,
}

impl<R: ColumnRole> ColumnMap<R> {
    /// The header's roles: as chosen (made as long as the header), else as remembered for it,
    /// else `found`.
    pub fn choose(
        header: Vec<String>,
        found: Vec<R>,
        chosen: Option<&[R]>,
        remembered: &[RememberedMap<R>],
    ) -> ColumnMap<R> {
        let (roles, source) = if let Some(chosen) = chosen {
            (fit(chosen, header.len()), MapSource::Chosen)
        } else if let Some(roles) = roles_for(remembered, &header) {
            (roles, MapSource::Remembered)
        } else {
            (found.clone(), MapSource::Found)
        };
        ColumnMap {
            header,
            roles,
            found,
            source,
        }
    }

    /// The same map with column `col` given `role`: a role one column holds (all but the
    /// one of columns not read) is taken from any other column.
    pub fn with_role(&self, col: usize, role: R) -> Vec<R> {
        let mut roles = self.roles.clone();
        if col >= roles.len() {
            return roles;
        }
        if role != R::IGNORE {
            for r in roles.iter_mut() {
                if *r == role {
                    *r = R::IGNORE;
                }
            }
        }
        roles[col] = role;
        roles
    }

    /// Whether a column is read as `role`.
    pub fn has(&self, role: R) -> bool {
        self.roles.contains(&role)
    }
}

/// A header as it is compared with remembered ones: each cell trimmed, lower case, spaces
/// made one.
fn signature(header: &[String]) -> Vec<String> {
    let mut cells: Vec<String> = header
        .iter()
        .map(|c| {
            c.split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
                .to_lowercase()
        })
        .collect();
    while cells.last().is_some_and(String::is_empty) {
        cells.pop();
    }
    cells
}

/// A header the user mapped, and the roles chosen.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RememberedMap<R> {
    pub header: Vec<String>,
    pub roles: Vec<R>,
}

/// The roles remembered in `maps` for `header`, when its columns were mapped before.
pub fn roles_for<R: ColumnRole>(maps: &[RememberedMap<R>], header: &[String]) -> Option<Vec<R>> {
    let sig = signature(header);
    maps.iter()
        .find(|m| m.header == sig)
        .map(|m| fit(&m.roles, header.len()))
}

/// Remembers `map` in `maps` when the user changed it from what its names give; forgets its
/// header when the user set it back. True when anything changed.
pub fn remember<R: ColumnRole>(maps: &mut Vec<RememberedMap<R>>, map: &ColumnMap<R>) -> bool {
    let sig = signature(&map.header);
    let before = maps.clone();
    maps.retain(|m| m.header != sig);
    if map.roles != map.found && !sig.is_empty() {
        maps.insert(
            0,
            RememberedMap {
                header: sig,
                roles: map.roles.clone(),
            },
        );
        maps.truncate(MAX_REMEMBERED);
    }
    *maps != before
}

/// The mappings remembered on this device (`ntm-calc.columns`), the latest first: of units
/// tables and of months tables.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ColumnMaps {
    pub maps: Vec<RememberedMap<Role>>,
    #[serde(default)]
    pub months: Vec<RememberedMap<Field>>,
}

/// `roles` made `len` long: columns past the end are not read.
pub fn fit<R: ColumnRole>(roles: &[R], len: usize) -> Vec<R> {
    let mut roles: Vec<R> = roles.iter().copied().take(len).collect();
    roles.resize(len, R::IGNORE);
    roles
}

#[cfg(test)]
mod tests {
    use super::*;

    fn map(header: &[&str], roles: &[Role], found: &[Role]) -> ColumnMap<Role> {
        ColumnMap {
            header: header.iter().map(|c| (*c).to_owned()).collect(),
            roles: roles.to_vec(),
            found: found.to_vec(),
            source: MapSource::Chosen,
        }
    }

    #[test]
    fn a_role_one_column_holds_moves_to_the_column_chosen() {
        let m = map(
            &["Tên", "Tổng", "Trực tuyến"],
            &[Role::Name, Role::Total, Role::Online],
            &[Role::Name, Role::Total, Role::Online],
        );
        assert_eq!(
            m.with_role(2, Role::Total),
            [Role::Name, Role::Ignore, Role::Total]
        );
        assert_eq!(
            m.with_role(0, Role::Ignore),
            [Role::Ignore, Role::Total, Role::Online]
        );
        assert_eq!(m.with_role(9, Role::Total), m.roles);
    }

    #[test]
    fn a_changed_map_is_remembered_for_the_same_header_and_forgotten_when_set_back() {
        let found = [Role::Name, Role::Total, Role::Online, Role::Ignore];
        let chosen = [Role::Name, Role::Ignore, Role::Online, Role::Total];
        let mut maps = ColumnMaps::default();
        let header = ["Tên đơn vị", "Tổng số", "Trực tuyến", "Tổng số  tiếp nhận "];
        assert!(remember(&mut maps.maps, &map(&header, &chosen, &found)));
        // Remembered again as it is: nothing changes.
        assert!(!remember(&mut maps.maps, &map(&header, &chosen, &found)));
        // The same header, written with other spaces and case, and a trailing empty cell.
        let again: Vec<String> = [
            "tên  đơn vị",
            "TỔNG SỐ",
            "Trực tuyến",
            "tổng số tiếp nhận",
            "",
        ]
        .iter()
        .map(|c| (*c).to_owned())
        .collect();
        let mut expected = chosen.to_vec();
        expected.push(Role::Ignore);
        assert_eq!(roles_for(&maps.maps, &again), Some(expected.clone()));
        assert_eq!(roles_for(&maps.maps, &again[..3]), None);
        let chosen_map = ColumnMap::choose(again.clone(), found.to_vec(), None, &maps.maps);
        assert_eq!(chosen_map.source, MapSource::Remembered);
        assert_eq!(chosen_map.roles, expected);
        // Set back to what the names give: forgotten.
        assert!(remember(&mut maps.maps, &map(&header, &found, &found)));
        assert_eq!(roles_for(&maps.maps, &again), None);
        assert!(!remember(&mut maps.maps, &map(&header, &found, &found)));
    }

    #[test]
    fn at_most_the_latest_headers_are_remembered() {
        let mut maps = ColumnMaps::default();
        for i in 0..MAX_REMEMBERED + 5 {
            let name = format!("Tên {i}");
            remember(
                &mut maps.maps,
                &map(
                    &[name.as_str(), "Tỷ lệ"],
                    &[Role::Name, Role::Ignore],
                    &[Role::Name, Role::Rate],
                ),
            );
        }
        assert_eq!(maps.maps.len(), MAX_REMEMBERED);
        assert_eq!(
            maps.maps[0].header[0],
            format!("tên {}", MAX_REMEMBERED + 4)
        );
    }
}
