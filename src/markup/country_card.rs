//! The selected member state's card as text: its group, its sponsorship of
//! the 2019 text, sentences computed from the data, and every recorded
//! vote, newest first. The close button carries `Action::CloseCard`.

use super::action::Action;
use super::esc;
use crate::data;
use crate::model::country_story::{sentences, signature_sentence};
use crate::model::signature::Status;
use std::fmt::Write;

pub fn country_card(i: usize) -> String {
    let member = &data::members()[i];
    let sponsorship = match (member.sponsor, member.cosponsor) {
        (true, _) => "Named as a sponsor on draft A/C.3/74/L.11, and on the Russian Foreign Ministry’s co-sponsor list.",
        (false, true) => "On the Russian Foreign Ministry’s list of co-sponsors of the 2019 text (not a UN list).",
        _ => "Not among the sponsors or co-sponsors of the 2019 text.",
    };
    let name = esc(member.name);
    let mut out = format!(
        concat!(
            "<section class=\"country-card\" data-iso3=\"{iso3}\" aria-labelledby=\"country-name\">",
            "<div class=\"card-head\"><h3 id=\"country-name\">{name}</h3>",
            "<button type=\"button\" class=\"button\" {close}>Close</button></div>",
            "<p class=\"card-facts\">{group} · {sponsorship}</p><ul class=\"card-notes\">",
        ),
        iso3 = member.iso3,
        name = name,
        sponsorship = sponsorship,
        group = esc(member.group.label()),
        close = Action::CloseCard.attr(),
    );
    if let Some(signature) = data::signature(i) {
        let committee = data::vote("3c-2019").map(|v| v.choice(i));
        let _ = write!(
            out,
            "<li class=\"card-signature\">{}</li>",
            esc(&signature_sentence(committee, &signature))
        );
    }
    for s in sentences(i, data::vote) {
        let _ = write!(out, "<li>{}</li>", esc(&s));
    }
    let _ = write!(
        out,
        "</ul><table class=\"card-votes\"><caption class=\"visually-hidden\">How {name} voted</caption><thead><tr><th scope=\"col\">Date</th><th scope=\"col\">Vote</th><th scope=\"col\">Position</th></tr></thead><tbody>"
    );
    for v in data::votes() {
        let c = v.choice(i);
        // A signature's row is dated by the signature or its source.
        let when = match data::signature(i).map(|s| s.status) {
            Some(Status::Signed { date, .. }) if v.is_signatures() => date.label.to_string(),
            Some(Status::NotSigned { as_of }) if v.is_signatures() => {
                format!("as of {}", as_of.label)
            }
            Some(Status::Unknown) if v.is_signatures() => "since 2025".to_string(),
            _ => v.date_label.to_string(),
        };
        let _ = write!(
            out,
            "<tr data-vote-id=\"{}\" data-vote=\"{}\"><td><time datetime=\"{}\">{}</time></td><td><span class=\"symbol\">{}</span><span class=\"card-vote-name\">{}</span></td><td><span class=\"vote-chip vote-{}\"><span class=\"glyph\" aria-hidden=\"true\">{}</span> {}</span></td></tr>",
            v.id,
            c.slug(),
            esc(v.date),
            esc(&when),
            // On a phone a symbol may wrap, but only after a slash.
            esc(v.symbol).replace('/', "/<wbr>"),
            esc(v.short),
            c.slug(),
            v.glyph(c),
            v.label(c)
        );
    }
    out.push_str("</tbody></table></section>");
    out
}
