//! Sharing a step: "Copy link to this step" and, outside an embed,
//! "Embed this" with its dialog. Drawn once; widgets/share/copy_link.rs and
//! widgets/share/embed_dialog.rs fill in the link and the code as text.

use crate::html::action::Action;
use crate::html::names::{Class, Name};
use crate::html::Html;
use crate::{format_html, named, write_html};

/// "Copy link to this step", its status, and the field shown when the
/// clipboard refuses.
pub const COPY_LINK: Class = named!("." "copy-link");
pub const COPY_STATUS: Class = named!("." "copy-status");
pub const COPY_FALLBACK: Class = named!("." "copy-fallback");

/// Shown when the clipboard refuses: the link, to copy by hand.
pub fn copy_fallback() -> Html {
    format_html!(
        concat!(
            "<label class=\"{fallback}\"><span>",
            ui!(share copy_link_blocked),
            "</span>",
            "<input type=\"text\" readonly></label>",
        ),
        fallback = COPY_FALLBACK
    )
}

/// The embed dialog, its choices and the host script's line.
pub const EMBED_DIALOG: Class = named!("." "embed-dialog");
pub const FROM_STEP: Name = named!("[name=" "embed-from-step" "]");
pub const LOCK: Name = named!("[name=" "embed-lock" "]");
pub const GUESS: Name = named!("[name=" "embed-guess" "]");
/// A path of chosen steps, by number or slug (`steps=`).
pub const PATH: Name = named!("[name=" "embed-steps" "]");
pub const HEIGHT: Name = named!("[name=" "embed-height" "]");
pub const EMBED_SCRIPT: Class = named!("." "embed-script");
/// The dialog's status line.
pub const EMBED_STATUS: &str = "[role=status]";

/// "Embed this" and its dialog.
fn embed_html() -> Html {
    let mut heights = Html::new();
    for height in [450, 550, 600, 650] {
        write_html!(
            heights,
            concat!(
                "<option value=\"{height}\"{selected}>",
                ui!(share height_px),
                "</option>"
            ),
            height,
            selected = if height == 600 { " selected" } else { "" }
        );
    }
    format_html!(
        concat!(
            "<button type=\"button\" class=\"button\" {open}>", ui!(share embed_this), "</button>",
            "<dialog class=\"{dialog}\" aria-labelledby=\"embed-heading\">",
            "<h2 id=\"embed-heading\">", ui!(share embed_heading), "</h2>",
            "<p>", ui!(share embed_intro), "</p>",
            "<div class=\"embed-options\">",
            "<label><input type=\"checkbox\" name=\"{from_step}\" checked> ", ui!(share option_from_step), "</label>",
            "<label><input type=\"checkbox\" name=\"{lock}\"> ", ui!(share option_lock), "</label>",
            "<label><input type=\"checkbox\" name=\"{guess}\"> ", ui!(share option_guess), "</label>",
            "<label class=\"control\"><span>", ui!(share option_path), "</span>",
            "<input type=\"text\" name=\"{path}\" inputmode=\"numeric\" autocomplete=\"off\"></label>",
            "<label class=\"control\"><span>", ui!(share option_height), "</span><select name=\"{height}\">",
            "{heights}</select></label></div>",
            "<label class=\"embed-code\"><span>", ui!(share embed_code), "</span><textarea readonly rows=\"4\"></textarea></label>",
            "<ul class=\"embed-help\">",
            "<li>", ui!(share help_height), "</li>",
            "<li>", ui!(share help_lock), "</li>",
            "<li>", ui!(share help_guess), "</li>",
            "<li>", ui!(share help_resize), "</li>",
            "<li>", ui!(share help_lesson), "</li>",
            "</ul><div class=\"dialog-actions\">",
            "<button type=\"button\" class=\"button primary\" {copy}>", ui!(share copy_embed_code), "</button>",
            "<span role=\"status\"></span>",
            "<button type=\"button\" class=\"button\" {close}>", ui!(share close), "</button></div></dialog>",
        ),
        open = Action::EmbedOpen.attr(),
        dialog = EMBED_DIALOG,
        from_step = FROM_STEP,
        lock = LOCK,
        guess = GUESS,
        path = PATH,
        height = HEIGHT,
        heights,
        lock_code = format_html!("<code>lock=1</code>"),
        guess_code = format_html!("<code>guess=1</code>"),
        script_code = format_html!("<code class=\"{script}\"></code>", script = EMBED_SCRIPT),
        teachers_page = format_html!(
            concat!(
                "<a href=\"teach.html\" target=\"_blank\" rel=\"noopener\">",
                ui!(share teachers_page),
                "</a>"
            )
        ),
        steps_code = format_html!("<code>steps=</code>"),
        copy = Action::EmbedCopy.attr(),
        close = Action::EmbedClose.attr(),
    )
}

/// `embedded`: an embedded page offers no embed code of its own.
pub fn share_html(embedded: bool) -> Html {
    format_html!(
        concat!(
            "<div class=\"share\"><div class=\"{copy_link}\">",
            "<button type=\"button\" class=\"button\" {copy}>",
            ui!(share copy_link),
            "</button>",
            "<span class=\"{status}\" role=\"status\"></span></div>",
            "<button type=\"button\" class=\"button\" {print}>",
            ui!(share print_step),
            "</button>",
            "<a class=\"button\" href=\"{handout}\" target=\"_blank\" rel=\"noopener\">",
            ui!(share handout),
            "</a>{embed}</div>",
        ),
        print = Action::Print.attr(),
        handout = crate::html::page::HANDOUT_PAGE,
        copy_link = COPY_LINK,
        copy = Action::CopyLink.attr(),
        status = COPY_STATUS,
        embed = if embedded { Html::new() } else { embed_html() },
    )
}
