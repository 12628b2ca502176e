//! The 193 UN member states and the groups they belong to.

/// The five UN regional groups.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum RegionalGroup {
    African,
    AsiaPacific,
    EasternEuropean,
    LatinAmericanCaribbean,
    WesternEuropeanOthers,
}

impl RegionalGroup {
    pub const ALL: [RegionalGroup; 5] = [
        RegionalGroup::African,
        RegionalGroup::AsiaPacific,
        RegionalGroup::EasternEuropean,
        RegionalGroup::LatinAmericanCaribbean,
        RegionalGroup::WesternEuropeanOthers,
    ];

    /// The UN's own abbreviation (AFR, APG, EEG, GRULAC, WEOG).
    pub fn code(self) -> &'static str {
        match self {
            RegionalGroup::African => "AFR",
            RegionalGroup::AsiaPacific => "APG",
            RegionalGroup::EasternEuropean => "EEG",
            RegionalGroup::LatinAmericanCaribbean => "GRULAC",
            RegionalGroup::WesternEuropeanOthers => "WEOG",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            RegionalGroup::African => ui_plain!(member african),
            RegionalGroup::AsiaPacific => ui_plain!(member asia_pacific),
            RegionalGroup::EasternEuropean => ui_plain!(member eastern_european),
            RegionalGroup::LatinAmericanCaribbean => ui_plain!(member latin_american_caribbean),
            RegionalGroup::WesternEuropeanOthers => ui_plain!(member western_european_others),
        }
    }
}

/// One member state. `sponsor`: named on draft A/C.3/74/L.11;
/// `cosponsor`: on the Russian Foreign Ministry's list of co-sponsors.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
/// Its name is `data::member_name`: the release wasm reads the names from
/// the page it starts on, so they are kept apart.
pub struct Member {
    pub iso3: &'static str,
    /// Its place in the alphabetical order of the members' names in the
    /// build's language (data/names/collation.csv).
    pub rank: u8,
    pub group: RegionalGroup,
    pub sponsor: bool,
    pub cosponsor: bool,
}

impl Member {
    /// Sponsorship of the 2019 text in words; empty when neither.
    pub fn sponsorship_label(&self) -> &'static str {
        match (self.sponsor, self.cosponsor) {
            (true, _) => ui_plain!(member sponsor),
            (false, true) => ui_plain!(member cosponsor),
            _ => "",
        }
    }
}

/// Indexes of `members` in the alphabetical order of their names in the
/// build's language, as the Unicode Collation Algorithm sorts them (so
/// Côte d'Ivoire comes between Costa Rica and Croatia, and Chinese goes by
/// pinyin); the places are worked out at build time, so the app carries no
/// collation rules. `members` is the dataset's, whose places run 0..len.
pub fn name_order(members: &[Member]) -> Vec<usize> {
    let mut order = vec![0; members.len()];
    for (i, m) in members.iter().enumerate() {
        if let Some(at) = order.get_mut(usize::from(m.rank)) {
            *at = i;
        }
    }
    order
}
