//! The selected member state's card as text: its group, its sponsorship of
//! the 2019 text, sentences computed from the data, and every recorded
//! vote, newest first. The close button carries `Action::CloseCard`.

use crate::data;
use crate::html::action::Action;
use crate::html::Html;
use crate::model::country_story::{sentences, signature_sentence};
use crate::model::signature::Status;
use crate::model::Vote;
use crate::widgets::citations::write::{STATUS, STYLE, TEXT};
use crate::widgets::legend::write::vote_chip;
use crate::{format_html, write_html};

/// A text with its copy button, in the citations' markup, so their copy
/// handler (widgets/citations/view.rs) copies it.
fn copyable(label: &str, text: &str, button: &str) -> Html {
    format_html!(
        concat!(
            "<div class=\"{style}\"><span class=\"card-share-label\">{label} </span><span class=\"{text_class}\">{text}</span> ",
            "<button type=\"button\" class=\"link-button\" {copy}>{button}</button> <span class=\"{status}\" role=\"status\"></span></div>",
        ),
        style = STYLE,
        label,
        text_class = TEXT,
        text,
        copy = Action::CiteCopy.attr(),
        button,
        status = STATUS
    )
}

/// When member `i`'s position on `v` holds: the vote's date, or for the
/// signature record the signature's own date or its source's.
pub fn position_date(v: &Vote, i: usize) -> String {
    match data::signature(i).map(|s| s.status) {
        Some(Status::Signed { date, .. }) if v.is_signatures() => date.label.to_string(),
        Some(Status::NotSigned { as_of } | Status::NoRecord { as_of }) if v.is_signatures() => {
            format!(ui_plain!(country_card as_of), date = as_of.label)
        }
        Some(Status::Unknown) if v.is_signatures() => {
            ui_plain!(country_card since_2025).to_string()
        }
        _ => v.date_label.to_string(),
    }
}

/// A line a reporter can quote: member `i`'s position on `v`, when, and the
/// record's first source.
pub fn citable_sentence(v: &Vote, i: usize) -> String {
    let what = if v.is_signatures() {
        v.title
    } else {
        v.body.label()
    };
    let source = v.sources.first().map_or("", |s| s.url);
    format!(
        ui_plain!(country_card citable_sentence),
        name = data::member_name(i),
        position = v.label(v.choice(i)),
        symbol = v.symbol,
        what = what,
        date = position_date(v, i),
        source = source
    )
}

/// The card of member `i`: `link` is its address, and its sentence to quote
/// is about `shown`, the record on the stage. Both copy as citations do.
pub fn country_card(i: usize, link: &str, shown: &Vote) -> Html {
    let member = &data::members()[i];
    let mut out = format_html!(
        concat!(
            "<section class=\"country-card\" data-card-for=\"{iso3}\" aria-labelledby=\"country-name\">",
            "<div class=\"card-head\"><h3 id=\"country-name\">{name}</h3>",
            "<button type=\"button\" class=\"button\" {close}>", ui!(country_card close), "</button></div>",
            "<div class=\"card-share\">{link}{sentence}</div>",
            "<p><a href=\"country-{lower}.html\">", ui!(country_card own_page), "</a></p>",
        ),
        iso3 = member.iso3,
        lower = member.iso3.to_ascii_lowercase(),
        name = data::member_name(i),
        close = Action::CloseCard.attr(),
        link = copyable(
            ui_plain!(country_card link),
            link,
            ui_plain!(country_card copy_link)
        ),
        sentence = copyable(
            ui_plain!(country_card to_quote),
            &citable_sentence(shown, i),
            ui_plain!(country_card copy_sentence)
        ),
    );
    out.push(&country_record(i));
    write_html!(out, "</section>");
    out
}

/// Member `i`'s record, as its card and its own page show it: its group
/// and sponsorship, sentences computed from the data, and every recorded
/// vote, newest first, each row carrying `data-vote-id` and `data-vote`.
pub fn country_record(i: usize) -> Html {
    let member = &data::members()[i];
    let sponsorship = match (member.sponsor, member.cosponsor) {
        (true, _) => ui_plain!(country_card sponsor),
        (false, true) => ui_plain!(country_card cosponsor),
        _ => ui_plain!(country_card not_sponsor),
    };
    let name = data::member_name(i);
    let mut out = format_html!(
        "<p class=\"card-facts\">{group} · {sponsorship}</p><ul class=\"card-notes\">",
        group = member.group.label(),
        sponsorship,
    );
    if let Some(signature) = data::signature(i) {
        let committee = data::vote("3c-2019").map(|v| v.choice(i));
        write_html!(
            out,
            "<li class=\"card-signature\">{sentence}</li>",
            sentence = signature_sentence(committee, &signature)
        );
    }
    for sentence in sentences(i, data::vote) {
        write_html!(out, "<li>{sentence}</li>", sentence);
    }
    write_html!(
        out,
        concat!(
            "</ul><table class=\"card-votes\"><caption class=\"visually-hidden\">",
            ui!(country_card votes_caption),
            "</caption>",
            "<thead><tr><th scope=\"col\">",
            ui!(country_card date),
            "</th><th scope=\"col\">",
            ui!(country_card vote),
            "</th><th scope=\"col\">",
            ui!(country_card position),
            "</th></tr></thead><tbody>",
        ),
        name
    );
    for v in data::votes() {
        let c = v.choice(i);
        // A signature's row is dated by the signature or its source.
        let when = position_date(v, i);
        write_html!(
            out,
            concat!(
                "<tr data-vote-id=\"{id}\" data-vote=\"{slug}\"><td><time datetime=\"{date}\">{when}</time></td>",
                "<td><span class=\"symbol\">{symbol}</span><span class=\"card-vote-name\">{short}</span></td>",
                "<td>{chip}</td></tr>",
            ),
            id = v.id,
            slug = c.slug(),
            date = v.date,
            when,
            // On a phone a symbol may wrap, but only after a slash.
            symbol = Html::text_breaking_after(v.symbol, '/'),
            short = v.short,
            chip = vote_chip(v, c)
        );
    }
    write_html!(out, "</tbody></table>");
    out
}
