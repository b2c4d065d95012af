//! The picture as a PNG: rasterised by resvg with the shipped Noto Sans,
//! within a bound on its pixels.

use std::sync::{Arc, LazyLock};

use super::text::FONT_FAMILY;

/// The Noto Sans faces the PNG is drawn with, loaded once.
pub(super) static FONTS: LazyLock<Arc<resvg::usvg::fontdb::Database>> = LazyLock::new(|| {
    let mut fonts = resvg::usvg::fontdb::Database::new();
    fonts.load_font_data(notosans::REGULAR_TTF.to_vec());
    fonts.load_font_data(notosans::BOLD_TTF.to_vec());
    Arc::new(fonts)
});

/// The most pixels a PNG may have: 50 million (for example 5,000 × 10,000),
/// about 200 MB while it is drawn. A larger picture is refused before any
/// of it is drawn.
pub const MAX_PNG_PIXELS: u64 = 50_000_000;

/// The size in pixels, width × height, of the PNG of a picture `width` ×
/// `height` CSS px at `scale` pixels per CSS px (clamped to 0.25 to 8).
pub fn png_size(width: f64, height: f64, scale: f32) -> (u64, u64) {
    let scale = f64::from(scale.clamp(0.25, 8.0));
    let pixels = |length: f64| (length * scale).round().max(0.0) as u64;
    (pixels(width), pixels(height))
}

/// Rasterises an SVG picture as a PNG, `scale` pixels per CSS px (0.25 to
/// 8), with the shipped Noto Sans (no system fonts are read).
///
/// # Errors
/// When the SVG cannot be read, or the PNG would have more than
/// [`MAX_PNG_PIXELS`] pixels (checked before anything is drawn).
pub fn svg_to_png(svg: &str, scale: f32) -> Result<Vec<u8>, String> {
    let options = resvg::usvg::Options {
        font_family: FONT_FAMILY.to_owned(),
        fontdb: FONTS.clone(),
        ..resvg::usvg::Options::default()
    };
    let tree = resvg::usvg::Tree::from_str(svg, &options)
        .map_err(|error| format!("the picture cannot be read: {error}"))?;
    let size = tree.size();
    let scale = if scale.is_finite() { scale } else { 1.0 };
    let (width, height) = png_size(f64::from(size.width()), f64::from(size.height()), scale);
    let pixels = width.saturating_mul(height);
    let sides = u32::try_from(width).ok().zip(u32::try_from(height).ok());
    let Some((width, height)) = sides.filter(|_| pixels <= MAX_PNG_PIXELS) else {
        return Err(format!(
            "the PNG would be {width} × {height} pixels ({} in all), over the limit of {} million \
             pixels: lower --scale or --width, draw one view (--view timeline or --view map), \
             or export an SVG",
            thousands(pixels),
            MAX_PNG_PIXELS / 1_000_000
        ));
    };
    let scale = scale.clamp(0.25, 8.0);
    let mut pixmap = resvg::tiny_skia::Pixmap::new(width, height)
        .ok_or_else(|| format!("a {width} × {height} picture cannot be drawn"))?;
    resvg::render(
        &tree,
        resvg::tiny_skia::Transform::from_scale(scale, scale),
        &mut pixmap.as_mut(),
    );
    pixmap
        .encode_png()
        .map_err(|error| format!("the PNG cannot be written: {error}"))
}

/// A count with commas between thousands: 50040000 -> "50,040,000".
pub(super) fn thousands(count: u64) -> String {
    let digits = count.to_string();
    let mut out = String::new();
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(digit);
    }
    out
}
