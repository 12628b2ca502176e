//! The parts of the world a reader can zoom the stage's map to: where, at
//! world scale, small states crowd together and their markers pile up.

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Region {
    World,
    Europe,
    Caribbean,
}

impl Region {
    pub const ALL: [Region; 3] = [Region::World, Region::Europe, Region::Caribbean];

    /// The value its button carries (widgets/stage/map.rs writes the
    /// buttons, a test checks they match).
    pub const fn slug(self) -> &'static str {
        match self {
            Region::World => "world",
            Region::Europe => "europe",
            Region::Caribbean => "caribbean",
        }
    }

    pub fn from_slug(slug: &str) -> Option<Region> {
        Region::ALL.into_iter().find(|r| r.slug() == slug)
    }

    /// The member states (ISO3) whose centres the zoom frames: the region's
    /// edges, so every state between them is in view. None: the world.
    pub const fn edge_states(self) -> &'static [&'static str] {
        match self {
            Region::World => &[],
            Region::Europe => &["PRT", "IRL", "NOR", "FIN", "GRC", "CYP"],
            Region::Caribbean => &["CUB", "BHS", "JAM", "TTO", "BRB", "ATG"],
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_round_trip() {
        for r in Region::ALL {
            assert_eq!(Region::from_slug(r.slug()), Some(r));
        }
        assert_eq!(Region::from_slug("asia"), None);
    }
}
