//! A few bytes of inline script placed right after the static copy: when
//! the page is framed or asks for `embed=1` (and `lock=1`), it gives the
//! static copy the app's embedded (and locked) classes before the first
//! paint, so an embedded page does not change layout when the app takes
//! over. Its SHA-256 is added to the Content-Security-Policy by
//! scripts/postbuild.mjs; without JavaScript the full static page shows.
//! Its id lets tests tell it from an injected script.
//! The rules follow src/model/url_state.rs (`embed`, `embed=1`,
//! `embed=true`; a lock needs a step) and src/state.rs.

use uncyber::html::page::{APP, EXPLORE_IN_FRAME, STATIC_COPY_ID};
use uncyber::widgets::header::OPEN_FULL;

/// The script, with the names it looks for taken from the markup that
/// writes them.
pub fn script() -> String {
    format!(
        concat!(
            "<script id=\"embed-mode\">(function(){{var q=location.search,p=document.getElementById('{id}'),",
            "on=function(k){{return new RegExp('[?&]'+k+'(=(1|true)?)?(&|$)').test(q)}};",
            "if(self!==top||on('embed')){{p.className+=' {app} embedded';p.querySelector('{open_full}').hidden=false}}",
            "if(on('lock')&&(/[?&]step=/.test(q)||/step-[^/]*$/.test(location.pathname)))p.className+=' locked';",
            "if(on('explore'))document.documentElement.setAttribute('{explore}','')}})()</script>",
        ),
        id = STATIC_COPY_ID,
        app = APP.name,
        open_full = OPEN_FULL.selector,
        explore = EXPLORE_IN_FRAME,
    )
}
