//! Where story markup is going: the static step pages written at build
//! time, or the app. The two differ only in where step links lead and in
//! the controls that need the app to work.

use crate::data::KnownData;
use crate::model::url_state::{self, UrlState};

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Target {
    /// Links to `step-<slug>.html`, so the pages work without JavaScript.
    StaticPage,
    /// Links to `?step=<slug>`, keeping `embed=1` and `present=1` when the
    /// page's own link had them; the app follows them in place. Presenting,
    /// a step shows its summary in place of its words.
    App { embed: bool, present: bool },
}

impl Target {
    /// The address of step `index`.
    pub fn step_href(self, index: usize) -> String {
        match self {
            Target::StaticPage => {
                let slug = crate::data::steps()[index].slug;
                format!("step-{slug}.html")
            }
            Target::App { embed, present } => {
                let state = UrlState {
                    step: Some(index),
                    embed,
                    present,
                    ..UrlState::default()
                };
                url_state::format(&state, &KnownData)
            }
        }
    }
}
