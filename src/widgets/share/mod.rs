//! Sharing a step: "Copy link to this step" and "Embed this" with its
//! dialog.

#[cfg(feature = "browser")]
pub mod copy_link;
#[cfg(feature = "browser")]
pub mod embed_dialog;
pub mod write;
