//! The groupings of member states (data/blocs/), and the figure's counts
//! computed from them.

use super::generated;
use crate::model::figures::blocs::{Bloc, BlocData, BlocTally, CaveatRule, Membership};
use crate::model::Vote;

/// Every grouping the data documents, with its name in words.
pub fn blocs() -> &'static [Bloc] {
    generated::BLOCS
}

/// Every membership row, with its dates and note.
pub fn memberships() -> &'static [Membership] {
    generated::BLOC_MEMBERSHIPS
}

/// The caveats on membership rows (suspended, associate, disputed, not
/// taking part), each over a period.
pub fn caveat_rules() -> &'static [CaveatRule] {
    generated::BLOC_CAVEATS
}

/// The groupings, memberships and caveats together, for the model.
pub fn data() -> BlocData<'static> {
    BlocData {
        blocs: blocs(),
        memberships: memberships(),
        caveats: caveat_rules(),
    }
}

/// The blocs figure's counts for `vote`, on the vote's day.
pub fn figure_tallies(vote: &Vote) -> Vec<BlocTally<'static>> {
    data().figure(vote)
}
