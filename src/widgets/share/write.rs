//! Sharing a step: "Copy link to this step" and, outside an embed,
//! "Embed this" with its dialog. Drawn once; widgets/share/copy_link.rs and
//! widgets/share/embed_dialog.rs fill in the link and the code as text.

use crate::html::action::Action;
use crate::html::names::{Class, Name};
use crate::html::Html;
use crate::{format_html, named};

/// "Copy link to this step", its status, and the field shown when the
/// clipboard refuses.
pub const COPY_LINK: Class = named!("." "copy-link");
pub const COPY_STATUS: Class = named!("." "copy-status");
pub const COPY_FALLBACK: Class = named!("." "copy-fallback");

/// Shown when the clipboard refuses: the link, to copy by hand.
pub fn copy_fallback() -> Html {
    format_html!(
        concat!(
            "<label class=\"{fallback}\"><span>Copying is blocked here. Select and copy this link:</span>",
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
    format_html!(
        concat!(
            "<button type=\"button\" class=\"button\" {open}>Embed this</button>",
            "<dialog class=\"{dialog}\" aria-labelledby=\"embed-heading\">",
            "<h2 id=\"embed-heading\">Embed this explainer</h2>",
            "<p>Paste this into a web page or a course page. It needs no script on your page.</p>",
            "<div class=\"embed-options\">",
            "<label><input type=\"checkbox\" name=\"{from_step}\" checked> Start at the current step</label>",
            "<label><input type=\"checkbox\" name=\"{lock}\"> Show only that step</label>",
            "<label><input type=\"checkbox\" name=\"{guess}\"> Let pupils guess before they see</label>",
            "<label class=\"control\"><span>Only these steps, in this order (numbers, e.g. 1, 3, 11)</span>",
            "<input type=\"text\" name=\"{path}\" inputmode=\"numeric\" autocomplete=\"off\"></label>",
            "<label class=\"control\"><span>Height</span><select name=\"{height}\">",
            "<option value=\"450\">450 px</option><option value=\"550\">550 px</option>",
            "<option value=\"600\" selected>600 px</option><option value=\"650\">650 px</option>",
            "</select></label></div>",
            "<label class=\"embed-code\"><span>Embed code</span><textarea readonly rows=\"4\"></textarea></label>",
            "<ul class=\"embed-help\">",
            "<li>Any height from 450 to 650 px works: readers scroll inside the frame.</li>",
            "<li>“Show only that step” adds <code>lock=1</code> to the address: ",
            "the frame shows that one step, without the story’s navigation.</li>",
            "<li>“Guess before they see” adds <code>guess=1</code>: on a step with a vote, the map and the words wait ",
            "until the pupil has guessed how a named state voted. Nothing is stored or sent.</li>",
            "<li>Optional: to let the frame grow to fit, also paste this line once into your page: ",
            "<code class=\"{script}\"></code></li>",
            "<li>For a lesson: the <a href=\"teach.html\" target=\"_blank\" rel=\"noopener\">teacher's page</a> has a plan, ",
            "questions with answers, a worksheet, and the code for a path of chosen steps (<code>steps=</code>), which this code keeps.</li>",
            "</ul><div class=\"dialog-actions\">",
            "<button type=\"button\" class=\"button primary\" {copy}>Copy embed code</button>",
            "<span role=\"status\"></span>",
            "<button type=\"button\" class=\"button\" {close}>Close</button></div></dialog>",
        ),
        open = Action::EmbedOpen.attr(),
        dialog = EMBED_DIALOG,
        from_step = FROM_STEP,
        lock = LOCK,
        guess = GUESS,
        path = PATH,
        height = HEIGHT,
        script = EMBED_SCRIPT,
        copy = Action::EmbedCopy.attr(),
        close = Action::EmbedClose.attr(),
    )
}

/// `embedded`: an embedded page offers no embed code of its own.
pub fn share_html(embedded: bool) -> Html {
    format_html!(
        concat!(
            "<div class=\"share\"><div class=\"{copy_link}\">",
            "<button type=\"button\" class=\"button\" {copy}>Copy link to this step</button>",
            "<span class=\"{status}\" role=\"status\"></span></div>",
            "<button type=\"button\" class=\"button\" {print}>Print this step</button>",
            "<a class=\"button\" href=\"{handout}\" target=\"_blank\" rel=\"noopener\">Every step, to print (handout)</a>{embed}</div>",
        ),
        print = Action::Print.attr(),
        handout = crate::html::page::HANDOUT_PAGE,
        copy_link = COPY_LINK,
        copy = Action::CopyLink.attr(),
        status = COPY_STATUS,
        embed = if embedded { Html::new() } else { embed_html() },
    )
}
