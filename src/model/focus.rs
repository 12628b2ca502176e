//! The stage map's focus region: the part of the world a step frames,
//! computed from the centres of the states it names, as a zoom (a scale and
//! an offset) that keeps the map's shape and never leaves the world.

/// Never zoom in further than this: the reader keeps the world's outline
/// around the region, and markers stay apart.
pub const MAX_ZOOM: f32 = 3.0;

/// Space kept around the named states, as a share of the map's width.
const PAD: f32 = 0.035;

/// A zoom of the map: the view-box rectangle at (x, y), of the map's own
/// aspect, that fills the map at `scale`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Frame {
    pub x: f32,
    pub y: f32,
    pub scale: f32,
}

impl Frame {
    /// The whole world, unzoomed.
    pub const WORLD: Frame = Frame {
        x: 0.0,
        y: 0.0,
        scale: 1.0,
    };

    /// Where a point of the view box appears once zoomed (in view-box units
    /// of the visible map).
    pub fn project(&self, p: (f32, f32)) -> (f32, f32) {
        ((p.0 - self.x) * self.scale, (p.1 - self.y) * self.scale)
    }

    /// The inverse of `project`.
    pub fn unproject(&self, p: (f32, f32)) -> (f32, f32) {
        (p.0 / self.scale + self.x, p.1 / self.scale + self.y)
    }

    /// The SVG transform that applies the zoom to drawing in path units.
    pub fn transform(&self, path_units: f32) -> String {
        use super::decimal::decimal;
        if *self == Frame::WORLD {
            return String::new();
        }
        format!(
            "translate({} {}) scale({})",
            decimal(-self.x * self.scale * path_units, 1),
            decimal(-self.y * self.scale * path_units, 1),
            decimal(self.scale, 3)
        )
    }
}

/// The frame that shows every point of `centres` with some room around
/// them, in a map of size `view` (width, height). Fewer than two points,
/// or points spread over most of the world, give the whole world.
pub fn frame_around(centres: &[(f32, f32)], view: (f32, f32)) -> Frame {
    if centres.len() < 2 {
        return Frame::WORLD;
    }
    let (w, h) = view;
    let fold = |f: fn(f32, f32) -> f32, pick: fn(&(f32, f32)) -> f32, start: f32| {
        centres.iter().map(pick).fold(start, f)
    };
    let pad = PAD * w;
    let left = fold(f32::min, |p| p.0, f32::MAX) - pad;
    let right = fold(f32::max, |p| p.0, f32::MIN) + pad;
    let top = fold(f32::min, |p| p.1, f32::MAX) - pad;
    let bottom = fold(f32::max, |p| p.1, f32::MIN) + pad;
    // The largest scale at which both the width and the height fit.
    let scale = (w / (right - left)).min(h / (bottom - top)).min(MAX_ZOOM);
    if scale <= 1.05 {
        return Frame::WORLD;
    }
    let (fw, fh) = (w / scale, h / scale);
    let cx = (left + right) / 2.0;
    let cy = (top + bottom) / 2.0;
    Frame {
        x: clamp(cx - fw / 2.0, 0.0, w - fw),
        y: clamp(cy - fh / 2.0, 0.0, h - fh),
        scale,
    }
}

/// `v` kept within `lo..=hi` (`lo` wins if they cross). Unlike
/// `f32::clamp`, it cannot panic, so no float formatting comes with it
/// into the wasm.
pub fn clamp(v: f32, lo: f32, hi: f32) -> f32 {
    v.min(hi).max(lo)
}
