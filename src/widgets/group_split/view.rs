//! How each UN regional group, and the sponsors and co-sponsors of the 2019
//! text, split on the vote the stage's map shows (while comparing, the
//! second vote), named in the table's caption. The table is text
//! (widgets/group_split/write.rs), drawn while its `<details>` is open.

use crate::model::Vote;
use crate::view_kit::draw_while_open::draw_while_open;
use crate::view_kit::handler::handler;
use crate::widgets::group_split::write::{split_table, BODY};
use leptos::prelude::*;

#[component]
pub fn GroupSplit(#[prop(into)] vote: Signal<&'static Vote>) -> impl IntoView {
    let details = NodeRef::<leptos::html::Details>::new();
    let on_toggle = draw_while_open(details, BODY.selector, vote, split_table);
    view! {
        <details node_ref=details class="group-split" on:toggle=handler(on_toggle)>
            <summary>{ui_plain!(group_split how_groups_split)}</summary>
            <div class=BODY.name tabindex="0" role="region" aria-label=ui_plain!(group_split votes_by_group)></div>
        </details>
    }
}
